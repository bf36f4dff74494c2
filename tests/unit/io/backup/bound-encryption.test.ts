import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import { openBackup, verifyBackup } from '../../../../renderer/src/io/backup/read-backup';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { backupOf, dumpAll, scratchDatabases, seedStore } from './helpers';

const PASSWORD = 'beifen2024';

function rewrite(
  bytes: Uint8Array,
  edit: (entries: Map<string, Uint8Array>, manifest: Record<string, unknown>) => void,
): Uint8Array {
  const entries = new Map<string, Uint8Array>(Object.entries(unzipSync(bytes)));
  const text = new TextDecoder().decode(entries.get('manifest.json') ?? new Uint8Array());
  const manifest = JSON.parse(text) as Record<string, unknown>;
  edit(entries, manifest);
  entries.set('manifest.json', strToU8(JSON.stringify(manifest)));
  return zipSync(Object.fromEntries(entries));
}

type Part = { name: string; table: string; rows?: number };

describe('encrypted backups bind every part to its place and authenticate the manifest', () => {
  const { open, openRestored } = scratchDatabases();

  it('an untouched encrypted backup restores the same data', async () => {
    const db = await open('bound-ok');
    await seedStore(db);
    const { bytes, manifest } = await backupOf(db, { password: PASSWORD });
    expect(manifest.encryption?.bound).toBe(true);
    expect(manifest.encryption?.manifestTag).toBeDefined();
    const result = await restoreBackup(db, bytes, { mode: 'replace', password: PASSWORD });
    const restored = await dumpAll(await openRestored(result.databaseName));
    expect(restored['members']).toEqual((await dumpAll(db))['members']);
  });

  it('a part dropped from the file and the manifest is noticed', async () => {
    const db = await open('bound-drop');
    await seedStore(db);
    const { bytes } = await backupOf(db, { password: PASSWORD });
    const dropped = rewrite(bytes, (entries, manifest) => {
      const parts = manifest['parts'] as Part[];
      const victim = parts.find((part) => part.table === 'attendance');
      if (victim === undefined) throw new Error('no attendance part');
      manifest['parts'] = parts.filter((part) => part !== victim);
      const tables = manifest['tables'] as Record<string, { count: number }>;
      const attendance = tables['attendance'];
      if (attendance !== undefined) attendance.count -= victim.rows ?? 0;
      entries.delete(victim.name);
    });
    await expect(openBackup(dropped, LATEST_SCHEMA_VERSION, PASSWORD)).rejects.toThrow(/清单与加密内容不符/);
  });

  it('two parts swapped (names exchanged) cannot be decrypted', async () => {
    const db = await open('bound-swap');
    await seedStore(db);
    const { bytes } = await backupOf(db, { password: PASSWORD });
    const swapped = rewrite(bytes, (entries, manifest) => {
      const parts = (manifest['parts'] as Part[]).filter((part) => part.table === 'attendance');
      const [a, b] = parts;
      if (a === undefined || b === undefined) throw new Error('need two attendance parts');
      const bytesA = entries.get(a.name);
      const bytesB = entries.get(b.name);
      if (bytesA === undefined || bytesB === undefined) throw new Error('missing entries');
      entries.set(a.name, bytesB);
      entries.set(b.name, bytesA);
      // The forger fixes the hashes and sizes too; only the binding can tell.
      const all = manifest['parts'] as (Part & { sha256: string; bytes: number })[];
      const first = all.find((part) => part.name === a.name);
      const second = all.find((part) => part.name === b.name);
      if (first === undefined || second === undefined) throw new Error('missing parts');
      [first.sha256, second.sha256] = [second.sha256, first.sha256];
      [first.bytes, second.bytes] = [second.bytes, first.bytes];
    });
    const opened = await openBackup(swapped, LATEST_SCHEMA_VERSION, PASSWORD).catch((error: unknown) => error);
    if (opened instanceof Error) {
      expect(opened.message).toMatch(/清单与加密内容不符|无法解密/);
      return;
    }
    await expect(verifyBackup(opened as Awaited<ReturnType<typeof openBackup>>)).rejects.toThrow(/无法解密|清单/);
  });
});
