import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';

/** The fields of a member the selection reads (a full `Member` fits). */
export type AttendeeCandidate = Pick<
  Member,
  'id' | 'name' | 'namePinyin' | 'branchId' | 'groupId' | 'category' | 'partyStanding' | 'membershipStatus' | 'floating'
> & { joinDate?: IsoDate | undefined; deletedAt?: string | undefined };

export type ExpectedScope =
  | { kind: 'branches'; orgUnitIds: string[] }
  | { kind: 'groups'; orgUnitIds: string[] }
  | { kind: 'all' }
  | { kind: 'none' };

export interface ExpectedSelection {
  scope: ExpectedScope;
  /** Only these categories (正式党员 / 预备党员); empty or absent = both. */
  categories?: readonly Member['category'][];
  /** Floating members are expected by default: they may attend and their attendance counts (art. 32–33). */
  includeFloating?: boolean;
  /** Added one by one, whatever their branch. */
  individualIds?: readonly string[];
  /** Taken off the list one by one. */
  excludedIds?: readonly string[];
  /** Members who joined after this date are not expected. */
  onDate?: IsoDate;
}

/**
 * Who is expected (应到) at an activity. Only members on the books with normal standing: a member whose
 * membership is stopped (停止党籍, 党章 art. 9) takes no part in organisational life. Lost-contact members
 * stay on the list, so their absence keeps showing.
 */
export function isEligibleAttendee(member: AttendeeCandidate, onDate?: IsoDate): boolean {
  if (member.deletedAt !== undefined) return false;
  if (member.membershipStatus !== 'active' || member.partyStanding !== '正常') return false;
  if (onDate !== undefined && member.joinDate !== undefined && member.joinDate > onDate) return false;
  return true;
}

function inScope(member: AttendeeCandidate, scope: ExpectedScope): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'branches':
      return scope.orgUnitIds.includes(member.branchId);
    case 'groups':
      return member.groupId !== undefined && scope.orgUnitIds.includes(member.groupId);
  }
}

export function selectExpectedAttendees<T extends AttendeeCandidate>(
  members: readonly T[],
  selection: ExpectedSelection,
): T[] {
  const excluded = new Set(selection.excludedIds ?? []);
  const individuals = new Set(selection.individualIds ?? []);
  const categories = selection.categories ?? [];
  const chosen = new Map<string, T>();
  for (const member of members) {
    if (excluded.has(member.id) || !isEligibleAttendee(member, selection.onDate)) continue;
    const byRule =
      inScope(member, selection.scope) &&
      (categories.length === 0 || categories.includes(member.category)) &&
      (selection.includeFloating !== false || !member.floating);
    if (byRule || individuals.has(member.id)) chosen.set(member.id, member);
  }
  return [...chosen.values()];
}

export const sheetSorts = ['group', 'pinyin'] as const;
export type SheetSort = (typeof sheetSorts)[number];
export const sheetSortLabels: Record<SheetSort, string> = {
  group: '按党小组、姓名排序',
  pinyin: '按姓名拼音排序',
};

/**
 * The order of the printed sheet and of attendance entry (the same, so typing back from paper follows
 * the paper). `unitOrder` gives each branch and group its position in the organisation tree.
 */
export function sortForSheet<T extends Pick<AttendeeCandidate, 'namePinyin' | 'name' | 'branchId' | 'groupId'>>(
  people: readonly T[],
  sort: SheetSort,
  unitOrder: ReadonlyMap<string, number>,
): T[] {
  const byName = (a: T, b: T) => a.namePinyin.localeCompare(b.namePinyin) || a.name.localeCompare(b.name, 'zh-CN');
  if (sort === 'pinyin') return [...people].sort(byName);
  const position = (id: string | undefined) =>
    id === undefined ? Number.MAX_SAFE_INTEGER : (unitOrder.get(id) ?? Number.MAX_SAFE_INTEGER - 1);
  return [...people].sort(
    (a, b) => position(a.branchId) - position(b.branchId) || position(a.groupId) - position(b.groupId) || byName(a, b),
  );
}
