import { LedgerDatabase, DATABASE_NAME } from './database';
import { readActivePointer } from './active-database';
import { sweepStaleDatabases } from './restore-lock';
import { LATEST_SCHEMA_VERSION } from './versions';

/** Why the store could not be opened, in words for the office. The data is never touched. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: 'newer-version' | 'blocked' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

/** IndexedDB stores Dexie's version multiplied by 10. */
const NATIVE_VERSION_FACTOR = 10;

async function storedSchemaVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases !== 'function') return null;
  const existing = (await indexedDB.databases()).find((info) => info.name === name);
  return existing?.version === undefined ? null : existing.version / NATIVE_VERSION_FACTOR;
}

export async function openDatabase(name: string = DATABASE_NAME): Promise<LedgerDatabase> {
  let stored: number | null;
  try {
    stored = await storedSchemaVersion(name);
  } catch (error) {
    throw unavailable(error);
  }
  if (stored !== null && stored > LATEST_SCHEMA_VERSION) {
    throw new DatabaseOpenError(
      'newer-version',
      `本机的数据由更新版本的台账程序写入（数据版本 ${stored}），当前程序只认识到数据版本 ${LATEST_SCHEMA_VERSION}。` +
        '为免损坏数据，程序没有打开它。请安装最新版本的社区党员教育台账后再打开；数据保持原样，未做任何改动。',
    );
  }
  const db = new LedgerDatabase(name);
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (error instanceof Error && error.name === 'VersionError') {
      throw new DatabaseOpenError(
        'newer-version',
        '本机的数据由更新版本的台账程序写入，当前程序无法打开。请安装最新版本；数据未做任何改动。',
      );
    }
    throw unavailable(error);
  }
  db.on('versionchange', () => {
    // Another window (e.g. a newer version) is upgrading the store: let it, and reload on our side.
    db.close();
    window.location.reload();
  });
  return db;
}

/**
 * Opens the database the active pointer names (a restore may have switched it), then removes what an
 * interrupted restore left behind.
 */
export async function openActiveDatabase(): Promise<LedgerDatabase> {
  let pointer;
  try {
    pointer = await readActivePointer();
  } catch (error) {
    throw unavailable(error);
  }
  const db = await openDatabase(pointer.name);
  void sweepStaleDatabases(pointer.name).catch(() => undefined);
  return db;
}

function unavailable(error: unknown): DatabaseOpenError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new DatabaseOpenError(
    'unavailable',
    `无法打开本机数据库（${detail}）。请关闭其他正在运行的台账窗口后重试；若仍失败，请联系技术人员，数据文件请勿删除。`,
  );
}
