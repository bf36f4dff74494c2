import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { readActivePointer } from '../../../../renderer/src/db/active-database';
import { DATABASE_NAME } from '../../../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import { BackupError } from '../../../../renderer/src/io/backup/backup-error';
import { sha256Hex } from '../../../../renderer/src/io/backup/backup-crypto';
import { inspectBackup } from '../../../../renderer/src/io/backup/read-backup';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { backupOf, dumpAll, editEntry, member, scratchDatabases, seedStore } from './helpers';

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('backup and restore', () => {
  const { open, openRestored } = scratchDatabases();

  it('the manifest lists every table with its count and a SHA-256 of each part that matches the part', async () => {
    const db = await open('manifest');
    await seedStore(db);
    const { bytes, manifest } = await backupOf(db);
    expect(manifest.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(Object.keys(manifest.tables).sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(manifest.tables['attendance']?.count).toBe(25);
    expect(manifest.parts.filter((p) => p.table === 'attendance').map((p) => p.rows)).toEqual([10, 10, 5]);
    expect(manifest.parts.some((p) => p.kind === 'blob' && p.table === 'files')).toBe(true);
    const entries = unzipSync(bytes);
    for (const part of manifest.parts) {
      const entry = entries[part.name];
      expect(entry).toBeDefined();
      expect(await sha256Hex(entry ?? new Uint8Array())).toBe(part.sha256);
    }
    expect((await inspectBackup(bytes)).createdAt).toBe(manifest.createdAt);
    db.close();
  });

  it('replace: after changes and deletes, a restore gives back every table exactly as at backup time', async () => {
    const db = await open('replace');
    await seedStore(db);
    const atBackup = await dumpAll(db);
    const { bytes } = await backupOf(db);
    await db.members.update('m1', { name: '王五' });
    await db.attendance.clear();
    await db.files.delete('f1');
    const result = await restoreBackup(db, bytes, { mode: 'replace' });
    const restored = await openRestored(result.databaseName);
    expect((await readActivePointer()).name).toBe(result.databaseName);
    expect((await readActivePointer()).previous).toBe(db.name);
    const after = await dumpAll(restored);
    const { changeLog: logAfter, ...rest } = after;
    const { changeLog: logBefore, ...restBefore } = atBackup;
    expect(rest).toEqual(restBefore);
    // The restore itself is the one new line in the log.
    expect(logAfter?.length).toBe((logBefore?.length ?? 0) + 1);
    restored.close();
    // The old database is whole, kept as 恢复前的数据.
    expect((await db.members.get('m1'))?.name).toBe('王五');
    db.close();
  });

  it('merge: newer updatedAt wins per record, records on one side are kept, conflicts are listed', async () => {
    const db = await open('merge');
    await db.members.bulkPut([member('m1', '张三', '2024-01-01'), member('m2', '李四', '2024-01-01')] as never);
    const { bytes } = await backupOf(db);
    // After the backup: m1 edited here later than in the backup, m3 added here.
    await db.members.put(member('m1', '张三（本机改）', '2024-03-01') as never);
    await db.members.put(member('m3', '王五', '2024-03-01') as never);
    // …and the backup is made "newer" for m2 by editing it in another store.
    const other = await open('merge-other');
    await other.members.bulkPut([
      member('m1', '张三', '2024-01-01'),
      member('m2', '李四（备份改）', '2024-04-01'),
    ] as never);
    const newer = await backupOf(other);
    const result = await restoreBackup(db, newer.bytes, { mode: 'merge' });
    const merged = await openRestored(result.databaseName);
    expect((await merged.members.get('m1'))?.name).toBe('张三（本机改）');
    expect((await merged.members.get('m2'))?.name).toBe('李四（备份改）');
    expect((await merged.members.get('m3'))?.name).toBe('王五');
    expect(result.conflicts.filter((c) => c.table === 'members').map((c) => [c.id, c.kept])).toEqual([
      ['m1', 'current'],
      ['m2', 'backup'],
    ]);
    merged.close();
    expect(bytes.length).toBeGreaterThan(0);
    db.close();
    other.close();
  });

  it('an encrypted backup round-trips with its password; the manifest says it is encrypted', async () => {
    const db = await open('enc');
    await seedStore(db);
    const before = await dumpAll(db);
    const { bytes, manifest } = await backupOf(db, { password: '正确密码123' });
    expect(manifest.encryption?.algorithm).toBe('AES-GCM');
    // No personal data is readable in the file.
    expect(new TextDecoder().decode(unzipSync(bytes)['data/members/000001.jsonl'])).not.toContain('张三');
    const result = await restoreBackup(db, bytes, { mode: 'replace', password: '正确密码123' });
    const restored = await openRestored(result.databaseName);
    const { changeLog: _a, ...after } = await dumpAll(restored);
    const { changeLog: _b, ...expected } = before;
    expect(after).toEqual(expected);
    restored.close();
    db.close();
  });

  it('a wrong or missing password is refused with its own message and nothing changes', async () => {
    const db = await open('wrongpw');
    await seedStore(db);
    const { bytes } = await backupOf(db, { password: 'secret-1' });
    const wrong = await refusal(restoreBackup(db, bytes, { mode: 'replace', password: 'secret-2' }));
    expect(wrong.kind).toBe('wrong-password');
    expect(wrong.message).toMatch(/密码不正确/);
    const missing = await refusal(restoreBackup(db, bytes, { mode: 'replace' }));
    expect(missing.kind).toBe('password-required');
    expect((await readActivePointer()).name).toBe(DATABASE_NAME);
    db.close();
  });

  describe('bad backups are refused, each with its own message, and nothing stored changes', () => {
    const cases: [string, string, (good: Uint8Array) => Uint8Array, RegExp][] = [
      ['empty', 'empty', () => new Uint8Array(0), /空的/],
      ['truncated', 'truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /不完整/],
      [
        'edited (hash mismatch)',
        'damaged',
        (good) => editEntry(good, 'data/members/000001.jsonl', (text) => text.replace('张三', '张四')),
        /校验值不符/,
      ],
      ['a renamed other file', 'not-backup', () => strToU8('姓名,身份证号\n张三,110105'), /不是本程序的备份文件/],
      [
        'a renamed other zip (.docx)',
        'not-backup',
        () => zipSync({ 'word/document.xml': strToU8('<w/>') }),
        /不是本程序/,
      ],
      [
        'from a newer version',
        'newer-version',
        (good) =>
          editEntry(good, 'manifest.json', (text) => text.replace(/"schemaVersion": \d+/, '"schemaVersion": 999')),
        /更新版本/,
      ],
    ];
    for (const [label, kind, corrupt, message] of cases) {
      it(label, async () => {
        const db = await open('bad');
        await seedStore(db);
        const before = await dumpAll(db);
        const { bytes } = await backupOf(db);
        const error = await refusal(restoreBackup(db, corrupt(bytes), { mode: 'replace' }));
        expect(error.kind).toBe(kind);
        expect(error.message).toMatch(message);
        expect(error.message).toMatch(/没有任何改动/);
        expect(await dumpAll(db)).toEqual(before);
        expect((await readActivePointer()).name).toBe(DATABASE_NAME);
        db.close();
      });
    }
  });

  it('a restore interrupted before the switch leaves the pointer on the old, whole data and no new database', async () => {
    const db = await open('interrupt');
    await seedStore(db);
    const before = await dumpAll(db);
    const { bytes } = await backupOf(db);
    await db.members.update('m1', { name: '改过' });
    const changed = await dumpAll(db);
    const error = await refusal(
      restoreBackup(db, bytes, {
        mode: 'replace',
        beforeSwitch: () => Promise.reject(new Error('窗口已关闭')),
      }),
    );
    expect(error.kind).toBe('interrupted');
    expect((await readActivePointer()).name).toBe(DATABASE_NAME);
    expect(await dumpAll(db)).toEqual(changed);
    expect(before).not.toEqual(changed);
    const leftovers = (await indexedDB.databases()).filter((info) => info.name?.startsWith(`${DATABASE_NAME}-r`));
    expect(leftovers).toEqual([]);
    db.close();
  });
});
