import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../../renderer/src/domain/entities/organisation';
import { secretaryLessons } from '../../../../../renderer/src/domain/rules/secretary-lessons';

const post = (memberId: string, orgUnitId: string): Post => ({
  id: memberId,
  createdAt: '',
  updatedAt: '',
  memberId,
  orgUnitId,
  title: '书记',
  startDate: '2020-01-01',
});

describe('书记讲党课 (支部工作条例 art. 15)', () => {
  it('the committee secretary and each branch secretary need one 党课 they gave as 主讲人 this year', () => {
    const rows = secretaryLessons({
      year: 2026,
      units: [
        { id: 'c', name: '党委', kind: 'committee', order: 1 },
        { id: 'b1', name: '第一党支部', kind: 'branch', order: 1 },
        { id: 'b2', name: '第二党支部', kind: 'branch', order: 2 },
      ],
      posts: [post('chief', 'c'), post('s1', 'b1'), post('s2', 'b2')],
      activities: [
        { typeId: 'lesson', date: '2026-05-10', status: 'held', lecturerMemberId: 's1' },
        // A 主题党日 combined with a 党课 counts; a planned one and last year's do not.
        { typeId: 'theme', combinedTypeIds: ['lesson'], date: '2026-07-01', status: 'held', lecturerMemberId: 'chief' },
        { typeId: 'lesson', date: '2026-12-20', status: 'planned', lecturerMemberId: 's2' },
        { typeId: 'lesson', date: '2025-12-31', status: 'held', lecturerMemberId: 's2' },
      ],
      isLessonType: (id) => id === 'lesson',
    });
    expect(rows.map((row) => [row.unitName, row.met])).toEqual([
      ['党委', true],
      ['第一党支部', true],
      ['第二党支部', false],
    ]);
  });
});
