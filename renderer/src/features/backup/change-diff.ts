import { maskField } from '../../domain/rules/masking';

/**
 * Fields whose value differs between a record's before and after, for the 操作日志 detail line. ID
 * numbers and phones are shown masked, as in the roster.
 */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const a = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const b = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const show = (field: string, value: unknown) => {
    if (value === undefined) return '（空）';
    const masked = maskField(field, value);
    return typeof masked === 'string' ? masked : JSON.stringify(masked);
  };
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => field !== 'updatedAt' && JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: show(field, a[field]), after: show(field, b[field]) }));
}
