import { afterEach, describe, expect, it } from 'vitest';
import { getOfficeSettings, saveOfficeSettings } from '../../../../renderer/src/db/repositories/settings-repository';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../renderer/src/domain/entities/settings';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import { deleteDatabase, openCurrent, seedAtVersion, uniqueDatabaseName } from '../schema-harness';

describe('schema v1 (settings)', () => {
  const name = uniqueDatabaseName('v1');
  afterEach(() => deleteDatabase(name));

  it('a new store opens at the latest version with the default study-hour targets', async () => {
    const db = await openCurrent(name);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await getOfficeSettings(db)).toEqual(DEFAULT_OFFICE_SETTINGS);
    db.close();
  });

  it('settings written by a v1 release survive opening with the current code', async () => {
    await seedAtVersion(name, 1, async (old) => {
      await old.table('settings').put({
        key: 'office',
        value: { officeName: '中共幸福社区委员会', contactPerson: '李梅' },
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    });
    const db = await openCurrent(name);
    const settings = await getOfficeSettings(db);
    expect(settings.officeName).toBe('中共幸福社区委员会');
    expect(settings.contactPerson).toBe('李梅');
    expect(settings.hoursTargetMember).toBe(32);
    db.close();
  });

  it('an invalid phone number is refused and the stored settings stay as they were', async () => {
    const db = await openCurrent(name);
    await saveOfficeSettings(db, { ...DEFAULT_OFFICE_SETTINGS, officeName: '中共幸福社区委员会' });
    await expect(saveOfficeSettings(db, { ...DEFAULT_OFFICE_SETTINGS, contactPhone: '12345' })).rejects.toThrow();
    expect((await getOfficeSettings(db)).officeName).toBe('中共幸福社区委员会');
    db.close();
  });
});
