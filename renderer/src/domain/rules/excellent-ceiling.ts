/**
 * The share of 优秀 is capped locally (DOMAIN.md "民主评议党员": often about a third; a setting). The
 * ceiling is a warning, not a refusal: the branch meeting decides and may explain an exception.
 */
export function maxExcellent(members: number, ceilingPercent: number): number {
  // Integer arithmetic: 33% of 30 members is 9.9, so at most 9 may be 优秀.
  return Math.floor((members * Math.round(ceilingPercent * 100)) / 10000);
}

export function excellentCeilingWarning(excellent: number, members: number, ceilingPercent: number): string | null {
  if (members === 0) return null;
  const max = maxExcellent(members, ceilingPercent);
  if (excellent <= max) return null;
  return `评为优秀的有 ${excellent} 人，超过了设定的比例上限 ${ceilingPercent}%（${members} 人中至多 ${max} 人）。`;
}
