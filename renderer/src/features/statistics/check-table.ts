import type { BranchYear } from '../../db/repositories/yearly-check-repository';
import type { BranchCheckRow } from '../../domain/rules/yearly-check';
import type { SheetTable } from '../../io/table-workbook';
import { percent } from './format';

export const CHECK_COLUMNS = [
  '名次',
  '党支部',
  '党员数',
  '三会一课（已开/应开）',
  '三会一课完成率',
  '出勤率',
  '学时达标人数',
  '学时达标率',
  '人均学时',
  '人均集中学时',
  '人均自学学时',
  '得分',
];

function perMember(hours: number | undefined, members: number): string {
  return hours === undefined || members === 0 ? '—' : String(Math.round((hours / members) * 10) / 10);
}

/** One row of the yearly check, as shown on screen and written to Excel: the same cells in both. */
export function checkCells(row: BranchCheckRow): string[] {
  return [
    String(row.rank),
    row.branchName,
    String(row.members),
    `${row.meetingsHeldCounted}/${row.meetingsRequired}`,
    percent(row.meetingRate),
    percent(row.attendanceRate),
    String(row.membersReachingTarget),
    percent(row.hoursShare),
    row.averageHours === null ? '—' : String(row.averageHours),
    perMember(row.concentratedHours, row.members),
    perMember(row.selfHours, row.members),
    row.score.toFixed(2),
  ];
}

export function checkSheets(year: number, rows: BranchCheckRow[], branches: BranchYear[]): SheetTable[] {
  const byId = new Map(branches.map((b) => [b.branchId, b]));
  return [
    { name: '年度考核', title: `${year}年度党支部考核排名`, columns: CHECK_COLUMNS, rows: rows.map(checkCells) },
    {
      name: '三会一课明细',
      columns: ['党支部', '活动类型', '应召开', '按期召开', '实际召开'],
      rows: rows.flatMap((row) =>
        (byId.get(row.branchId)?.meetingsByType ?? []).map((t) => [
          row.branchName,
          t.typeName,
          t.required,
          t.heldCounted,
          t.heldTotal,
        ]),
      ),
    },
  ];
}
