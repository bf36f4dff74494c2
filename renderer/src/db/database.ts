import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { SchemaVersion } from './versions/schema-version';
import { applySchemaVersions, SCHEMA_VERSIONS } from './versions';

export const DATABASE_NAME = 'party-edu-ledger';

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** The office's whole store. Tables are declared here; their indexes live in versions/. */
export class LedgerDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    applySchemaVersions(this, versions);
  }
}
