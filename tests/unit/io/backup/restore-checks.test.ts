import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import { boundedInflate, InflateLimitError } from '../../../../renderer/src/io/backup/bounded-inflate';
import { inspectBackup, openBackup } from '../../../../renderer/src/io/backup/read-backup';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { readXlsxSheets } from '../../../../renderer/src/io/roster-import/xlsx-sheets';
import { backupOf, editEntry, scratchDatabases, seedStore } from './helpers';

function editManifest(bytes: Uint8Array, edit: (manifest: Record<string, unknown>) => void): Uint8Array {
  return editEntry(bytes, 'manifest.json', (text) => {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    edit(manifest);
    return JSON.stringify(manifest);
  });
}

describe('a restore checks the file before trusting it', () => {
  const { open } = scratchDatabases();

  it('refuses a later file layout (formatVersion) by name', async () => {
    const db = await open('fmt');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    const later = editManifest(bytes, (manifest) => (manifest['formatVersion'] = 2));
    await expect(openBackup(later, LATEST_SCHEMA_VERSION)).rejects.toThrow(/文件格式（第 2 版）/);
  });

  it('refuses a manifest over 16 MB without parsing it', async () => {
    const huge = zipSync({ 'manifest.json': strToU8(`{"pad":"${'x'.repeat(17 * 1024 * 1024)}"}`) }, { level: 1 });
    await expect(inspectBackup(huge)).rejects.toThrow(/清单过大/);
  });

  it('refuses a part whose declared size is not its entry’s size', async () => {
    const db = await open('size');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    const wrong = editManifest(bytes, (manifest) => {
      const parts = manifest['parts'] as { bytes: number }[];
      const first = parts[0];
      if (first !== undefined) first.bytes += 1;
    });
    await expect(openBackup(wrong, LATEST_SCHEMA_VERSION)).rejects.toThrow(/大小不符/);
  });

  it('refuses an absurd PBKDF2 iteration count instead of hanging on it', async () => {
    const db = await open('iter');
    await seedStore(db);
    const { bytes } = await backupOf(db, { password: 'mima123456' });
    const slow = editManifest(bytes, (manifest) => {
      (manifest['encryption'] as { iterations: number }).iterations = 2_000_000_000;
    });
    await expect(openBackup(slow, LATEST_SCHEMA_VERSION, 'mima123456')).rejects.toThrow();
  });

  it('an encrypted part cannot inflate past its limit (a zip bomb stops early)', () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => boundedInflate(bomb, 1024 * 1024)).toThrow(InflateLimitError);
    expect(boundedInflate(bomb, 8 * 1024 * 1024)).toHaveLength(8 * 1024 * 1024);
  });

  it('a workbook that inflates past the limit is refused, not handed on', async () => {
    const sheet = `<worksheet><sheetData>${' '.repeat(4 * 1024 * 1024)}</sheetData></worksheet>`;
    const workbook = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    await expect(readXlsxSheets(workbook, undefined, 1024 * 1024)).rejects.toThrow(InflateLimitError);
  });

  it('a row that does not fit its table’s schema refuses the restore, naming the table and the row', async () => {
    const db = await open('row');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    const bad = editEntry(bytes, 'data/members/000001.jsonl', (text) => text.replace('"name":"张三"', '"name":12345'));
    // The part's hash would catch a plain edit: the manifest is rewritten to match, as a forger would.
    const { sha256Hex } = await import('../../../../renderer/src/io/backup/backup-crypto');
    const { unzipSync } = await import('fflate');
    const entry = unzipSync(bad)['data/members/000001.jsonl'] ?? new Uint8Array();
    const forged = editManifest(bad, (manifest) => {
      for (const part of manifest['parts'] as { name: string; sha256: string; bytes: number }[]) {
        if (part.name !== 'data/members/000001.jsonl') continue;
        part.bytes = entry.length;
      }
    });
    const hash = await sha256Hex(entry);
    const forgedAll = editManifest(forged, (manifest) => {
      for (const part of manifest['parts'] as { name: string; sha256: string }[]) {
        if (part.name === 'data/members/000001.jsonl') part.sha256 = hash;
      }
    });
    await expect(restoreBackup(db, forgedAll, { mode: 'replace' })).rejects.toThrow(
      /“members”表的第 1 条记录（m1）不符合数据格式（字段 name/,
    );
  });

  it('the restore itself refuses the same files and leaves the store as it was', async () => {
    const db = await open('whole');
    await seedStore(db);
    const { bytes } = await backupOf(db);
    const later = editManifest(bytes, (manifest) => (manifest['formatVersion'] = 99));
    await expect(restoreBackup(db, later, { mode: 'replace' })).rejects.toThrow(
      /本机数据没有任何改动|未做任何改动|没有改动/,
    );
  });
});
