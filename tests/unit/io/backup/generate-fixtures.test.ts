import { writeFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { SCHEMA_VERSIONS } from '../../../../renderer/src/db/versions';
import { createBackup } from '../../../../renderer/src/io/backup/write-backup';
import { deleteDatabase, uniqueDatabaseName } from '../../db/schema-harness';
import { seedForFixture } from './fixture-seed';

/**
 * The script that makes tests/fixtures/backups/schema-vN.pdbak, one backup per schema version, as that
 * version's app would have written it. Run after adding a schema version, and commit the new file:
 *   GENERATE_BACKUP_FIXTURES=1 npx vitest run --config tests/unit/vitest.config.ts tests/unit/io/backup/generate-fixtures.test.ts
 */
describe.runIf(process.env['GENERATE_BACKUP_FIXTURES'] === '1')('generate backup fixtures', () => {
  for (const { version } of SCHEMA_VERSIONS) {
    it(`schema v${version}`, async () => {
      const name = uniqueDatabaseName(`fixture-v${version}`);
      const db = new LedgerDatabase(
        name,
        SCHEMA_VERSIONS.filter((v) => v.version <= version),
        { logChanges: false },
      );
      await db.open();
      await seedForFixture(db);
      const { bytes } = await createBackup(db, {
        appVersion: `fixture-v${version}`,
        schemaVersion: version,
        now: new Date('2024-03-01T08:00:00.000Z'),
      });
      db.close();
      await deleteDatabase(name);
      await writeFile(new URL(`../../../fixtures/backups/schema-v${version}.pdbak`, import.meta.url), bytes);
    });
  }
});
