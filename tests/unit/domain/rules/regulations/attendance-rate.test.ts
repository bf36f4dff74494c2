import { describe, expect, it } from 'vitest';
import { memberAttendanceRate } from '../../../../../renderer/src/domain/rules/attendance-counts';

describe('attendance rate counts only activities that have been held', () => {
  it('a planned meeting and a cancelled one are not in 应参加', () => {
    const line = (status: string, attendance: 'present' | 'absent' | 'unmarked', expected = true) => ({
      activity: { status },
      row: { expected, status: attendance, hours: attendance === 'present' ? 2 : 0 },
    });
    const summary = memberAttendanceRate([
      line('held', 'present'),
      line('held', 'absent'),
      line('planned', 'unmarked'),
      line('cancelled', 'unmarked'),
      line('held', 'present', false),
    ]);
    expect(summary).toEqual({ expected: 2, attendedExpected: 1, walkIns: 1, hours: 4, rate: 0.5 });
  });

  it('nothing held yet: no rate rather than 0%', () => {
    expect(
      memberAttendanceRate([{ activity: { status: 'planned' }, row: { expected: true, status: 'unmarked', hours: 0 } }])
        .rate,
    ).toBeNull();
  });
});
