import { describe, expect, it } from 'vitest';
import type { Post } from '../../../renderer/src/domain/entities/organisation';
import { isCadreInYear } from '../../../renderer/src/domain/rules/cadre';

function post(fields: Partial<Post>): Post {
  return {
    id: crypto.randomUUID(),
    createdAt: '',
    updatedAt: '',
    orgUnitId: 'branch',
    memberId: 'm1',
    title: '书记',
    startDate: '2022-03-01',
    ...fields,
  };
}

describe('cadre study-hour target', () => {
  it('a secretary from March 2022 to June 2024 is a cadre in 2022, 2023 and 2024 only', () => {
    const posts = [post({ endDate: '2024-06-30' })];
    expect([2021, 2022, 2023, 2024, 2025].map((year) => isCadreInYear(posts, 'm1', year))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('a party group leader is not a cadre; a deleted post counts for nothing', () => {
    expect(isCadreInYear([post({ title: '党小组长' })], 'm1', 2023)).toBe(false);
    expect(isCadreInYear([post({ deletedAt: 'x' })], 'm1', 2023)).toBe(false);
    expect(isCadreInYear([post({})], 'm2', 2023)).toBe(false);
  });
});
