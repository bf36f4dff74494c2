import { parseTypedMonth } from '../domain/rules/typed-date';
import type { TypedFieldProps } from './TypedTextField';
import { TypedTextField } from './TypedTextField';

/** A month typed as 2024.5, 2024年5月 or 202405 and shown as 2024-05 whatever the browser's locale. */
export function MonthField(props: TypedFieldProps) {
  return <TypedTextField {...props} parse={parseTypedMonth} example="2024.5" />;
}
