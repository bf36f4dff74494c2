import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../../renderer/src/domain/entities/member';
import { gloryFiftyYears, partyAgeYears } from '../../../../../renderer/src/domain/rules/party-age';
import { memberStatistics } from '../../../../../renderer/src/domain/statistics/member-statistics';

type Fields = Pick<Member, 'category' | 'joinDate' | 'fullMemberDate' | 'membershipStatus' | 'deletedAt'>;
const full = (fullMemberDate: string, joinDate = '1970-01-01'): Fields => ({
  category: '正式党员',
  joinDate,
  fullMemberDate,
  membershipStatus: 'active',
});

describe('党龄 from the 转正 date (党章 art. 7)', () => {
  it('adds a year on the 转正 anniversary, not on the joining anniversary', () => {
    const member = full('2016-09-10', '2015-06-01');
    expect(partyAgeYears(member, '2026-06-01')).toBe(9);
    expect(partyAgeYears(member, '2026-09-09')).toBe(9);
    expect(partyAgeYears(member, '2026-09-10')).toBe(10);
  });

  it('预备党员 have no 党龄', () => {
    expect(partyAgeYears({ category: '预备党员', joinDate: '2025-06-01' }, '2026-06-01')).toBeNull();
  });

  it('without a 转正 date, the regular end of probation stands in', () => {
    expect(partyAgeYears({ category: '正式党员', joinDate: '2000-05-01' }, '2026-04-30')).toBe(24);
    expect(partyAgeYears({ category: '正式党员', joinDate: '2000-05-01' }, '2026-05-01')).toBe(25);
  });

  it('the statistics band a 预备党员 apart and band by 转正 date', () => {
    const base = { id: 'x', createdAt: '', updatedAt: '', name: 'x', branchId: 'b', partyStanding: '正常' as const };
    const members = [
      { ...base, ...full('2021-07-01', '2020-07-01') },
      { ...base, category: '预备党员' as const, joinDate: '2026-01-01', membershipStatus: 'active' as const },
    ] as Member[];
    const table = memberStatistics(members, '2026-06-30').find((t) => t.key === 'partyAge');
    expect(table?.rows.find((r) => r.label === '不满5年')?.count).toBe(1);
    expect(table?.rows.find((r) => r.label === '预备党员（无党龄）')?.count).toBe(1);
  });
});

describe('光荣在党50年 (党龄 50 years by 1 July)', () => {
  it('转正 on 1 July 1976 is in the 2026 list; 2 July 1976 waits for 2027', () => {
    expect(gloryFiftyYears(full('1976-07-01'), 2026).eligible).toBe(true);
    expect(gloryFiftyYears(full('1976-07-02'), 2026).eligible).toBe(false);
    expect(gloryFiftyYears(full('1976-07-02'), 2027).eligible).toBe(true);
  });

  it('those who reached 50 in an earlier award year are listed only on request', () => {
    expect(gloryFiftyYears(full('1975-07-01'), 2026).eligible).toBe(false);
    expect(gloryFiftyYears(full('1975-07-02'), 2026).eligible).toBe(true);
    expect(gloryFiftyYears(full('1960-01-01'), 2026, { includeEarlier: true }).eligible).toBe(true);
  });

  it('joining 50 years ago is not enough while 转正 came later', () => {
    expect(gloryFiftyYears(full('1977-03-01', '1976-03-01'), 2026).eligible).toBe(false);
  });
});
