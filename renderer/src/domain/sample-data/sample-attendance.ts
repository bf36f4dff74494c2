import type { Attendance, AttendanceStatus, AttendeeCategory } from '../entities/activity';
import type { IsoDate } from '../entities/dates';
import { LEAVE_REASONS } from './names';
import type { Prng } from './prng';
import type { SampleMember } from './sample-members';

export interface Mark {
  status: AttendanceStatus;
  reason?: string;
}

/** Realistic turnout: most come, some late, the old and the working ask for leave, a few never come. */
export function sampleMark(prng: Prng, member: SampleMember, date: IsoDate): Mark {
  if (member.absentFrom !== undefined && date >= member.absentFrom) return { status: 'absent' };
  // 条例 art. 23: a 送学上门 member is excused; the branch brings the study to the home.
  if (member.homeStudySince !== undefined && date >= member.homeStudySince) {
    return prng.chance(0.1) ? { status: 'present' } : { status: 'leave', reason: '年老体弱，送学上门' };
  }
  if (member.floating && (member.floatingSince === undefined || date >= member.floatingSince)) {
    const roll = prng.next();
    // Floating members may join organisational life where they are, and it counts (art. 32–33).
    if (roll < 0.35) return { status: 'present', reason: '在流入地党组织参加，已报备' };
    if (roll < 0.55) return { status: 'present' };
    return { status: 'leave', reason: prng.pick(LEAVE_REASONS.floating) };
  }
  if (member.age >= 75) {
    return prng.weighted<Mark>([
      [{ status: 'present' }, 72],
      [{ status: 'late' }, 3],
      [{ status: 'leave', reason: prng.pick(LEAVE_REASONS.elderly) }, 20],
      [{ status: 'absent' }, 5],
    ]);
  }
  if (member.engagement === 'low') {
    return prng.weighted<Mark>([
      [{ status: 'present' }, 14],
      [{ status: 'late' }, 3],
      [{ status: 'leave', reason: prng.pick(member.working ? LEAVE_REASONS.working : LEAVE_REASONS.general) }, 48],
      [{ status: 'absent' }, 35],
    ]);
  }
  if (member.engagement === 'patchy') {
    return prng.weighted<Mark>([
      [{ status: 'present' }, 50],
      [{ status: 'late' }, 6],
      [{ status: 'leave', reason: prng.pick(member.working ? LEAVE_REASONS.working : LEAVE_REASONS.general) }, 34],
      [{ status: 'absent' }, 10],
    ]);
  }
  if (member.working) {
    return prng.weighted<Mark>([
      [{ status: 'present' }, 80],
      [{ status: 'late' }, 7],
      [{ status: 'leave', reason: prng.pick(LEAVE_REASONS.working) }, 11],
      [{ status: 'absent' }, 2],
    ]);
  }
  return prng.weighted<Mark>([
    [{ status: 'present' }, 88],
    [{ status: 'late' }, 4],
    [{ status: 'leave', reason: prng.pick(LEAVE_REASONS.general) }, 6],
    [{ status: 'absent' }, 2],
  ]);
}

export interface AttendanceContext {
  activityId: string;
  date: IsoDate;
  hours: number;
  /** Whether the activity was held: planned and cancelled ones keep their list unmarked. */
  held: boolean;
  timestamp: string;
}

export function expectedRow(prng: Prng, context: AttendanceContext, member: SampleMember, order: number): Attendance {
  const mark: Mark = context.held ? sampleMark(prng, member, context.date) : { status: 'unmarked' };
  const attended = mark.status === 'present' || mark.status === 'late';
  return {
    id: prng.uuid(),
    createdAt: context.timestamp,
    updatedAt: context.timestamp,
    activityId: context.activityId,
    memberId: member.id,
    personName: member.name,
    personCategory: 'member',
    branchIdAtTime: member.branchId,
    ...(member.groupId === undefined ? {} : { groupIdAtTime: member.groupId }),
    expected: true,
    status: mark.status,
    ...(mark.reason === undefined ? {} : { reason: mark.reason }),
    hours: attended ? context.hours : 0,
    date: context.date,
    order,
  };
}

export function walkInRow(
  prng: Prng,
  context: AttendanceContext,
  person: { name: string; category: AttendeeCategory; member?: SampleMember; reason?: string },
  order: number,
): Attendance {
  return {
    id: prng.uuid(),
    createdAt: context.timestamp,
    updatedAt: context.timestamp,
    activityId: context.activityId,
    ...(person.member === undefined
      ? {}
      : {
          memberId: person.member.id,
          branchIdAtTime: person.member.branchId,
          ...(person.member.groupId === undefined ? {} : { groupIdAtTime: person.member.groupId }),
        }),
    personName: person.name,
    personCategory: person.category,
    expected: false,
    status: 'present',
    ...(person.reason === undefined ? {} : { reason: person.reason }),
    hours: context.hours,
    date: context.date,
    order,
  };
}
