import type Dexie from 'dexie';
import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v8 } from './v8';
import { v9 } from './v9';
import { v13 } from './v13';
import { v14 } from './v14';
import { v15 } from './v15';
import { v16 } from './v16';

/** Every schema version ever released, oldest first. Add a new file; never edit a released one. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v13, v14, v15, v16];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade !== undefined) declared.upgrade(upgrade);
  }
}
