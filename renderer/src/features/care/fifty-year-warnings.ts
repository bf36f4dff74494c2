import type { FiftyYearList } from '../../db/repositories/care-repository';
import type { WarningLine } from '../overview/warnings';

/** Before 七一: members whose 党龄 reaches 50 this year and have not had the medal (info, not a fault). */
export function fiftyYearWarnings(list: FiftyYearList | null, unitName: (branchId: string) => string): WarningLine[] {
  if (list === null || list.eligible.length === 0) return [];
  return [
    {
      key: 'fifty-years',
      kind: 'fifty-years',
      severity: 'info',
      text: `${list.eligible.length} 名党员今年七一前党龄满 50 年，尚未颁发“光荣在党50年”纪念章`,
      count: list.eligible.length,
      columns: ['姓名', '党支部', '转正日期'],
      rows: list.eligible.map((m) => ({
        key: m.id,
        member: { id: m.id, name: m.name, branchId: m.branchId, branchName: unitName(m.branchId) },
        cells: [m.name, unitName(m.branchId), m.fullMemberDate ?? ''],
      })),
    },
  ];
}
