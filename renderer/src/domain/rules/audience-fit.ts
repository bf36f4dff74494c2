import type { AudienceKey } from '../entities/lecturer';
import { audienceLabels } from '../entities/lecturer';
import type { Member } from '../entities/member';

/** What audience fit needs of a member. */
export type AudienceMember = Pick<Member, 'birthDate' | 'education' | 'floating'>;

export const educationBands = ['大专及以上', '高中/中专', '初中及以下', '未填写'] as const;
export type EducationBand = (typeof educationBands)[number];
export const ageBands = ['35 岁以下', '35–59 岁', '60 岁及以上', '未填写'] as const;
export type AgeBand = (typeof ageBands)[number];

export interface AudienceMix {
  total: number;
  byEducation: Record<EducationBand, number>;
  byAge: Record<AgeBand, number>;
  floating: number;
  /** Share (0–1) of the selected members each audience describes; 'all' is always 1. */
  shares: Record<AudienceKey, number>;
}

export function educationBandOf(education: Member['education']): EducationBand {
  switch (education) {
    case '研究生':
    case '大学本科':
    case '大学专科':
      return '大专及以上';
    case '中专':
    case '高中':
      return '高中/中专';
    case '初中':
    case '小学':
    case '未上学':
      return '初中及以下';
    default:
      return '未填写';
  }
}

export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBandOf(birthDate: string | undefined, date: string): AgeBand {
  if (birthDate === undefined) return '未填写';
  const age = ageOn(birthDate, date);
  if (age < 35) return '35 岁以下';
  if (age < 60) return '35–59 岁';
  return '60 岁及以上';
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The mix of a set of members by education and age, on `date` ('YYYY-MM-DD'). */
export function audienceMix(members: readonly AudienceMember[], date: string): AudienceMix {
  const byEducation = zeroes(educationBands);
  const byAge = zeroes(ageBands);
  let elderly = 0;
  let young = 0;
  let floating = 0;
  for (const member of members) {
    const education = educationBandOf(member.education);
    const age = ageBandOf(member.birthDate, date);
    byEducation[education] += 1;
    byAge[age] += 1;
    if (member.floating) floating += 1;
    if (age === '60 岁及以上' || education === '初中及以下') elderly += 1;
    else if (age === '35 岁以下' || education === '大专及以上') young += 1;
  }
  const total = members.length;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return {
    total,
    byEducation,
    byAge,
    floating,
    shares: { elderly: share(elderly), young: share(young), floating: share(floating), all: 1 },
  };
}

export interface Suggestion<T> {
  item: T;
  /** Higher suits the mix better; 0 means tagged for none of the groups present. */
  score: number;
  /** Why, in Chinese: "适合老年党员/文化程度较低（占 60%）". */
  reasons: string[];
}

/** Material tagged only "全体党员" suits everyone a little, less than material made for the group present. */
const GENERAL_AUDIENCE_SCORE = 0.25;

/**
 * Ranks every lecturer or courseware by how well its audience tags fit the mix. Nothing is hidden:
 * items tagged for nobody present come last with score 0, so the office can still choose them.
 */
export function suggestForMix<T extends { audiences: readonly AudienceKey[] }>(
  items: readonly T[],
  mix: AudienceMix,
  nameOf: (item: T) => string,
): Suggestion<T>[] {
  const ranked = items.map((item) => {
    let score = 0;
    const reasons: string[] = [];
    for (const audience of new Set(item.audiences)) {
      if (audience === 'all') {
        score += GENERAL_AUDIENCE_SCORE;
        reasons.push('适合全体党员');
        continue;
      }
      const part = mix.shares[audience];
      if (part > 0) {
        score += part;
        reasons.push(`适合${audienceLabels[audience]}（占 ${Math.round(part * 100)}%）`);
      }
    }
    return { item, score: Math.round(score * 1000) / 1000, reasons };
  });
  return ranked.sort((a, b) => b.score - a.score || nameOf(a.item).localeCompare(nameOf(b.item), 'zh-CN'));
}
