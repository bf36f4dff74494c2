import type { SchemaVersion } from './schema-version';

/**
 * v15 (the year's other ledgers, issue 20): 民主评议 rounds with their ballots and 限期改正 cases (a
 * round's roster is multi-entry indexed so a member's grades are one indexed read), 在职党员 and their
 * service records, care objects, rounds and visits, 光荣在党50年 awards, honours and pledges.
 */
export const v15: SchemaVersion = {
  version: 15,
  stores: {
    reviewRounds: 'id, [branchId+year], year, *memberIds',
    reviewBallots: 'id, roundId',
    correctionCases: 'id, memberId, roundId',
    inServiceMembers: 'id, name, reportDate',
    serviceRecords: 'id, personId, date, [personId+date]',
    careObjects: 'id, memberId',
    careRounds: 'id, year',
    careVisits: 'id, memberId, roundId, date',
    fiftyYearAwards: 'id, memberId, year',
    honours: 'id, memberId, year',
    pledges: 'id, memberId, year, [memberId+year]',
  },
};
