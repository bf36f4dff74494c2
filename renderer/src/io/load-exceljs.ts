import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/** exceljs is about 1 MB: it loads the first time a spreadsheet is read or written. */
export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((module) => {
    // The browser build is UMD (a default export); Node's is CommonJS with named exports.
    const withDefault = module as unknown as { default?: ExcelJS };
    return withDefault.default ?? module;
  });
  return loading;
}
