/** The 光荣在党50年 颁发名单 table: the same columns in the Word list and the Excel sheet. */
export interface FiftyYearListRow {
  name: string;
  gender: string;
  birthDate: string;
  joinDate: string;
  fullMemberDate: string;
  partyYears: string;
  unit: string;
  awardedDate: string;
}

export const FIFTY_YEAR_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '出生日期',
  '入党日期',
  '转正日期',
  '党龄',
  '所在支部',
  '颁发日期',
];

export function fiftyYearTitle(year: number): string {
  return `${year}年“光荣在党50年”纪念章颁发名单`;
}

export function fiftyYearCells(row: FiftyYearListRow, index: number): string[] {
  return [
    String(index + 1),
    row.name,
    row.gender,
    row.birthDate,
    row.joinDate,
    row.fullMemberDate,
    row.partyYears,
    row.unit,
    row.awardedDate,
  ];
}
