import type { FiftyYearList } from '../../db/repositories/care-repository';
import type { FiftyYearListRow } from '../../documents/fifty-year-list';
import { todayIso } from '../../domain/entities/dates';
import { partyAgeYears } from '../../domain/rules/party-age';
import { getPlatform } from '../../platform/api';
import { exportTables } from '../archive/export-table';
import type { CarePeople } from './use-care';

function rows(year: number, list: FiftyYearList, people: CarePeople): FiftyYearListRow[] {
  return list.awarded.map(({ award, member }) => ({
    name: member?.name ?? '',
    gender: member?.gender ?? '',
    birthDate: member?.birthDate ?? '',
    joinDate: member?.joinDate ?? '',
    fullMemberDate: member?.fullMemberDate ?? '',
    partyYears: member === undefined ? '' : `${partyAgeYears(member, `${year}-07-01`) ?? ''}年`,
    unit: member === undefined ? '' : (people.unitName.get(member.branchId) ?? ''),
    awardedDate: award.awardedDate,
  }));
}

/** 光荣在党50年纪念章颁发名单 as Word or Excel. */
export async function saveFiftyYearList(
  kind: 'docx' | 'xlsx',
  year: number,
  list: FiftyYearList,
  people: CarePeople,
): Promise<boolean> {
  const data = rows(year, list, people);
  const name = `${year}年光荣在党50年纪念章颁发名单`;
  if (kind === 'xlsx') {
    const { fiftyYearSheet } = await import('../../io/fifty-year-xlsx');
    return exportTables(`${name}.xlsx`, [fiftyYearSheet(year, data)]);
  }
  const { buildFiftyYearList } = await import('../../documents/fifty-year-list');
  const bytes = await buildFiftyYearList({ year, officeName: people.officeName, date: todayIso(), rows: data });
  return (await getPlatform().saveFile(bytes, `${name}.docx`, [{ name: 'Word 文档', extensions: ['docx'] }])) !== null;
}
