import { describe, expect, it } from 'vitest';
import { careRoundProgress } from '../../../../renderer/src/domain/rules/care-round-progress';
import { fiftyYearEligible, isFiftyYearSeason } from '../../../../renderer/src/domain/rules/fifty-years-in-party';
import { partyAgeYears } from '../../../../renderer/src/domain/rules/party-age';

const base = { category: '正式党员', membershipStatus: 'active', partyStanding: '正常' } as const;

describe('光荣在党50年: 党龄 from 转正 reaching 50 by 1 July', () => {
  it('转正 on 1 July 1976 qualifies in 2026; on 2 July 1976 it waits for 2027; a medal not given stays due', () => {
    const eligibleIn = (fullMemberDate: string, year: number) =>
      fiftyYearEligible([{ ...base, id: 'a', fullMemberDate }], year, new Set()).length === 1;
    expect(eligibleIn('1976-07-01', 2026)).toBe(true);
    expect(eligibleIn('1976-07-02', 2026)).toBe(false);
    expect(eligibleIn('1976-07-02', 2027)).toBe(true);
    expect(eligibleIn('1960-01-01', 2026)).toBe(true);
  });

  it('without a 转正 date the 党龄 is estimated from 加入党组织日期 + 1 year, the same as the statistics page', () => {
    const joined = { ...base, id: 'a', joinDate: '1975-07-01' };
    expect(fiftyYearEligible([joined], 2026, new Set())).toHaveLength(1);
    expect(fiftyYearEligible([{ ...joined, joinDate: '1975-07-02' }], 2026, new Set())).toHaveLength(0);
    expect(fiftyYearEligible([{ ...base, id: 'x' }], 2026, new Set())).toHaveLength(0);
  });

  it('leaves out those already awarded, 预备党员, the deceased and the suspended', () => {
    const members = [
      { ...base, id: 'a', fullMemberDate: '1970-01-01' },
      { ...base, id: 'b', fullMemberDate: '1970-01-01' },
      { ...base, id: 'c', fullMemberDate: '1970-01-01', membershipStatus: 'deceased' as const },
      { ...base, id: 'd', fullMemberDate: '1970-01-01', partyStanding: '停止党籍' as const },
      { ...base, id: 'e', category: '预备党员' as const },
    ];
    expect(fiftyYearEligible(members, 2026, new Set(['b'])).map((m) => m.id)).toEqual(['a']);
  });

  it('the overview reminds from 1 May to 1 July', () => {
    expect(isFiftyYearSeason('2026-04-30')).toBe(false);
    expect(isFiftyYearSeason('2026-05-01')).toBe(true);
    expect(isFiftyYearSeason('2026-07-01')).toBe(true);
    expect(isFiftyYearSeason('2026-07-02')).toBe(false);
  });

  it('党龄 in whole years on a date', () => {
    expect(partyAgeYears({ ...base, fullMemberDate: '1976-07-01' }, '2026-07-01')).toBe(50);
    expect(partyAgeYears({ ...base, fullMemberDate: '1976-07-02' }, '2026-07-01')).toBe(49);
  });
});

describe('a 七一 round’s progress', () => {
  it('counts people on its list visited and signed, and the money in fen', () => {
    const progress = careRoundProgress({ id: 'r', memberIds: ['a', 'b', 'c'] }, [
      { memberId: 'a', roundId: 'r', signed: true, amountFen: 50000 },
      { memberId: 'a', roundId: 'r', signed: false, amountFen: 1 },
      { memberId: 'b', roundId: 'r', signed: false, amountFen: 30000 },
      { memberId: 'b', roundId: 'other', signed: true, amountFen: 99 },
      { memberId: 'c', roundId: 'r', signed: true, amountFen: 7, deletedAt: 'x' },
    ]);
    expect(progress).toMatchObject({ total: 3, visited: 2, signed: 1, amountFen: 80001 });
  });
});
