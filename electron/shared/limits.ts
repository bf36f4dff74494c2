/** Largest file `file:open` will read: office spreadsheets and courseware stay far below this. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;
