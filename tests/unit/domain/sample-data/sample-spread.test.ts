import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../renderer/src/domain/entities/activity';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import type { PlanItem } from '../../../../renderer/src/domain/entities/education-plan';
import { lapseReminder } from '../../../../renderer/src/domain/rules/lapse-chain';
import { generateSampleOffice } from '../../../../renderer/src/domain/sample-data/generate-sample-office';
import { MONTH_THEMES, monthsOfTheme, themeFitsMonth } from '../../../../renderer/src/domain/sample-data/month-themes';

const END = '2026-11-26';

function collect(seed: number) {
  const activities: Activity[] = [];
  const members: Member[] = [];
  const planItems: PlanItem[] = [];
  for (const batch of generateSampleOffice({ seed, memberCount: 120, years: 1, endDate: END })) {
    if (batch.table === 'activities') activities.push(...batch.rows);
    if (batch.table === 'members') members.push(...batch.rows);
    if (batch.table === 'planItems') planItems.push(...batch.rows);
  }
  return { activities, members, planItems };
}

describe('month themes', () => {
  it('no 建党纪念日 in December, no 学雷锋 in January, and each month’s own themes fit it', () => {
    expect(themeFitsMonth('主题党日：庆祝建党纪念日', 12)).toBe(false);
    expect(themeFitsMonth('主题党日：庆祝建党纪念日', 7)).toBe(true);
    expect(themeFitsMonth('主题党日：学雷锋志愿服务', 1)).toBe(false);
    expect(themeFitsMonth('主题党日：国家宪法日宪法宣传', 12)).toBe(true);
    expect(themeFitsMonth('党课：党史学习教育', 12)).toBe(true);
    expect(monthsOfTheme('党课：加强党性修养')).toBeNull();
    for (let month = 1; month <= 12; month += 1) {
      const themes = MONTH_THEMES[month] ?? [];
      expect(themes.length).toBeGreaterThanOrEqual(2);
      for (const theme of themes) {
        expect(themeFitsMonth(theme, month), `${month}月 ${theme}`).toBe(true);
        // Every theme of the table is tied to a season, not only those that name a day.
        const others = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !themeFitsMonth(theme, m));
        if (monthsOfTheme(theme) !== null) expect(others.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([20_240_701, 7, 3])(
    'every sample activity and plan item of seed %i has a theme that fits its month',
    (seed) => {
      const { activities, planItems } = collect(seed);
      expect(activities.length).toBeGreaterThan(300);
      const misfits = activities.filter((a) => !themeFitsMonth(a.title, Number(a.date.slice(5, 7))));
      expect(misfits.map((a) => `${a.date} ${a.title}`)).toEqual([]);
      expect(planItems.filter((item) => !themeFitsMonth(item.topic, item.month))).toEqual([]);
      // The themed days follow the calendar: 七一 in July, 宪法日 in December.
      const themedIn = (month: string) =>
        activities.filter((a) => a.date.slice(5, 7) === month && a.title.startsWith('主题党日')).map((a) => a.title);
      expect(themedIn('07').some((title) => title.includes('建党') || title.includes('七一'))).toBe(true);
      expect(themedIn('12').join()).not.toContain('建党');
    },
  );
});

describe('the sample community’s cases', () => {
  const { members } = collect(20_240_701);

  it('the very old are flagged 送学上门 with a reason and a date, as 条例 art. 23 wants', () => {
    const age = (m: Member) => 2026 - Number(m.birthDate?.slice(0, 4));
    const old = members.filter((m) => age(m) >= 80);
    expect(old.length).toBeGreaterThanOrEqual(3);
    const flagged = old.filter((m) => m.homeStudy !== undefined);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    for (const member of flagged) {
      expect(['年老体弱', '行动不便', '身患重病', '失能']).toContain(member.homeStudy?.reason);
      expect((member.homeStudy?.since ?? '9999') <= END).toBe(true);
    }
  });

  it('some members are floating, and only the few settled long in one city are due to transfer', () => {
    const floating = members.filter((m) => m.floating);
    expect(floating.length).toBeGreaterThanOrEqual(8);
    const transfer = floating.filter((m) => lapseReminder(m, END)?.step === 'transfer-relation');
    expect(transfer.length).toBeGreaterThanOrEqual(1);
    expect(transfer.length).toBeLessThanOrEqual(floating.length / 2);
  });
});
