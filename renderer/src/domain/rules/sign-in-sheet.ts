/** One printed line: a person on the expected list, or a blank line for walk-ins. */
export interface SheetLine {
  /** 序号, counting blank lines too. */
  number: number;
  name: string;
  unit: string;
  note: string;
  blank: boolean;
}

export interface SheetPage {
  pageNumber: number;
  pageCount: number;
  lines: SheetLine[];
}

/**
 * Rows per A4 page, matched to the row heights of the print CSS (10 mm normal, 14 mm large type) and a
 * header of about 60 mm repeated on every page, inside 12 mm page margins.
 */
export const SHEET_ROWS_PER_PAGE = { normal: 18, large: 13 } as const;
export const SHEET_ROW_HEIGHT_MM = { normal: 10, large: 14 } as const;

/**
 * Splits the sheet into pages explicitly, so the preview shows exactly the pages the printer will
 * print: every page repeats the header and column header, and a row never splits across pages. Blank rows
 * only fill the page of the last person: a page of nothing but blank rows is paper nobody signs (in 大字
 * a roster of 13 would otherwise print a second page for its 5 blank rows), so they are dropped instead.
 */
export function paginateSheet(
  people: readonly { name: string; unit: string; note?: string }[],
  options: { blankRows: number; largeType: boolean },
): SheetPage[] {
  const lines: SheetLine[] = people.map((person, index) => ({
    number: index + 1,
    name: person.name,
    unit: person.unit,
    note: person.note ?? '',
    blank: false,
  }));
  const perPage = options.largeType ? SHEET_ROWS_PER_PAGE.large : SHEET_ROWS_PER_PAGE.normal;
  const free = lines.length === 0 ? perPage : (perPage - (lines.length % perPage)) % perPage;
  const blanks = Math.max(0, Math.min(200, free, Math.floor(options.blankRows)));
  for (let i = 0; i < blanks; i += 1) {
    lines.push({ number: lines.length + 1, name: '', unit: '', note: '', blank: true });
  }
  const pageCount = Math.max(1, Math.ceil(lines.length / perPage));
  const pages: SheetPage[] = [];
  for (let index = 0; index < pageCount; index += 1) {
    pages.push({ pageNumber: index + 1, pageCount, lines: lines.slice(index * perPage, (index + 1) * perPage) });
  }
  return pages;
}

/**
 * The frozen expected rows in the chosen sheet order (the printed sheet and attendance entry share it),
 * then walk-ins in the order they were added.
 */
export function orderAttendanceForSheet<
  T extends {
    expected: boolean;
    order: number;
    personName: string;
    memberId?: string | undefined;
    branchIdAtTime?: string | undefined;
    groupIdAtTime?: string | undefined;
  },
>(
  rows: readonly T[],
  sort: 'group' | 'pinyin',
  pinyinOf: (memberId: string | undefined) => string,
  unitOrder: ReadonlyMap<string, number>,
): T[] {
  const position = (id: string | undefined) =>
    id === undefined ? Number.MAX_SAFE_INTEGER : (unitOrder.get(id) ?? Number.MAX_SAFE_INTEGER - 1);
  const key = (row: T) => pinyinOf(row.memberId) || row.personName;
  const expected = rows.filter((row) => row.expected);
  const walkIns = rows.filter((row) => !row.expected).sort((a, b) => a.order - b.order);
  const sorted = [...expected].sort((a, b) =>
    sort === 'pinyin'
      ? key(a).localeCompare(key(b)) || a.personName.localeCompare(b.personName, 'zh-CN')
      : position(a.branchIdAtTime) - position(b.branchIdAtTime) ||
        position(a.groupIdAtTime) - position(b.groupIdAtTime) ||
        key(a).localeCompare(key(b)) ||
        a.order - b.order,
  );
  return [...sorted, ...walkIns];
}
