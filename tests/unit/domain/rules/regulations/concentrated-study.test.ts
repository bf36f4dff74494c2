import { describe, expect, it } from 'vitest';
import { splitTargetText } from '../../../../../renderer/src/documents/study-record-sheet';
import { studyHoursSplit } from '../../../../../renderer/src/domain/rules/concentrated-study';

describe('集中学习培训 vs 自学 (条例 art. 20)', () => {
  const summary = {
    totalHours: 40,
    attendanceHours: 24,
    concentratedHours: 30,
    selfStudyBySource: { 'self-study': 6, remote: 4, training: 6 },
  };

  it('by default only 集中 hours meet the 32-hour target', () => {
    expect(studyHoursSplit(summary, false)).toEqual({ concentrated: 30, self: 10, total: 40, counted: 30 });
    expect(studyHoursSplit(summary, false).counted >= 32).toBe(false);
  });

  it('with the setting on, 自学 counts too', () => {
    expect(studyHoursSplit(summary, true).counted).toBe(40);
  });

  it('a summary written before the split counts activities and concentrated entries as 集中', () => {
    const { concentratedHours: _c, ...old } = summary;
    expect(studyHoursSplit(old, false)).toMatchObject({ concentrated: 30, self: 10 });
  });

  it('the study-record sheet shows 集中 and 自学 apart when there is 自学', () => {
    const rows = [
      { hours: 30, concentrated: true },
      { hours: 4, concentrated: false },
    ];
    expect(splitTargetText(rows, 32, false)).toBe('集中30学时，自学4学时；年度目标32学时，尚差2学时');
    expect(splitTargetText(rows, 32, true)).toBe('集中30学时，自学4学时；年度目标32学时，已完成');
    expect(splitTargetText([{ hours: 32 }], 32, false)).toBe('年度目标32学时，已完成');
  });
});
