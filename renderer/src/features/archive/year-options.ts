/** Years offered in the year pickers: this year and the nine before it (DESIGN.md plans for ten). */
export function yearOptions(current: number): number[] {
  return Array.from({ length: 10 }, (_, i) => current - i);
}

export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
