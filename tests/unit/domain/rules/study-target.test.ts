import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../renderer/src/domain/entities/organisation';
import { cadreMemberIdsInYear, isCadreInYear } from '../../../../renderer/src/domain/rules/cadre';
import { studyPace, yearlyHoursTarget } from '../../../../renderer/src/domain/rules/study-target';

const targets = { memberTarget: 32, cadreTarget: 56 };

describe('yearly 学时 target (条例 art. 20; 56 for secretaries and committee members)', () => {
  it('a member has 32, a committee member 56', () => {
    expect(yearlyHoursTarget({ ...targets, year: 2026, isCadre: false, rule: 'pro-rated' }).target).toBe(32);
    expect(yearlyHoursTarget({ ...targets, year: 2026, isCadre: true, rule: 'pro-rated' }).target).toBe(56);
  });

  it('a member who joined in November gets two months of the target when pro-rated, and says so', () => {
    const target = yearlyHoursTarget({
      ...targets,
      year: 2026,
      joinDate: '2026-11-20',
      isCadre: false,
      rule: 'pro-rated',
    });
    expect(target.target).toBe(5.5); // 32 × 2/12 = 5.33, rounded up to half an hour
    expect(target.proRated).toBe(true);
    expect(target.explanation).toContain('按 2 个月折算');
  });

  it('the full-target rule ignores the joining month', () => {
    const target = yearlyHoursTarget({ ...targets, year: 2026, joinDate: '2026-11-20', isCadre: false, rule: 'full' });
    expect(target).toMatchObject({ target: 32, proRated: false });
    expect(target.explanation).toContain('不折算');
  });

  it('joining in January, or in an earlier year, is the whole year', () => {
    expect(
      yearlyHoursTarget({ ...targets, year: 2026, joinDate: '2026-01-31', isCadre: false, rule: 'pro-rated' }).target,
    ).toBe(32);
    expect(
      yearlyHoursTarget({ ...targets, year: 2026, joinDate: '1990-11-20', isCadre: false, rule: 'pro-rated' }).target,
    ).toBe(32);
  });
});

describe('study pace', () => {
  it('behind pace and below half after mid-year', () => {
    const pace = studyPace({ hours: 12, target: 32, year: 2026, today: '2026-09-30' });
    expect(pace.behind).toBe(true);
    expect(pace.belowHalfPastMidYear).toBe(true);
  });

  it('on pace early in the year', () => {
    const pace = studyPace({ hours: 3, target: 32, year: 2026, today: '2026-01-31' });
    expect(pace.behind).toBe(false);
    expect(pace.belowHalfPastMidYear).toBe(false);
  });

  it('31 December of a leap year is the whole year gone', () => {
    expect(studyPace({ hours: 0, target: 32, year: 2028, today: '2028-12-31' }).elapsed).toBe(1);
    expect(studyPace({ hours: 0, target: 32, year: 2028, today: '2028-12-30' }).elapsed).toBeCloseTo(365 / 366);
  });

  it('a member who joined in November is measured from joining', () => {
    const pace = studyPace({ hours: 1, target: 5.5, year: 2026, joinDate: '2026-11-01', today: '2026-11-10' });
    expect(pace.elapsed).toBeCloseTo(10 / 61);
    expect(pace.behind).toBe(false);
  });
});

describe('who is a cadre in the year', () => {
  const post = (memberId: string, title: Post['title'], startDate: string, endDate?: string): Post => ({
    id: `${memberId}-${title}`,
    createdAt: '',
    updatedAt: '',
    orgUnitId: 'b1',
    memberId,
    title,
    startDate,
    ...(endDate === undefined ? {} : { endDate }),
  });

  it('a post held for part of the year counts; group leaders and ended posts do not', () => {
    const posts = [
      post('a', '书记', '2020-01-01'),
      post('b', '组织委员', '2026-11-01'),
      post('c', '委员', '2018-01-01', '2025-12-31'),
      post('d', '党小组长', '2020-01-01'),
      post('e', '副书记', '2026-01-01', '2026-01-31'),
    ];
    expect([...cadreMemberIdsInYear(posts, 2026)].sort()).toEqual(['a', 'b', 'e']);
    expect(isCadreInYear(posts, 'c', 2025)).toBe(true);
    expect(isCadreInYear(posts, 'c', 2026)).toBe(false);
  });
});
