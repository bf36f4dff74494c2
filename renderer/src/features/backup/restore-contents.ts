import { tableLabel } from '../../ui/table-labels';

/**
 * What the restore preview lists, in the words of the office: the ledger's main records first, the
 * rest of the ledger after them, and the program's own bookkeeping at the bottom under one heading.
 */
export interface RestoreContentsRow {
  table: string;
  label: string;
  inBackup: number | null;
  current: number | null;
}

export interface RestoreContents {
  main: RestoreContentsRow[];
  other: RestoreContentsRow[];
  system: RestoreContentsRow[];
}

/** The records a person thinks of first, in this order, named as the office names them. */
const MAIN_TABLES: readonly (readonly [string, string])[] = [
  ['members', '党员'],
  ['orgUnits', '组织（支部/党小组）'],
  ['activities', '活动'],
  ['attendance', '签到/考勤记录'],
  ['studyEntries', '学习档案（自学等学习记录）'],
  ['memberEvents', '党员变动记录（转正、转入转出等）'],
  ['posts', '组织职务'],
];

/** Kept by the program for itself (derived totals, logs, settings, sync bookkeeping). */
const SYSTEM_TABLES: Readonly<Record<string, string>> = {
  settings: '设置（单位信息、显示方式等）',
  changeLog: '操作日志',
  studySummaries: '学时统计（程序按记录自动算出）',
  tombstones: '彻底删除的凭据',
  exchangePartners: '交换：已登记的电脑',
  exchangeBases: '交换：双方已一致的记录',
  exchangeSent: '交换：已发出待确认',
  exchangeImports: '交换：导入记录',
};

export const SYSTEM_GROUP_LABEL = '其他（程序自己的记录）';

export function restoreContents(
  inBackup: Readonly<Record<string, { count: number }>>,
  current: Readonly<Record<string, number>> | null,
): RestoreContents {
  const row = (table: string, label: string): RestoreContentsRow => ({
    table,
    label,
    inBackup: inBackup[table]?.count ?? null,
    current: current?.[table] ?? null,
  });
  const all = [...new Set([...Object.keys(inBackup), ...Object.keys(current ?? {})])];
  const mainNames = new Set(MAIN_TABLES.map(([table]) => table));
  return {
    main: MAIN_TABLES.filter(([table]) => all.includes(table)).map(([table, label]) => row(table, label)),
    other: all
      .filter((table) => !mainNames.has(table) && SYSTEM_TABLES[table] === undefined)
      .map((table) => row(table, tableLabel(table))),
    system: all
      .filter((table) => SYSTEM_TABLES[table] !== undefined)
      .map((table) => row(table, SYSTEM_TABLES[table] ?? table)),
  };
}

/**
 * The second question before 全部替换, naming how many members go and come (recycle bin included on
 * both sides, as both are restored whole).
 */
export function replaceQuestion(contents: RestoreContents): string {
  const members = contents.main.find((row) => row.table === 'members');
  return `将用备份中的 ${members?.inBackup ?? 0} 名党员替换当前的 ${members?.current ?? 0} 名党员及全部记录，确定吗？`;
}
