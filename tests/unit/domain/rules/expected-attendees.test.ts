import { describe, expect, it } from 'vitest';
import type { AttendeeCandidate } from '../../../../renderer/src/domain/rules/expected-attendees';
import { selectExpectedAttendees, sortForSheet } from '../../../../renderer/src/domain/rules/expected-attendees';
import { countAttendance } from '../../../../renderer/src/domain/rules/attendance-counts';
import { paginateSheet } from '../../../../renderer/src/domain/rules/sign-in-sheet';
import { checkActivity } from '../../../../renderer/src/domain/rules/activity-checks';

function member(id: string, fields: Partial<AttendeeCandidate> = {}): AttendeeCandidate {
  return {
    id,
    name: id,
    namePinyin: id,
    branchId: 'b1',
    groupId: 'g1',
    category: '正式党员',
    partyStanding: '正常',
    membershipStatus: 'active',
    floating: false,
    ...fields,
  };
}

const MEMBERS = [
  member('anna'),
  member('bo', { groupId: 'g2' }),
  member('chen', { branchId: 'b2', groupId: 'g3' }),
  member('ding', { category: '预备党员', joinDate: '2026-06-01' }),
  member('er', { partyStanding: '停止党籍' }),
  member('fang', { membershipStatus: 'transferred-out' }),
  member('gao', { floating: true }),
  member('hu', { deletedAt: '2026-01-01' }),
];
const ids = (list: AttendeeCandidate[]) => list.map((m) => m.id).sort();

describe('expected attendees', () => {
  it('a branch expects its members on the books, floating ones included, not stopped or transferred ones', () => {
    expect(ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'branches', orgUnitIds: ['b1'] } }))).toEqual([
      'anna',
      'bo',
      'ding',
      'gao',
    ]);
  });

  it('a group, several branches, all members, a category, and individuals added or taken off', () => {
    expect(ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'groups', orgUnitIds: ['g2'] } }))).toEqual(['bo']);
    expect(
      ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'branches', orgUnitIds: ['b1', 'b2'] } })),
    ).toHaveLength(5);
    expect(ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'all' } }))).toHaveLength(5);
    expect(ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'all' }, categories: ['预备党员'] }))).toEqual([
      'ding',
    ]);
    expect(
      ids(
        selectExpectedAttendees(MEMBERS, {
          scope: { kind: 'groups', orgUnitIds: ['g2'] },
          individualIds: ['chen', 'er'],
          excludedIds: ['bo'],
        }),
      ),
    ).toEqual(['chen']);
    expect(ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'all' }, includeFloating: false }))).not.toContain(
      'gao',
    );
  });

  it('a member who joined after the activity is not expected at it', () => {
    expect(ids(selectExpectedAttendees(MEMBERS, { scope: { kind: 'all' }, onDate: '2026-05-01' }))).not.toContain(
      'ding',
    );
  });

  it('the sheet order is by group then name, or by pinyin', () => {
    const order = new Map([
      ['b1', 0],
      ['g2', 1],
      ['g1', 2],
      ['b2', 100],
      ['g3', 101],
    ]);
    const people = selectExpectedAttendees(MEMBERS, { scope: { kind: 'all' } });
    expect(sortForSheet(people, 'group', order).map((m) => m.id)).toEqual(['bo', 'anna', 'ding', 'gao', 'chen']);
    expect(sortForSheet(people, 'pinyin', order).map((m) => m.id)).toEqual(['anna', 'bo', 'chen', 'ding', 'gao']);
  });
});

describe('attendance counts', () => {
  it('应到 counts the expected list, 实到 everyone who came including walk-ins', () => {
    const counts = countAttendance([
      { expected: true, status: 'present' },
      { expected: true, status: 'late' },
      { expected: true, status: 'leave' },
      { expected: true, status: 'absent' },
      { expected: true, status: 'unmarked' },
      { expected: false, status: 'present' },
      { expected: true, status: 'present', deletedAt: 'x' },
    ]);
    expect(counts).toEqual({ expected: 5, attended: 3, late: 1, leave: 1, absent: 1, unmarked: 1, walkIns: 1 });
  });
});

describe('sign-in sheet pages', () => {
  it('every page is full but the last, blank rows are numbered on, and pages know their count', () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ name: `P${i}`, unit: '第一党小组' }));
    const pages = paginateSheet(people, { blankRows: 5, largeType: false });
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => page.lines.length)).toEqual([18, 18, 9]);
    expect(pages[2]?.lines.at(-1)).toMatchObject({ number: 45, blank: true });
    expect(pages.every((page) => page.pageCount === 3)).toBe(true);
    expect(paginateSheet(people, { blankRows: 0, largeType: true })).toHaveLength(4);
  });

  it('a 大字 sheet never prints a page of blank rows only: blank rows that would start a page are dropped', () => {
    const people = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `P${i}`, unit: '第一党小组' }));
    // 13 rows a page in 大字: 13 people fill page 1, so the 5 blank rows are not printed.
    const full = paginateSheet(people(13), { blankRows: 5, largeType: true });
    expect(full).toHaveLength(1);
    expect(full[0]?.lines.filter((line) => line.blank)).toHaveLength(0);
    // 11 people leave room for 2 of them.
    const two = paginateSheet(people(11), { blankRows: 5, largeType: true });
    expect(two).toHaveLength(1);
    expect(two[0]?.lines.at(-1)).toMatchObject({ number: 13, blank: true });
    // A sheet for walk-ins only is one page of blank rows, however many were asked for.
    expect(paginateSheet([], { blankRows: 40, largeType: true }).map((page) => page.lines.length)).toEqual([13]);
  });
});

describe('activity checks', () => {
  const base = { date: '2026-05-01', status: 'held' as const, hours: 2, orgUnitIds: ['b1'] };
  it('refuses an end before the start, a held activity in the future, and no organiser', () => {
    expect(checkActivity({ ...base, startTime: '10:00', endTime: '09:00' }, '2026-06-01').errors.endTime).toBeDefined();
    expect(checkActivity({ ...base, date: '2026-07-01' }, '2026-06-01').errors.status).toMatch(/不能标为“已举行”/);
    expect(checkActivity({ ...base, orgUnitIds: [] }, '2026-06-01').errors.orgUnitIds).toBeDefined();
    expect(checkActivity(base, '2026-06-01').errors).toEqual({});
  });
});
