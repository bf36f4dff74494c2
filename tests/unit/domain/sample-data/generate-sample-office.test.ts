import { budgetLineSchema, spendingSchema } from '../../../../renderer/src/domain/entities/budget';
import { coursewareSchema } from '../../../../renderer/src/domain/entities/courseware';
import { planItemSchema } from '../../../../renderer/src/domain/entities/education-plan';
import { lecturerSchema } from '../../../../renderer/src/domain/entities/lecturer';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import {
  activitySchema,
  activityTypeSchema,
  attendanceSchema,
} from '../../../../renderer/src/domain/entities/activity';
import { contactLogSchema, memberEventSchema, memberSchema } from '../../../../renderer/src/domain/entities/member';
import { orgUnitSchema, postSchema } from '../../../../renderer/src/domain/entities/organisation';
import type { Activity, Attendance } from '../../../../renderer/src/domain/entities/activity';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import type { OrgUnit } from '../../../../renderer/src/domain/entities/organisation';
import { ACTIVITY_TYPE_IDS } from '../../../../renderer/src/domain/rules/default-activity-types';
import { generateSampleOffice } from '../../../../renderer/src/domain/sample-data/generate-sample-office';
import type {
  SampleOfficeOptions,
  SampleRows,
  SampleTable,
} from '../../../../renderer/src/domain/sample-data/generate-sample-office';

const OPTIONS: SampleOfficeOptions = { seed: 7, memberCount: 120, years: 1, endDate: '2026-11-26' };

function collect(options: SampleOfficeOptions): { [K in SampleTable]: SampleRows[K][] } {
  const all = {
    activityTypes: [],
    orgUnits: [],
    members: [],
    posts: [],
    memberEvents: [],
    contactLogs: [],
    activities: [],
    attendance: [],
    lecturers: [],
    courseware: [],
    planItems: [],
    budgetLines: [],
    spendings: [],
  } as { [K in SampleTable]: SampleRows[K][] };
  for (const batch of generateSampleOffice(options)) (all[batch.table] as unknown[]).push(...batch.rows);
  return all;
}

const SCHEMAS: Record<SampleTable, ZodType> = {
  activityTypes: activityTypeSchema,
  orgUnits: orgUnitSchema,
  members: memberSchema,
  posts: postSchema,
  memberEvents: memberEventSchema,
  contactLogs: contactLogSchema,
  activities: activitySchema,
  attendance: attendanceSchema,
  lecturers: lecturerSchema,
  courseware: coursewareSchema,
  planItems: planItemSchema,
  budgetLines: budgetLineSchema,
  spendings: spendingSchema,
};

describe('sample office generator', () => {
  const data = collect(OPTIONS);

  it('the same seed gives exactly the same office, another seed a different one', () => {
    expect(JSON.stringify(collect(OPTIONS))).toBe(JSON.stringify(data));
    const other = collect({ ...OPTIONS, seed: 8 });
    expect(other.members[0]?.id).not.toBe(data.members[0]?.id);
  });

  it('every record satisfies its entity schema and ids are unique UUIDs', () => {
    const ids = new Set<string>();
    for (const table of Object.keys(SCHEMAS) as SampleTable[]) {
      for (const row of data[table]) {
        const parsed = SCHEMAS[table].safeParse(row);
        expect(parsed.success, `${table} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(ids.has(row.id)).toBe(false);
        ids.add(row.id);
      }
    }
  });

  it('builds a 党委 with 4–6 branches of 2–3 groups, and about 120 members with the special cases', () => {
    const kinds = (kind: OrgUnit['kind']) => data.orgUnits.filter((unit) => unit.kind === kind);
    expect(kinds('committee')).toHaveLength(1);
    expect(kinds('branch').length).toBeGreaterThanOrEqual(4);
    expect(kinds('branch').length).toBeLessThanOrEqual(6);
    const small = kinds('branch').at(-1);
    for (const branch of kinds('branch')) {
      const groups = kinds('group').filter((group) => group.parentId === branch.id);
      // The last is a small branch of five, without groups or committee (支部工作条例 art. 8).
      expect(groups.length).toBeGreaterThanOrEqual(branch === small ? 0 : 2);
      expect(groups.length).toBeLessThanOrEqual(branch === small ? 0 : 3);
    }
    expect(data.members.filter((m) => m.branchId === small?.id)).toHaveLength(5);
    expect(data.posts.filter((post) => post.orgUnitId === small?.id).map((post) => post.title)).toEqual(['书记']);
    // 条例 art. 23: the long-ill absentee and most of the over-eighties are 送学上门 objects.
    const homeStudy = data.members.filter((m) => m.homeStudy !== undefined);
    expect(homeStudy.length).toBeGreaterThanOrEqual(3);
    const members: Member[] = data.members;
    expect(members).toHaveLength(120);
    expect(members.filter((m) => m.floating).length).toBe(12);
    expect(members.filter((m) => m.partyStanding === '停止党籍').length).toBeGreaterThanOrEqual(1);
    expect(members.filter((m) => m.lostContact).length).toBeGreaterThanOrEqual(2);
    expect(members.filter((m) => m.category === '预备党员').length).toBeGreaterThanOrEqual(3);
    expect(new Set(members.map((m) => m.education)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(120);
    for (const member of members) {
      expect(member.namePinyin).toMatch(/^[a-z]+$/);
      expect(member.nameInitials).toHaveLength(member.name.length);
    }
    const secretaries = data.posts.filter((post) => post.title === '书记');
    expect(secretaries.length).toBe(kinds('branch').length + 1);
    expect(data.posts.filter((post) => post.title === '党小组长').length).toBe(kinds('group').length);
  });

  it('each branch holds its meetings as often as the frequency rules say', () => {
    const activities: Activity[] = data.activities.filter((a) => a.date <= OPTIONS.endDate);
    const branches = data.orgUnits.filter((unit) => unit.kind === 'branch');
    const small = branches.at(-1);
    for (const branch of branches) {
      // A meeting held as several types counts for each (the small branch's 主题党日暨党员大会).
      const own = (typeId: string) =>
        activities.filter(
          (a) =>
            (a.typeId === typeId || (a.combinedTypeIds ?? []).includes(typeId)) && a.orgUnitIds.includes(branch.id),
        );
      expect(own(ACTIVITY_TYPE_IDS.generalMeeting)).toHaveLength(4);
      expect(own(ACTIVITY_TYPE_IDS.partyLesson)).toHaveLength(4);
      if (branch === small) expect(own(ACTIVITY_TYPE_IDS.committeeMeeting)).toHaveLength(0);
      // The second branch skipped three 支委会 in the last half-year (the sample's 三会一课 gap).
      else if (branch === branches[1]) expect(own(ACTIVITY_TYPE_IDS.committeeMeeting)).toHaveLength(9);
      else expect(own(ACTIVITY_TYPE_IDS.committeeMeeting).length).toBeGreaterThanOrEqual(12);
      expect(own(ACTIVITY_TYPE_IDS.themedPartyDay).length).toBeGreaterThanOrEqual(12);
      expect(own(ACTIVITY_TYPE_IDS.lifeMeeting)).toHaveLength(1);
      expect(own(ACTIVITY_TYPE_IDS.democraticReview)).toHaveLength(1);
    }
    for (const group of data.orgUnits.filter((unit) => unit.kind === 'group')) {
      const meetings = activities.filter(
        (a) => a.typeId === ACTIVITY_TYPE_IDS.groupMeeting && a.orgUnitIds.includes(group.id),
      );
      // The third branch's groups skipped some 党小组会 (the other 三会一课 gap).
      if (group.parentId === branches[2]?.id) expect(meetings.length).toBeLessThan(12);
      else expect(meetings.length).toBeGreaterThanOrEqual(12);
    }
    expect(data.activities.some((a) => a.status === 'planned' && a.date > OPTIONS.endDate)).toBe(true);
  });

  it('attendance is mostly present, with late, leave with reasons, walk-ins and chronic absentees', () => {
    const rows: Attendance[] = data.attendance;
    const held = new Set(data.activities.filter((a) => a.status === 'held').map((a) => a.id));
    const marked = rows.filter((row) => held.has(row.activityId) && row.expected);
    const share = (status: Attendance['status']) =>
      marked.filter((row) => row.status === status).length / marked.length;
    // Most come; the patchy and the seldom pull the share down to what offices see.
    expect(share('present')).toBeGreaterThan(0.6);
    expect(share('present')).toBeLessThan(0.9);
    expect(share('late')).toBeGreaterThan(0);
    expect(share('leave')).toBeGreaterThan(0.03);
    expect(marked.filter((row) => row.status === 'leave').every((row) => (row.reason ?? '') !== '')).toBe(true);
    expect(rows.some((row) => !row.expected && row.personCategory !== 'member')).toBe(true);
    expect(rows.filter((row) => row.status === 'present' || row.status === 'late').every((row) => row.hours > 0)).toBe(
      true,
    );
    // Chronic absentees: absent from everything for the last months, so the six-month warning can fire.
    const lastThreeMonths = marked.filter((row) => row.date > '2026-08-26' && row.memberId !== undefined);
    const byMember = new Map<string, Attendance[]>();
    for (const row of lastThreeMonths)
      byMember.set(row.memberId ?? '', [...(byMember.get(row.memberId ?? '') ?? []), row]);
    const alwaysAbsent = [...byMember.values()].filter((list) => list.every((row) => row.status === 'absent'));
    expect(alwaysAbsent.length).toBeGreaterThanOrEqual(3);
    // Every expected row of an activity appears once per member.
    const keys = new Set(rows.map((row) => `${row.activityId}:${row.memberId ?? row.personName}`));
    expect(keys.size).toBe(rows.length);
  });

  it('scales lazily: batches stay small and the core schedule gives about 10 rows per member-year', () => {
    let attendance = 0;
    let largest = 0;
    for (const batch of generateSampleOffice({
      seed: 1,
      memberCount: 1000,
      years: 2,
      endDate: '2026-11-26',
      schedule: 'core',
      batchSize: 500,
    })) {
      largest = Math.max(largest, batch.rows.length);
      if (batch.table === 'attendance') attendance += batch.rows.length;
    }
    expect(largest).toBeLessThanOrEqual(500);
    expect(attendance).toBeGreaterThan(1000 * 2 * 8);
    expect(attendance).toBeLessThan(1000 * 2 * 12);
  });
});
