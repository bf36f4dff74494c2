import type { LedgerDatabase } from '../database';
import { getOfficeSettings } from './settings-repository';

export interface FirstRunProgress {
  officeFilled: boolean;
  hasBranch: boolean;
  hasMember: boolean;
  hasActivity: boolean;
  /** Nothing at all, not even in the recycle bin: the only state the sample community loads into. */
  storeEmpty: boolean;
}

/** What a new ledger has so far: each answer reads at most one live record, whatever the store's size. */
export async function firstRunProgress(db: LedgerDatabase): Promise<FirstRunProgress> {
  const live = (record: { deletedAt?: string | undefined }) => record.deletedAt === undefined;
  const [office, branch, member, activity, ...counts] = await Promise.all([
    getOfficeSettings(db),
    db.orgUnits.filter((unit) => live(unit) && unit.kind === 'branch').first(),
    db.members.filter(live).first(),
    db.activities.filter(live).first(),
    db.orgUnits.count(),
    db.members.count(),
    db.activities.count(),
  ]);
  return {
    officeFilled: office.officeName.trim() !== '' && office.contactPerson.trim() !== '',
    hasBranch: branch !== undefined,
    hasMember: member !== undefined,
    hasActivity: activity !== undefined,
    storeEmpty: counts.every((count) => count === 0),
  };
}

/**
 * Whether this store holds anything (members, activities, organisation units, even in the recycle bin) and
 * how many live members: four counts, the last two on the deletedAt index, whatever the store's size.
 */
export async function storeContents(db: LedgerDatabase): Promise<{ empty: boolean; members: number }> {
  const [units, activities, members, deletedMembers] = await Promise.all([
    db.orgUnits.count(),
    db.activities.count(),
    db.members.count(),
    // Records without deletedAt are not in the index: this counts the recycle bin's members only.
    db.members.orderBy('deletedAt').count(),
  ]);
  return { empty: units + activities + members === 0, members: members - deletedMembers };
}
