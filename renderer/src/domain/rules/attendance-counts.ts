import type { Attendance, AttendanceStatus } from '../entities/activity';
import { attendedStatuses } from '../entities/activity';

export interface AttendanceCounts {
  /** 应到: the frozen expected list. */
  expected: number;
  /** 实到: expected or walk-in, present or late. */
  attended: number;
  late: number;
  leave: number;
  absent: number;
  unmarked: number;
  /** Walk-ins (not on the expected list) who attended. */
  walkIns: number;
}

export function countAttendance(
  rows: readonly Pick<Attendance, 'expected' | 'status' | 'deletedAt'>[],
): AttendanceCounts {
  const counts: AttendanceCounts = { expected: 0, attended: 0, late: 0, leave: 0, absent: 0, unmarked: 0, walkIns: 0 };
  for (const row of rows) {
    if (row.deletedAt !== undefined) continue;
    const attended = attendedStatuses.includes(row.status);
    if (row.expected) counts.expected += 1;
    else if (attended) counts.walkIns += 1;
    if (attended) counts.attended += 1;
    if (row.status === 'late') counts.late += 1;
    if (row.expected && row.status === 'leave') counts.leave += 1;
    if (row.expected && row.status === 'absent') counts.absent += 1;
    if (row.expected && row.status === 'unmarked') counts.unmarked += 1;
  }
  return counts;
}

/** 学时 credited to one line: the activity's hours if the person came (on time or late), else none. */
export function creditedHours(status: AttendanceStatus, activityHours: number): number {
  return attendedStatuses.includes(status) ? activityHours : 0;
}

/** One keystroke per row when typing back from paper; the legend on screen shows the same keys. */
export const ATTENDANCE_KEYS: readonly { key: string; status: AttendanceStatus }[] = [
  { key: '1', status: 'present' },
  { key: '2', status: 'late' },
  { key: '3', status: 'leave' },
  { key: '4', status: 'absent' },
  { key: '0', status: 'unmarked' },
];

export interface MemberRate {
  /** 应参加: on the expected list of an activity that was held. */
  expected: number;
  attendedExpected: number;
  walkIns: number;
  hours: number;
  /** null when nothing was expected. */
  rate: number | null;
}

/**
 * A member's attendance rate: only activities that have been held count. A planned meeting has not yet
 * been missed and a cancelled one never can be, so neither is in 应参加 (nor are their lines' hours).
 */
export function memberAttendanceRate(
  items: readonly { row: Pick<Attendance, 'expected' | 'status' | 'hours'>; activity: { status: string } }[],
): MemberRate {
  const held = items.filter((item) => item.activity.status === 'held');
  const expected = held.filter((item) => item.row.expected);
  const attendedExpected = expected.filter((item) => attendedStatuses.includes(item.row.status)).length;
  return {
    expected: expected.length,
    attendedExpected,
    walkIns: held.filter((item) => !item.row.expected && attendedStatuses.includes(item.row.status)).length,
    hours: Math.round(held.reduce((sum, item) => sum + item.row.hours, 0) * 100) / 100,
    rate: expected.length === 0 ? null : attendedExpected / expected.length,
  };
}
