import { DATABASE_NAME } from './database';
import { deleteDatabases, findStaleDatabases, newRestoreDatabaseName } from './active-database';

/**
 * Two windows (browser tabs) of the app share one store. A restore or merge in one of them writes a
 * new database and switches the pointer; without these locks a second window could start its own
 * restore at the same time, keep writing into the store the first one is replacing, or (when it
 * starts) sweep away the database the first one is still writing.
 *
 * Web Locks are released by the browser when the window holding them closes or crashes, so a lock can
 * never outlive an interrupted restore. Electron's Chromium always has them; a browser without
 * `navigator.locks` (very old ones only) restores without the lock, as the app did before.
 */
const RESTORE_LOCK = `${DATABASE_NAME}:restore`;
const WRITING_LOCK_PREFIX = `${DATABASE_NAME}:writing:`;
const CHANNEL_NAME = DATABASE_NAME;

export const RESTORE_BUSY_MESSAGE = '另一个窗口正在恢复备份，请等它完成后再试。';

export class RestoreBusyError extends Error {
  constructor() {
    super(RESTORE_BUSY_MESSAGE);
    this.name = 'RestoreBusyError';
  }
}

/** What one window tells the others about a restore (or 退回/撤销恢复, which switch the pointer too). */
export type RestoreMessage = { type: 'restoring' } | { type: 'restored' } | { type: 'restore-ended' };

function lockManager(): LockManager | undefined {
  // Missing outside secure contexts and in old browsers, whatever the DOM typings say.
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

export function writingLockName(databaseName: string): string {
  return `${WRITING_LOCK_PREFIX}${databaseName}`;
}

let sharedChannel: BroadcastChannel | null = null;

/**
 * One channel per window for saying and hearing: a BroadcastChannel does not hear its own messages,
 * so a window is never told about its own restore.
 */
function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  sharedChannel ??= new BroadcastChannel(CHANNEL_NAME);
  return sharedChannel;
}

function announce(message: RestoreMessage): void {
  channel()?.postMessage(message);
}

/** Listens to what other windows say about restores; returns the function that stops listening. */
export function onRestoreMessage(listener: (message: RestoreMessage) => void): () => void {
  const heard = channel();
  if (heard === null) return () => undefined;
  const handle = (event: MessageEvent<RestoreMessage>) => listener(event.data);
  heard.addEventListener('message', handle);
  return () => heard.removeEventListener('message', handle);
}

/**
 * Runs a restore, merge or pointer switch as the only one of all the app's windows, or refuses with
 * RestoreBusyError when another window is doing one. `work` gets the name of the new database to
 * write; a lock named for it is held until `work` ends, so no window's start-up sweep deletes it.
 * The other windows are told first to pause and, once `work` succeeded (the pointer is switched), to
 * reload.
 */
export async function withRestoreLock<T>(work: (databaseName: string) => Promise<T>): Promise<T> {
  const locks = lockManager();
  const databaseName = newRestoreDatabaseName();
  const run = async () => {
    announce({ type: 'restoring' });
    try {
      const result = await work(databaseName);
      announce({ type: 'restored' });
      return result;
    } catch (error) {
      announce({ type: 'restore-ended' });
      throw error;
    }
  };
  if (locks === undefined) return run();
  return locks.request(RESTORE_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock === null) throw new RestoreBusyError();
    return locks.request(writingLockName(databaseName), run);
  });
}

/**
 * Runs the start-up sweep of stale databases only when no restore is running in any window (and keeps
 * restores from starting while it runs); `held` lists the databases some window is writing. Returns
 * null (and sweeps nothing) while a restore runs: the next start sweeps instead.
 */
export async function whileNoRestore<T>(sweep: (held: Set<string>) => Promise<T>): Promise<T | null> {
  const locks = lockManager();
  if (locks === undefined) return sweep(new Set());
  return locks.request(RESTORE_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock === null) return null;
    const { held = [], pending = [] } = await locks.query();
    const writing = new Set(
      [...held, ...pending]
        .map((info) => info.name ?? '')
        .filter((name) => name.startsWith(WRITING_LOCK_PREFIX))
        .map((name) => name.slice(WRITING_LOCK_PREFIX.length)),
    );
    return sweep(writing);
  });
}

/**
 * Resolves once no window is restoring (at once when none is); the paused window then checks the
 * pointer. This also covers a restoring window that closed or crashed without saying so.
 */
export async function untilNoRestore(): Promise<void> {
  const locks = lockManager();
  if (locks === undefined) return;
  await locks.request(RESTORE_LOCK, { mode: 'shared' }, () => undefined);
}

/**
 * The start-up sweep of what interrupted restores left behind: skipped while any window restores, and
 * never deleting the database `opened` by this window or one whose writing lock some window holds.
 * Only the choice is made under the restore lock: a deletion that waits on a window slow to let go of
 * its connection must not keep every window from restoring. A restore starting meanwhile writes a new
 * name and keeps the one in use as its previous, neither of them on the list.
 */
export async function sweepStaleDatabases(opened: string): Promise<string[]> {
  const stale = (await whileNoRestore((writing) => findStaleDatabases([opened, ...writing]))) ?? [];
  await deleteDatabases(stale);
  return stale;
}
