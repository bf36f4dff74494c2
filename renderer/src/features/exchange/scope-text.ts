import type { DeskScope } from '../../domain/entities/exchange';

export function scopeText(scope: DeskScope): string {
  return scope.kind === 'community' ? '全社区' : scope.branchName;
}

/** The scope chosen in a select: 'community' or a branch id. */
export function scopeOf(value: string, branches: readonly { id: string; name: string }[]): DeskScope | null {
  if (value === 'community') return { kind: 'community' };
  const branch = branches.find((unit) => unit.id === value);
  return branch === undefined ? null : { kind: 'branch', branchId: branch.id, branchName: branch.name };
}

/** Chinese names of the fields a person compares in a conflict; others show as stored. */
const FIELD_LABELS: Record<string, string> = {
  name: '姓名/名称',
  phone: '联系电话',
  status: '状态',
  reason: '原因',
  hours: '学时',
  date: '日期',
  note: '备注',
  remarks: '备注',
  title: '主题',
  place: '地点',
  branchId: '所在党支部',
  groupId: '党小组',
  category: '人员类别',
  address: '家庭住址',
  deletedAt: '已删除',
  minutes: '会议记录',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
