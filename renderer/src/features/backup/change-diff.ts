/** Fields whose value differs between a record's before and after, for the 操作日志 detail line. */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const a = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const b = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const show = (value: unknown) =>
    value === undefined ? '（空）' : typeof value === 'string' ? value : JSON.stringify(value);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => field !== 'updatedAt' && JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: show(a[field]), after: show(b[field]) }));
}
