import type { Member } from '../../domain/entities/member';
import { membershipStatusLabels } from '../../domain/entities/member';
import { maskIdNumber } from '../../domain/rules/masking';
import { memberDateText } from '../../domain/rules/date-precision';
import { ageOn } from '../../domain/rules/flexible-date';
import { probationEndDate } from '../../domain/rules/probation';
import { estimateTextWidth } from '../../ui/text-width';

export interface ColumnContext {
  unitName: (id: string | undefined) => string;
  today: string;
}

export interface RosterColumn {
  key: string;
  label: string;
  width: number;
  value: (member: Member, context: ColumnContext) => string;
  /** Shown unless the user hides it in 列设置. */
  defaultVisible: boolean;
  /** Shown on a narrow screen (under 1280 px) unless the user adds it: the columns an office looks up most. */
  narrowVisible?: boolean;
  /**
   * Free text (address, work unit) may be cut with … beyond this width (px at the normal type size);
   * every other column is as wide as its longest value, so no date, ID or phone is ever cut.
   */
  maxWidth?: number;
}

function statusText(member: Member): string {
  const parts: string[] = [membershipStatusLabels[member.membershipStatus]];
  if (member.partyStanding === '停止党籍') parts.push('停止党籍');
  if (member.lostContact) parts.push('失联');
  return parts.join('·');
}

export const ROSTER_COLUMNS: RosterColumn[] = [
  { key: 'name', label: '姓名', width: 110, defaultVisible: true, narrowVisible: true, value: (m) => m.name },
  { key: 'gender', label: '性别', width: 60, defaultVisible: true, value: (m) => m.gender ?? '' },
  {
    key: 'age',
    label: '年龄',
    width: 60,
    defaultVisible: true,
    narrowVisible: true,
    value: (m, c) => (m.birthDate === undefined ? '' : String(ageOn(m.birthDate, c.today))),
  },
  {
    key: 'birthDate',
    label: '出生日期',
    width: 110,
    defaultVisible: false,
    value: (m) => memberDateText(m, 'birthDate'),
  },
  {
    key: 'idNumber',
    label: '身份证号',
    width: 190,
    defaultVisible: true,
    narrowVisible: true,
    value: (m) => maskIdNumber(m.idNumber),
  },
  { key: 'ethnicity', label: '民族', width: 70, defaultVisible: false, value: (m) => m.ethnicity ?? '' },
  {
    key: 'category',
    label: '人员类别',
    width: 100,
    defaultVisible: true,
    narrowVisible: true,
    value: (m) => m.category,
  },
  {
    key: 'branch',
    label: '所在党支部',
    width: 160,
    defaultVisible: true,
    narrowVisible: true,
    value: (m, c) => c.unitName(m.branchId),
  },
  {
    key: 'group',
    label: '党小组',
    width: 120,
    defaultVisible: true,
    narrowVisible: true,
    value: (m, c) => c.unitName(m.groupId),
  },
  {
    key: 'phone',
    label: '联系电话',
    width: 130,
    defaultVisible: true,
    narrowVisible: true,
    value: (m) => m.phone ?? '',
  },
  { key: 'education', label: '学历', width: 90, defaultVisible: true, value: (m) => m.education ?? '' },
  {
    key: 'joinDate',
    label: '入党日期',
    width: 110,
    defaultVisible: true,
    narrowVisible: true,
    value: (m) => memberDateText(m, 'joinDate'),
  },
  {
    key: 'fullMemberDate',
    label: '转正日期',
    width: 130,
    defaultVisible: false,
    value: (m) =>
      (m.fullMemberDate === undefined ? undefined : memberDateText(m, 'fullMemberDate')) ??
      (m.category === '预备党员' && m.joinDate !== undefined
        ? `应于 ${probationEndDate(m.joinDate, m.probationExtendedMonths ?? 0)}`
        : ''),
  },
  { key: 'occupation', label: '工作岗位', width: 130, defaultVisible: false, value: (m) => m.occupation ?? '' },
  {
    key: 'workUnit',
    label: '工作单位',
    width: 160,
    defaultVisible: false,
    maxWidth: 240,
    value: (m) => m.workUnit ?? '',
  },
  {
    key: 'address',
    label: '家庭住址',
    width: 200,
    defaultVisible: false,
    maxWidth: 280,
    value: (m) => m.address ?? '',
  },
  {
    key: 'floating',
    label: '流动党员',
    width: 160,
    maxWidth: 220,
    defaultVisible: true,
    value: (m) =>
      m.floating
        ? `是${m.floatingTo === undefined ? '' : `（${[m.floatingTo.province, m.floatingTo.city].join('')}）`}`
        : '',
  },
  { key: 'nativePlace', label: '籍贯', width: 100, defaultVisible: false, value: (m) => m.nativePlace ?? '' },
  { key: 'status', label: '状态', width: 120, defaultVisible: true, narrowVisible: true, value: (m) => statusText(m) },
  {
    key: 'toVerify',
    label: '待核实',
    width: 90,
    defaultVisible: true,
    value: (m) => (m.toVerify === undefined || m.toVerify.length === 0 ? '' : `待核实 ${m.toVerify.length} 项`),
  },
];

/** The roster's body text size at normal type (15 × 16 / 14 px), to which the columns' px widths refer. */
const BASE_FONT = (15 * 16) / 14;

/**
 * Each column as wide as its header and its longest value at the current type size (大字模式 too), so
 * names, ID numbers, phones and dates are never cut; free text stops at its maxWidth.
 */
export function columnWidths(
  columns: readonly RosterColumn[],
  members: readonly Member[],
  context: ColumnContext,
  fontSize: number,
): number[] {
  const padding = 18;
  const sortIcon = Math.ceil(fontSize * 1.2) + 10;
  return columns.map((column) => {
    const header = estimateTextWidth(column.label, fontSize) + sortIcon + padding;
    let widest = 0;
    for (const member of members) {
      const text = column.value(member, context);
      // No character is wider than 1em: a text that short cannot be the widest, and is not measured.
      if (text.length * fontSize <= widest) continue;
      widest = Math.max(widest, estimateTextWidth(text, fontSize));
    }
    const content = widest + padding;
    const limit = column.maxWidth === undefined ? Infinity : Math.round((column.maxWidth * fontSize) / BASE_FONT);
    return Math.max(header, Math.min(content, limit));
  });
}
