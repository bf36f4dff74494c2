/** The roster template's columns, in order: the import reads them, the export and the template write them. */
export const ROSTER_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'idNumber',
  'birthDate',
  'education',
  'category',
  'branch',
  'group',
  'joinDate',
  'fullMemberDate',
  'occupation',
  'workUnit',
  'phone',
  'address',
  'partyStanding',
  'lostContact',
  'lostContactDate',
  'floating',
  'floatingProvince',
  'floatingCity',
  'floatingCounty',
  'floatingSince',
  'floatingContactPerson',
  'floatingContactPhone',
  'floatingCertificateNo',
  'nativePlace',
  'workStartDate',
  'note',
] as const;
/** The template's columns. */
export type TemplateField = (typeof ROSTER_FIELDS)[number];
/** Every column the import reads: the template's, and 外出流向 written in one cell. */
export type RosterField = TemplateField | 'floatingDestination';

export interface RosterColumnSpec {
  field: RosterField;
  header: string;
  /** Other headers offices use for the same thing. */
  synonyms: string[];
  width: number;
  kind: 'text' | 'date' | 'boolean';
  hint: string;
}

export const ROSTER_COLUMN_SPECS: (RosterColumnSpec & { field: TemplateField })[] = [
  { field: 'name', header: '姓名', synonyms: ['党员姓名', '名字'], width: 10, kind: 'text', hint: '必填' },
  { field: 'gender', header: '性别', synonyms: [], width: 6, kind: 'text', hint: '男/女；有身份证号时可不填' },
  { field: 'ethnicity', header: '民族', synonyms: [], width: 8, kind: 'text', hint: '如 汉族' },
  {
    field: 'idNumber',
    header: '公民身份证号',
    synonyms: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '身份证', '证件号码', '身份证件号码'],
    width: 22,
    kind: 'text',
    hint: '18 位，请把此列设为“文本”，以免 Excel 丢掉末尾数字',
  },
  {
    field: 'birthDate',
    header: '出生日期',
    synonyms: ['出生年月', '出生年月日', '生日'],
    width: 12,
    kind: 'date',
    hint: '有身份证号时可不填',
  },
  {
    field: 'education',
    header: '学历',
    synonyms: ['文化程度', '最高学历'],
    width: 10,
    kind: 'text',
    hint: '研究生、大学本科、大学专科、中专、高中、初中、小学、未上学',
  },
  {
    field: 'category',
    header: '人员类别',
    synonyms: ['党员类别', '类别', '党员类型', '正式/预备'],
    width: 10,
    kind: 'text',
    hint: '正式党员/预备党员',
  },
  {
    field: 'branch',
    header: '所在党支部',
    synonyms: ['党支部', '支部', '所在支部', '支部名称', '所属支部', '所属党支部'],
    width: 16,
    kind: 'text',
    hint: '必填；没有的支部导入时可一并创建',
  },
  {
    field: 'group',
    header: '党小组',
    synonyms: ['所在党小组', '小组', '所属党小组'],
    width: 12,
    kind: 'text',
    hint: '',
  },
  {
    field: 'joinDate',
    header: '加入党组织日期',
    synonyms: ['入党日期', '入党时间', '入党年月', '加入党组织时间', '入党年月日'],
    width: 14,
    kind: 'date',
    hint: '如 2013-05-28、2013.5.28、2013年5月28日',
  },
  {
    field: 'fullMemberDate',
    header: '转为正式党员日期',
    synonyms: ['转正日期', '转正时间', '转为正式党员时间', '转正年月'],
    width: 14,
    kind: 'date',
    hint: '预备党员不填',
  },
  {
    field: 'occupation',
    header: '工作岗位',
    synonyms: ['岗位', '职业', '身份', '人员身份'],
    width: 14,
    kind: 'text',
    hint: '',
  },
  {
    field: 'workUnit',
    header: '工作单位',
    synonyms: ['单位', '工作单位及职务', '所在单位'],
    width: 18,
    kind: 'text',
    hint: '',
  },
  {
    field: 'phone',
    header: '联系电话',
    synonyms: ['电话', '手机', '手机号', '手机号码', '电话号码', '联系方式', '移动电话'],
    width: 14,
    kind: 'text',
    hint: '手机 11 位或座机 023-12345678',
  },
  {
    field: 'address',
    header: '家庭住址',
    synonyms: ['住址', '现住址', '居住地址', '家庭地址', '现居住地'],
    width: 24,
    kind: 'text',
    hint: '',
  },
  {
    field: 'partyStanding',
    header: '党籍状态',
    synonyms: ['党籍'],
    width: 10,
    kind: 'text',
    hint: '正常/停止党籍，空白为正常',
  },
  {
    field: 'lostContact',
    header: '是否失联党员',
    synonyms: ['是否失联', '失联党员', '失联'],
    width: 8,
    kind: 'boolean',
    hint: '是/否',
  },
  {
    field: 'lostContactDate',
    header: '失去联系日期',
    synonyms: ['失联日期', '失联时间', '失去联系时间'],
    width: 12,
    kind: 'date',
    hint: '',
  },
  {
    field: 'floating',
    header: '是否流动党员',
    synonyms: ['流动党员', '是否流动'],
    width: 8,
    kind: 'boolean',
    hint: '是/否',
  },
  {
    field: 'floatingProvince',
    header: '外出流向（省）',
    synonyms: ['外出流向省', '流向省', '流向省份', '外出流向省份'],
    width: 10,
    kind: 'text',
    hint: '',
  },
  {
    field: 'floatingCity',
    header: '外出流向（市）',
    synonyms: ['外出流向市', '流向市'],
    width: 10,
    kind: 'text',
    hint: '',
  },
  {
    field: 'floatingCounty',
    header: '外出流向（县）',
    synonyms: ['外出流向县', '流向县', '外出流向区县', '外出流向县区'],
    width: 10,
    kind: 'text',
    hint: '',
  },
  { field: 'floatingSince', header: '外出日期', synonyms: ['外出时间', '流出日期'], width: 12, kind: 'date', hint: '' },
  {
    field: 'floatingContactPerson',
    header: '流入地联系人',
    synonyms: ['外出地联系人'],
    width: 10,
    kind: 'text',
    hint: '',
  },
  {
    field: 'floatingContactPhone',
    header: '流入地联系电话',
    synonyms: ['外出地联系电话', '流入地电话'],
    width: 14,
    kind: 'text',
    hint: '',
  },
  {
    field: 'floatingCertificateNo',
    header: '流动党员活动证号',
    synonyms: ['活动证号', '流动党员活动证编号', '流动党员活动证'],
    width: 14,
    kind: 'text',
    hint: '',
  },
  { field: 'nativePlace', header: '籍贯', synonyms: [], width: 10, kind: 'text', hint: '' },
  {
    field: 'workStartDate',
    header: '参加工作日期',
    synonyms: ['参加工作时间', '工作时间'],
    width: 12,
    kind: 'date',
    hint: '',
  },
  { field: 'note', header: '备注', synonyms: ['说明'], width: 20, kind: 'text', hint: '' },
];

/** Columns the import understands that the template splits up (外出流向 → 省/市/县). */
export const IMPORT_ONLY_SPECS: RosterColumnSpec[] = [
  {
    field: 'floatingDestination',
    header: '外出流向',
    synonyms: ['流向', '外出去向', '外出地点', '流向地', '外出流向地', '外出地', '流入地', '现工作地', '外出务工地'],
    width: 20,
    kind: 'text',
    hint: '如 广东省深圳市南山区，导入时拆分为省/市/县',
  },
];

export const COLUMN_BY_FIELD = new Map(
  [...ROSTER_COLUMN_SPECS, ...IMPORT_ONLY_SPECS].map((spec) => [spec.field, spec]),
);

export function headerOf(field: RosterField): string {
  return COLUMN_BY_FIELD.get(field)?.header ?? field;
}

/** Headers as typed: full-width characters, spaces, line breaks, "*" for required, "（必填）". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊★☆]/g, '')
    .replace(/\((必填|选填|必须|可选)\)/g, '')
    .replace(/[:：]$/, '')
    .replace(/[()]/g, '');
}

const LOOKUP = new Map<string, RosterField>();
for (const spec of [...ROSTER_COLUMN_SPECS, ...IMPORT_ONLY_SPECS]) {
  for (const text of [spec.header, ...spec.synonyms]) LOOKUP.set(normalizeHeader(text), spec.field);
}

export function matchHeader(text: string): RosterField | null {
  const key = normalizeHeader(text);
  if (key === '') return null;
  const direct = LOOKUP.get(key);
  if (direct !== undefined) return direct;
  // "出生日期(年月日)" or "联系电话（手机）": try without a bracketed explanation.
  const withoutNote = normalizeHeader(text.normalize('NFKC').replace(/\(.*?\)/g, ''));
  return LOOKUP.get(withoutNote) ?? null;
}

export type SheetCell = string | number | boolean | Date | null;

export interface HeaderLayout {
  /** 0-based index of the (last) header row; data starts on the next row. */
  headerRowIndex: number;
  columns: Map<number, RosterField>;
}

function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return '';
  return String(cell);
}

function mapRow(texts: readonly string[]): Map<number, RosterField> {
  const columns = new Map<number, RosterField>();
  const seen = new Set<RosterField>();
  texts.forEach((text, index) => {
    const field = matchHeader(text);
    if (field !== null && !seen.has(field)) {
      columns.set(index, field);
      seen.add(field);
    }
  });
  return columns;
}

/**
 * Finds the header row below any title rows (first 30 rows): the first row naming 姓名 and at least one
 * other known column. When the header is two rows (merged group titles such as 外出流向 over 省/市/县,
 * with 姓名 merged down), the two rows are read together.
 */
export function findHeaderLayout(rows: readonly (readonly SheetCell[])[]): HeaderLayout | null {
  const limit = Math.min(rows.length, 30);
  for (let index = 0; index < limit; index += 1) {
    const top = (rows[index] ?? []).map(cellText);
    const columns = mapRow(top);
    if (columns.size < 2 || ![...columns.values()].includes('name')) continue;
    const nameColumn = [...columns.entries()].find(([, field]) => field === 'name')?.[0] ?? 0;
    const below = (rows[index + 1] ?? []).map(cellText);
    const belowName = below[nameColumn] ?? '';
    if (belowName === '' || matchHeader(belowName) === 'name') {
      const width = Math.max(top.length, below.length);
      const combined = Array.from({ length: width }, (_unused, column) => {
        const upper = top[column] ?? '';
        const lower = below[column] ?? '';
        if (lower === '' || lower === upper) return upper;
        return matchHeader(upper + lower) === null ? lower : upper + lower;
      });
      const twoRows = mapRow(combined);
      if (twoRows.size > columns.size) return { headerRowIndex: index + 1, columns: twoRows };
    }
    return { headerRowIndex: index, columns };
  }
  return null;
}
