import type { ArchiveSettings } from '../../domain/entities/archive-settings';
import type { IsoDate } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit, Post } from '../../domain/entities/organisation';
import type { OfficeSettings } from '../../domain/entities/settings';
import type { ActivityType } from '../../domain/entities/activity';
import {
  branchCommittee,
  COMMITTEE_ONLY_POSTS,
  fullMembersPerBranch,
  isCommitteeMeetingType,
} from '../../domain/rules/branch-committee';
import { cadreMemberIdsInYear } from '../../domain/rules/cadre';
import { yearExemption } from '../../domain/rules/exemption';
import { isTalkType } from '../../domain/rules/talk-coverage';
import type { FrequencyType, FrequencyUnit } from '../../domain/rules/meeting-frequency';
import type { HoursTarget } from '../../domain/rules/study-target';
import { yearlyHoursTarget } from '../../domain/rules/study-target';
import type { LedgerDatabase } from '../database';
import { isLive } from '../records';
import { getArchiveSettings } from './archive-settings-repository';
import { getOfficeSettings } from './settings-repository';

/** What every archive view needs for a year: settings, who is a cadre, and each member's target. */
export interface ArchiveContext {
  year: number;
  office: OfficeSettings;
  settings: ArchiveSettings;
  cadreIds: Set<string>;
  targetOf: (member: Pick<Member, 'id' | 'joinDate' | 'homeStudy' | 'abroad'>) => HoursTarget;
  /** When the office's records begin: the first activity on file, else today. Counting never starts earlier. */
  recordsStart: IsoDate;
}

function exemptionText(member: Pick<Member, 'homeStudy' | 'abroad'>, year: number): { exemption?: string } {
  const exemption = yearExemption(member, year);
  return exemption === null ? {} : { exemption: exemption.text };
}

export async function loadArchiveContext(db: LedgerDatabase, year: number, today: IsoDate): Promise<ArchiveContext> {
  const [office, settings, posts, first] = await Promise.all([
    getOfficeSettings(db),
    getArchiveSettings(db),
    db.posts.toArray(),
    db.activities.orderBy('date').first(),
  ]);
  const cadreIds = cadreMemberIdsInYear(posts, year, await unitsWithoutCommittee(db, posts));
  return {
    year,
    office,
    settings,
    cadreIds,
    targetOf: (member) =>
      yearlyHoursTarget({
        year,
        ...exemptionText(member, year),
        ...(member.joinDate === undefined ? {} : { joinDate: member.joinDate }),
        isCadre: cadreIds.has(member.id),
        memberTarget: office.hoursTargetMember,
        cadreTarget: office.hoursTargetCadre,
        rule: settings.midYearTargetRule,
      }),
    recordsStart: first !== undefined && first.date < today ? first.date : today,
  };
}

/**
 * The branches holding a 委员 post that have no 支部委员会 (支部工作条例 art. 8): only those few branches
 * are counted, by index, so the archive of one member never reads the whole roster.
 */
async function unitsWithoutCommittee(db: LedgerDatabase, posts: readonly Post[]): Promise<Set<string>> {
  const unitIds = [
    ...new Set(
      posts
        .filter((post) => post.deletedAt === undefined && COMMITTEE_ONLY_POSTS.includes(post.title))
        .map((p) => p.orgUnitId),
    ),
  ];
  if (unitIds.length === 0) return new Set();
  const [units, members] = await Promise.all([
    db.orgUnits.bulkGet(unitIds),
    db.members.where('branchId').anyOf(unitIds).toArray(),
  ]);
  const counts = fullMembersPerBranch(members);
  const without = new Set<string>();
  for (const unit of units) {
    if (unit?.kind !== 'branch') continue;
    if (!branchCommittee(unit.hasCommittee, counts.get(unit.id) ?? 0).hasCommittee) without.add(unit.id);
  }
  return without;
}

/** Branch units with `hasCommittee` filled in from the override or the count of 正式党员 (art. 8). */
export function withCommittees(
  units: readonly FrequencyUnit[],
  all: readonly OrgUnit[],
  members: Parameters<typeof fullMembersPerBranch>[0],
): FrequencyUnit[] {
  const counts = fullMembersPerBranch(members);
  const override = new Map(all.map((unit) => [unit.id, unit.hasCommittee]));
  return units.map((unit) =>
    unit.kind === 'branch'
      ? { ...unit, hasCommittee: branchCommittee(override.get(unit.id), counts.get(unit.id) ?? 0).hasCommittee }
      : unit,
  );
}

/** Activity types as the frequency rule sees them: live ones, the 支委会 marked as needing a committee. */
export function frequencyTypes(types: readonly ActivityType[]): FrequencyType[] {
  return (
    types
      // 谈心谈话 is a coverage of pairs (支部工作条例 art. 19, rules/talk-coverage.ts), not a branch meeting.
      .filter((type) => type.deletedAt === undefined && !isTalkType(type))
      .map((type) => ({ ...type, needsCommittee: isCommitteeMeetingType(type) }))
  );
}

/**
 * Organisation units as the frequency rule sees them. The tree stores no founding date, so a unit
 * counts as set up when it was entered — unless activities of it are on file from before that (the
 * office entered its history), in which case it existed all along.
 */
export async function frequencyUnits(db: LedgerDatabase): Promise<{ units: FrequencyUnit[]; all: OrgUnit[] }> {
  const [units, first] = await Promise.all([db.orgUnits.toArray(), db.activities.orderBy('date').first()]);
  const all = units.filter(isLive);
  const created = (unit: OrgUnit) => unit.createdAt.slice(0, 10);
  // A unit entered before the first activity on file has none from before it: no read needed.
  const probed = first === undefined ? [] : all.filter((unit) => created(unit) > first.date);
  const earlier = await unitsWithEarlierActivities(db, probed, created);
  return {
    units: all.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      ...(unit.parentId === undefined ? {} : { parentId: unit.parentId }),
      ...(earlier.has(unit.id) ? {} : { activeFrom: created(unit) }),
      ...(unit.retiredAt === undefined ? {} : { retiredAt: unit.retiredAt }),
    })),
    all,
  };
}

/**
 * Which of `units` have an activity dated before they were entered. Keys only, all reads in flight at
 * once: the activities before the latest entry date in date order, how many fall before each entry
 * date, and each unit's activity ids — never the activities themselves, which a unit entered before
 * years of records would otherwise walk one by one.
 */
async function unitsWithEarlierActivities(
  db: LedgerDatabase,
  units: readonly OrgUnit[],
  created: (unit: OrgUnit) => string,
): Promise<Set<string>> {
  if (units.length === 0) return new Set();
  const dates = [...new Set(units.map(created))].sort();
  const latest = dates.at(-1) ?? '';
  const [ordered, before, idsOfUnit] = await db.transaction('r', db.activities, () =>
    Promise.all([
      db.activities.where('date').below(latest).primaryKeys(),
      Promise.all(dates.map((date) => db.activities.where('date').below(date).count())),
      Promise.all(units.map((unit) => db.activities.where('orgUnitIds').equals(unit.id).primaryKeys())),
    ]),
  );
  const position = new Map(ordered.map((id, index) => [id, index]));
  const countBefore = new Map(dates.map((date, index) => [date, before[index] ?? 0]));
  const earlier = new Set<string>();
  units.forEach((unit, index) => {
    const limit = countBefore.get(created(unit)) ?? 0;
    if ((idsOfUnit[index] ?? []).some((id) => (position.get(id) ?? Infinity) < limit)) earlier.add(unit.id);
  });
  return earlier;
}
