export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
