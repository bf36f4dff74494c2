/** Largest file `file:open` will read: office spreadsheets and courseware stay far below this. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Largest file `files:import` copies into the app's data folder (courseware videos, receipts). The
 * renderer asks for its own, usually smaller, limit; this caps what any caller may ask.
 */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024 * 1024;

/** File sizes in messages to the user: 12.3 MB. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
