import type { DuesProfile } from '../entities/dues';
import type { DuesRateTable, RateBand } from '../entities/dues-rates';
import { formatFen } from './money';

/** A computed monthly amount and, in words, how it was computed (shown beside it). */
export interface DuesAmount {
  fen: number;
  explanation: string;
}

/**
 * base × basisPoints / 10000, rounded to the fen half up (0.5 分 and above goes up): the rounding rule
 * offices use on paper. Integers only, so no float ever touches the money.
 */
export function percentOfFen(baseFen: number, basisPoints: number): number {
  if (!Number.isInteger(baseFen) || !Number.isInteger(basisPoints) || baseFen < 0 || basisPoints < 0) {
    throw new Error(`percentOfFen needs non-negative integers: ${baseFen}, ${basisPoints}`);
  }
  return Math.floor((baseFen * basisPoints + 5000) / 10000);
}

/** 50 → "0.5%" */
export function percentLabel(basisPoints: number): string {
  return `${String(basisPoints / 100)}%`;
}

/** The band a base falls in: bands are inclusive of their upper limit (3000.00 is in "3000 元以下（含）"). */
export function bandFor(bands: readonly RateBand[], baseFen: number): RateBand {
  const band = bands.find((b) => b.upToFen === null || baseFen <= b.upToFen) ?? bands[bands.length - 1];
  if (band === undefined) throw new Error('rate table has no bands');
  return band;
}

function bandWords(bands: readonly RateBand[], band: RateBand): string {
  const index = bands.indexOf(band);
  const lower = index > 0 ? bands[index - 1]?.upToFen : undefined;
  const yuan = (fen: number) => String(fen / 100);
  if (band.upToFen === null) return lower === undefined || lower === null ? '' : `${yuan(lower)} 元以上`;
  if (lower === undefined || lower === null) return `${yuan(band.upToFen)} 元以下（含）`;
  return `${yuan(lower)} 元以上至 ${yuan(band.upToFen)} 元（含）`;
}

/** The monthly dues one profile gives under a rate table (党费规定 第一条至第四条). */
export function monthlyDues(profile: DuesProfile, rates: DuesRateTable): DuesAmount {
  const relief = profile.relief;
  if (relief?.kind === '免交') {
    return {
      fen: 0,
      explanation: `免交（支部 ${relief.decisionDate} 决定，${relief.approvedBy} ${relief.approvedDate} 批准）`,
    };
  }
  if (relief?.kind === '少交' && relief.reducedFen !== undefined) {
    return {
      fen: relief.reducedFen,
      explanation: `少交：每月 ${formatFen(relief.reducedFen)} 元（支部 ${relief.decisionDate} 决定，${relief.approvedBy} ${relief.approvedDate} 批准）`,
    };
  }
  switch (profile.category) {
    case '在职':
    case '离退休': {
      const base = profile.baseFen ?? 0;
      const bands = profile.category === '在职' ? rates.employed : rates.retired;
      const band = bandFor(bands, base);
      const fen = percentOfFen(base, band.basisPoints);
      const baseWord = profile.category === '在职' ? '税后月工资收入' : '月离退休费';
      return {
        fen,
        explanation: `${profile.category}：${baseWord} ${formatFen(base)} 元，${bandWords(bands, band)}按 ${percentLabel(band.basisPoints)}：${formatFen(base)} × ${percentLabel(band.basisPoints)} = ${formatFen(fen)} 元（四舍五入到分；${rates.source}）`,
      };
    }
    case '农民': {
      const fen = profile.fixedFen ?? rates.farmerMinFen;
      return {
        fen,
        explanation: `农民：每月 ${formatFen(fen)} 元（标准 ${formatFen(rates.farmerMinFen)}–${formatFen(rates.farmerMaxFen)} 元；${rates.source}）`,
      };
    }
    default:
      return {
        fen: rates.flatFen,
        explanation: `${profile.category}：每月 ${formatFen(rates.flatFen)} 元（${rates.source}）`,
      };
  }
}
