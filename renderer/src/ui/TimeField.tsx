import { parseTypedTime } from '../domain/rules/typed-date';
import type { TypedFieldProps } from './TypedTextField';
import { TypedTextField } from './TypedTextField';

/** A clock time in 24-hour form (typed 14:30, 1430, 14点30分 or 下午2点30), never the locale's 2:30 PM. */
export function TimeField(props: TypedFieldProps) {
  return <TypedTextField {...props} parse={parseTypedTime} example="14:30" />;
}
