import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/versions';
import { inspectBackup } from '../../../../renderer/src/io/backup/read-backup';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { scratchDatabases } from './helpers';

const folder = new URL('../../../fixtures/backups/', import.meta.url);
const fixtures = (await readdir(folder)).filter((name) => name.endsWith('.pdbak')).sort();

describe('a backup from each earlier schema version is upgraded on restore', () => {
  const { open, openRestored } = scratchDatabases();

  it('there is a fixture for the first released schema version', () => {
    expect(fixtures).toContain('schema-v1.pdbak');
  });

  for (const file of fixtures) {
    it(`${file} restores into the current schema with its data`, async () => {
      const bytes = new Uint8Array(await readFile(new URL(file, folder)));
      const manifest = await inspectBackup(bytes);
      expect(SCHEMA_VERSIONS.some((v) => v.version === manifest.schemaVersion)).toBe(true);
      const current = await open('upgrade-current');
      const result = await restoreBackup(current, bytes, { mode: 'replace' });
      current.close();
      const restored = await openRestored(result.databaseName);
      expect(restored.verno).toBe(LATEST_SCHEMA_VERSION);
      expect(((await restored.settings.get('office'))?.value as { officeName: string }).officeName).toBe(
        '中共幸福社区委员会',
      );
      for (const [table, { count }] of Object.entries(manifest.tables)) {
        // The change log gains one line: the restore.
        expect(await restored.table(table).count()).toBe(table === 'changeLog' ? count + 1 : count);
      }
      if (manifest.tables['members'] !== undefined) expect((await restored.members.toArray())[0]?.name).toBe('张三');
      if (manifest.tables['files'] !== undefined)
        expect(await (await restored.files.toArray())[0]?.blob?.text()).toBe('签到表');
      restored.close();
    });
  }
});
