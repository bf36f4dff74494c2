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
  const all = (await db.orgUnits.toArray()).filter((unit) => unit.deletedAt === undefined);
  const units: FrequencyUnit[] = [];
  for (const unit of all) {
    const created = unit.createdAt.slice(0, 10);
    const earlier = await db.activities
      .where('orgUnitIds')
      .equals(unit.id)
      .filter((activity) => activity.date < created)
      .first();
    units.push({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      ...(earlier === undefined ? { activeFrom: created } : {}),
      ...(unit.retiredAt === undefined ? {} : { retiredAt: unit.retiredAt }),
    });
  }
  return { units, all };
}

export const minMaxKeys = { min: Dexie.minKey, max: Dexie.maxKey };
