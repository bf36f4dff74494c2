import Dexie from 'dexie';
import type { ArchiveSettings } from '../../domain/entities/archive-settings';
import type { IsoDate } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { OfficeSettings } from '../../domain/entities/settings';
import { cadreMemberIdsInYear } from '../../domain/rules/cadre';
import type { FrequencyUnit } from '../../domain/rules/meeting-frequency';
import type { HoursTarget } from '../../domain/rules/study-target';
import { yearlyHoursTarget } from '../../domain/rules/study-target';
import type { LedgerDatabase } from '../database';
import { getArchiveSettings } from './archive-settings-repository';
import { getOfficeSettings } from './settings-repository';

/** What every archive view needs for a year: settings, who is a cadre, and each member's target. */
export interface ArchiveContext {
  year: number;
  office: OfficeSettings;
  settings: ArchiveSettings;
  cadreIds: Set<string>;
  targetOf: (member: Pick<Member, 'id' | 'joinDate'>) => HoursTarget;
  /** When the office's records begin: the first activity on file, else today. Counting never starts earlier. */
  recordsStart: IsoDate;
}

export async function loadArchiveContext(db: LedgerDatabase, year: number, today: IsoDate): Promise<ArchiveContext> {
  const [office, settings, posts, first] = await Promise.all([
    getOfficeSettings(db),
    getArchiveSettings(db),
    db.posts.toArray(),
    db.activities.orderBy('date').first(),
  ]);
  const cadreIds = cadreMemberIdsInYear(posts, year);
  return {
    year,
    office,
    settings,
    cadreIds,
    targetOf: (member) =>
      yearlyHoursTarget({
        year,
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
 * Organisation units as the frequency rule sees them. The tree stores no founding date, so a unit
 * counts as set up when it was entered — unless activities of it are on file from before that (the
 * office entered its history), in which case it existed all along.
 */
export async function frequencyUnits(db: LedgerDatabase): Promise<{ units: FrequencyUnit[]; all: OrgUnit[] }> {
  const [units, first] = await Promise.all([db.orgUnits.toArray(), db.activities.orderBy('date').first()]);
  const all = units.filter((unit) => unit.deletedAt === undefined);
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

export const minMaxKeys = { min: Dexie.minKey, max: Dexie.maxKey };
