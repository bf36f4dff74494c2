import { describe, expect, it } from 'vitest';
import type { AudienceKey } from '../../../renderer/src/domain/entities/lecturer';
import type { AudienceMember } from '../../../renderer/src/domain/rules/audience-fit';
import { ageOn, audienceMix, suggestForMix } from '../../../renderer/src/domain/rules/audience-fit';

const today = '2026-06-01';
const elderly: AudienceMember = { birthDate: '1950-05-01', education: '小学', floating: false };
const young: AudienceMember = { birthDate: '1998-09-10', education: '大学本科', floating: false };
const floatingYoung: AudienceMember = { birthDate: '1995-01-01', education: '大学专科', floating: true };
const unknown: AudienceMember = { floating: false };

interface Item {
  name: string;
  audiences: AudienceKey[];
}
const items: Item[] = [
  { name: '青年讲师', audiences: ['young'] },
  { name: '老支书', audiences: ['elderly'] },
  { name: '党校讲师', audiences: ['all'] },
  { name: '流动党员专讲', audiences: ['floating'] },
];

describe('audience fit (因人施教)', () => {
  it('counts a branch by education and age bands', () => {
    const mix = audienceMix([elderly, elderly, young, floatingYoung, unknown], today);
    expect(mix.total).toBe(5);
    expect(mix.byEducation).toEqual({ 大专及以上: 2, '高中/中专': 0, 初中及以下: 2, 未填写: 1 });
    expect(mix.byAge).toEqual({ '35 岁以下': 2, '35–59 岁': 0, '60 岁及以上': 2, 未填写: 1 });
    expect(mix.floating).toBe(1);
    expect(mix.shares.elderly).toBeCloseTo(0.4);
    expect(mix.shares.young).toBeCloseTo(0.4);
  });

  it('a branch of mostly older members ranks the lecturer for older members first', () => {
    const mix = audienceMix([elderly, elderly, elderly, young], today);
    const ranked = suggestForMix(items, mix, (item) => item.name);
    expect(ranked[0]?.item.name).toBe('老支书');
    expect(ranked[0]?.reasons[0]).toBe('适合老年党员/文化程度较低（占 75%）');
    expect(ranked[1]?.item.name).toBe('党校讲师');
  });

  it('a young, floating group ranks young and floating material above the rest', () => {
    const mix = audienceMix([floatingYoung, floatingYoung, young], today);
    const names = suggestForMix(items, mix, (item) => item.name).map((entry) => entry.item.name);
    expect(names.slice(0, 2)).toEqual(['青年讲师', '流动党员专讲']);
  });

  it('never hides anything: items suiting nobody present stay in the list with score 0', () => {
    const ranked = suggestForMix(items, audienceMix([young], today), (item) => item.name);
    expect(ranked).toHaveLength(items.length);
    expect(ranked.at(-1)?.score).toBe(0);
  });

  it('age counts the birthday within the year', () => {
    expect(ageOn('1966-06-02', '2026-06-01')).toBe(59);
    expect(ageOn('1966-06-01', '2026-06-01')).toBe(60);
  });
});
