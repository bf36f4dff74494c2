/** What `window.bench` offers the runner. Types only: shared by the page and the Node runner. */

export type ScaleName = 'S' | 'M' | 'L';

export interface ScaleSpec {
  name: ScaleName;
  members: number;
  years: number;
}

export const SCALES: Record<ScaleName, ScaleSpec> = {
  S: { name: 'S', members: 300, years: 1 },
  M: { name: 'M', members: 2000, years: 5 },
  L: { name: 'L', members: 10000, years: 10 },
};

/** App features the page could import at build time; a figure whose feature is missing prints 未测. */
export interface Capabilities {
  generator: boolean;
  rosterImport: boolean;
  search: boolean;
  studyRecordDocx: boolean;
  backup: boolean;
  restore: boolean;
  overviewWarnings: boolean;
  yearlyCheckData: boolean;
  yearlyCheck: boolean;
  signInPreview: boolean;
}

/** Where a page-level figure opens the real app, and what a plain indexed read of the same rows is. */
export interface PagePlan {
  hash: string;
  /** The element the page shows once its data is computed. */
  readySelector: string;
  baseline: CursorRangeSpec[];
  note: string;
}

/** Keys as plain data (IDBValidKey is recursive and cannot cross page.evaluate's types). */
export type KeySpec = string | number | (string | number)[];

export interface CursorRangeSpec {
  store: string;
  index?: string;
  lower?: KeySpec;
  upper?: KeySpec;
  only?: KeySpec;
}

export interface Timed {
  ms: number;
}

export interface SeedReport {
  ms: number;
  counts: Record<string, number>;
  /** Where the time went: the generator itself, the bulk writes, the study summaries. */
  parts?: { generateMs: number; writeMs: number; summariesMs: number };
}

export interface ImportRun {
  previewMs: number;
  confirmMs: number;
  totalMs: number;
  rows: number;
  /** Bare put loop of the very records the import wrote, into a store of the same shape. */
  rawWriteMs: number;
  longestTaskMs: number;
}

export interface SearchRun {
  /** One entry per keystroke, in ms. */
  keystrokes: { query: string; ms: number; hits: number }[];
  /** A plain substring filter over the same strings, per keystroke. */
  rawKeystrokes: number[];
  indexBuildMs: number;
  members: number;
}

export interface DocxBatchRun {
  documents: number;
  /** Reading every member's year through the app's repository alone (measured apart from `ms`). */
  gatherMs?: number;
  /** The same members as one combined file (the other choice of the export), and its longest task. */
  combinedMs?: number;
  combinedBytes?: number;
  ms: number;
  bytes: number;
  rawMs: number;
  rawBytes: number;
  longestTaskMs: number;
}

export interface ExchangeRun {
  /** Making the package and its bytes on the community desk. */
  writeMs: number;
  /** Reading it back and merging it on a new branch desk (one transaction, hours recounted). */
  mergeMs: number;
  ms: number;
  rows: number;
  bytes: number;
  /** The package's rows written by a bare put loop into a store of the same shape. */
  rawWriteMs: number;
  longestTaskMs: number;
}

export interface BackupRun {
  ms: number;
  bytes: number;
  rows: number;
  longestTaskMs: number;
  peakHeapMb: number | null;
}

export interface BenchApi {
  capabilities: Capabilities;
  databaseName: string;
  /** The longest long-task (ms) that started after `since` (performance.now()), 0 if none. */
  longestTaskSince(since: number): number;
  counts(databaseName?: string): Promise<Record<string, number>>;
  deleteDatabase(name: string): Promise<void>;
  seed(scale: ScaleSpec): Promise<SeedReport>;
  rawCopyWrite(
    sourceDatabase: string,
    stores?: readonly string[],
    withRelaxed?: boolean,
  ): Promise<{ ms: number; relaxedMs?: number; records: number }>;
  /** `getAll` on the same index and range as the page reads: the fastest raw read. */
  rawIndexRead(databaseName: string, ranges: readonly CursorRangeSpec[]): Promise<{ ms: number; rows: number }>;
  rawBackup(databaseName: string): Promise<{ ms: number; bytes: number; rows: number }>;
  /** Plans for the page-level figures (the rows each page reads), made from the stored data. */
  overviewPlan?: () => Promise<PagePlan>;
  /** loadYearlyCheck for all branches of this year, timed in the page. */
  yearlyCheckData?: () => Promise<{ ms: number; branches: number }>;
  yearlyCheckRows?: () => CursorRangeSpec[];
  yearlyCheckPlan?: () => Promise<PagePlan>;
  /** Makes (once) an activity with `attendees` expected members and plans its sign-in sheet preview. */
  signInPlan?: (attendees: number) => Promise<PagePlan>;
  /** Exports `rows` stored members to a workbook (untimed), imports it into an empty store: preview + confirm. */
  importRoster?: (rows: number, format?: 'xlsx' | 'xls') => Promise<ImportRun>;
  /** Types each query one keystroke at a time against the roster's in-memory search. */
  searchKeystrokes?: (typing: readonly string[]) => Promise<SearchRun>;
  /** Typing sequences made from stored members: a surname, a full name, pinyin initials, a phone fragment. */
  searchTyping?: () => Promise<string[]>;
  /** The count the roster page should show after each keystroke of each query. */
  searchExpectations?: (typing: readonly string[]) => Promise<number[][]>;
  studyRecordBatch?: (documents: number) => Promise<DocxBatchRun>;
  /** One branch's exchange package from the stored community to a new branch desk. */
  exchange?: () => Promise<ExchangeRun>;
  /** Backs up the app's store into memory (kept for `restore`). */
  backup?: () => Promise<BackupRun>;
  /** Restores the last backup into an empty store, and writes the same rows with the raw baselines. */
  restore?: () => Promise<RestoreRun>;
}

export interface RestoreRun {
  ms: number;
  rows: number;
  /** The fastest raw write of the same rows: relaxed-durability put loops in large batches. */
  rawWriteMs: number;
  /** A bare put loop in one transaction with default durability (the baseline before). */
  putLoopMs: number;
  longestTaskMs: number;
  /** Every row of every table compared with the original (after the timed restore). */
  identical: boolean | null;
  /** The first difference found, when not identical. */
  difference: string | null;
  /** JS heap peak during the restore (performance.memory), when the browser reports it. */
  peakHeapMb: number | null;
}

declare global {
  interface Window {
    bench?: BenchApi;
    /** Filled by the runner's init script: [startTime, duration] of every long task. */
    benchLongTasks?: [number, number][];
  }
}
