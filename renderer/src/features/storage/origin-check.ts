import type { LedgerDatabase } from '../../db/database';
import { storeContents } from '../../db/repositories/first-run-repository';
import { todayIso } from '../../domain/entities/dates';
import { readOriginEntries, writeOriginEntries } from '../../platform/origin-cookie';
import type { EmptyStoreNotice } from '../../platform/origin-list';
import { emptyStoreNotice, updateOriginEntries } from '../../platform/origin-list';

let atStart: Promise<EmptyStoreNotice | null> | undefined;

/** Notes in the shared cookie whether this origin holds data, and returns the store's contents. */
async function recordThisOrigin(db: LedgerDatabase, before = readOriginEntries()) {
  const contents = await storeContents(db);
  writeOriginEntries(updateOriginEntries(before, location.origin, contents, todayIso()));
  return contents;
}

/**
 * Browser mode, once at start: what the cookie said before this start is what tells "data elsewhere" or
 * "data gone from here" apart, so it is read before this origin's own entry is updated.
 */
export function checkOriginAtStart(db: LedgerDatabase): Promise<EmptyStoreNotice | null> {
  atStart ??= (async () => {
    const before = readOriginEntries();
    const contents = await recordThisOrigin(db, before);
    return contents.empty ? emptyStoreNotice(location.origin, before) : null;
  })().catch(() => null);
  return atStart;
}

/** The start notice while the store is still empty; a restore or a first member puts it away. */
export async function currentOriginNotice(db: LedgerDatabase): Promise<EmptyStoreNotice | null> {
  const notice = await checkOriginAtStart(db);
  const contents = await recordThisOrigin(db);
  return contents.empty ? notice : null;
}
