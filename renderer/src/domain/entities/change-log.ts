/** What happened to the office's data; writes are logged automatically, the rest by `logAction`. */
export const changeActions = ['create', 'update', 'delete', 'import', 'export', 'restore', 'backup', 'purge'] as const;
export type ChangeAction = (typeof changeActions)[number];

export const changeActionLabels: Record<ChangeAction, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  import: '导入',
  export: '导出',
  restore: '恢复',
  backup: '备份',
  purge: '彻底删除',
};

/** One line of the 操作日志. */
export interface ChangeLogEntry {
  id: string;
  /** ISO time of the change. */
  at: string;
  /** 当前操作人 from the settings, 管理员 by default. */
  operator: string;
  action: ChangeAction;
  /** The table the record lives in; '' for actions on the whole store (backup, restore, export). */
  tableName: string;
  /** The record's primary key; '' when several records changed at once. */
  recordId: string;
  /** Human-readable summary, e.g. 批量写入 1200 条 or 导出全部数据（含完整身份证号）. */
  summary: string;
  before?: unknown;
  after?: unknown;
}

export const DEFAULT_OPERATOR = '管理员';
