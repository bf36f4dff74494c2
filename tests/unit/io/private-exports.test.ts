import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { purgeDeleted } from '../../../renderer/src/db/repositories/recycle-bin-repository';
import { maskDeep } from '../../../renderer/src/domain/rules/masking';
import { changedFields } from '../../../renderer/src/features/backup/change-diff';
import { exportAllToXlsx } from '../../../renderer/src/io/export-all';
import { readSpreadsheet } from '../../../renderer/src/io/roster-import/read-spreadsheet';
import { deleteDatabase, uniqueDatabaseName } from '../db/schema-harness';

const NOW = '2024-05-01T08:00:00.000Z';
const ID = '11010519491231002X';
const PHONE = '13912345678';
const LOCK = { hash: 'f'.repeat(64), salt: 'c2VjcmV0U2FsdA==', iterations: 600_000, idleMinutes: 5 };

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await deleteDatabase(name);
});

async function storeWithHistory(): Promise<LedgerDatabase> {
  const name = uniqueDatabaseName('private');
  names.push(name);
  const db = new LedgerDatabase(name);
  await db.open();
  const member = { id: 'm1', name: '张三', idNumber: ID, phone: PHONE, branchId: 'b1', createdAt: NOW, updatedAt: NOW };
  await db.members.put(member as never);
  await db.members.put({ ...member, phone: '13800138000', updatedAt: '2024-05-02T08:00:00.000Z' } as never);
  await db.members.put({ ...member, deletedAt: '2024-05-03T08:00:00.000Z' } as never);
  await db.settings.put({ key: 'appLock', value: LOCK, updatedAt: NOW });
  return db;
}

async function exportedText(db: LedgerDatabase, full: boolean): Promise<string> {
  const bytes = await exportAllToXlsx(db, { full, label: (table) => table });
  return JSON.stringify(await readSpreadsheet(bytes, 'all.xlsx'));
}

describe('exports and the change log keep personal numbers and secrets in', () => {
  it('the masked whole-store export masks ID numbers and phones inside the change log’s snapshots too', async () => {
    const db = await storeWithHistory();
    expect((await db.changeLog.toArray()).length).toBeGreaterThan(0);
    const text = await exportedText(db, false);
    expect(text).toContain('1101**********002X');
    expect(text).not.toContain(ID);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('13800138000');
  });

  it('no export, masked or full, carries the 程序锁’s hash or salt', async () => {
    const db = await storeWithHistory();
    for (const full of [false, true]) {
      const text = await exportedText(db, full);
      expect(text).not.toContain(LOCK.hash);
      expect(text).not.toContain(LOCK.salt);
    }
    expect(await exportedText(db, true)).toContain(ID);
  });

  it('maskDeep reaches nested records and arrays', () => {
    expect(maskDeep('after', { idNumber: ID, people: [{ phone: PHONE }], note: '备注' })).toEqual({
      idNumber: '1101**********002X',
      people: [{ phone: '139****5678' }],
      note: '备注',
    });
  });

  it('the 操作日志 view shows changed ID numbers and phones masked, like the roster', () => {
    const lines = changedFields(
      { phone: PHONE, idNumber: ID },
      { phone: '13800138000', idNumber: '110105194912310038' },
    );
    expect(lines).toEqual([
      { field: 'phone', before: '139****5678', after: '138****8000' },
      { field: 'idNumber', before: '1101**********002X', after: '1101**********0038' },
    ]);
  });

  it('purging a member also purges the personal fields of their change-log lines, keeping who, when and what', async () => {
    const db = await storeWithHistory();
    const before = await db.changeLog.where('recordId').equals('m1').sortBy('at');
    expect(JSON.stringify(before)).toContain(ID);
    await purgeDeleted(db, 'members', ['m1']);
    const after = await db.changeLog.where('recordId').equals('m1').sortBy('at');
    // The purge's own delete line is there too, scrubbed like the rest.
    expect(after).toHaveLength(before.length + 1);
    expect(JSON.stringify(after)).not.toContain(ID);
    expect(JSON.stringify(after)).not.toContain('张三');
    expect(JSON.stringify(after)).not.toContain(PHONE);
    expect(after.slice(0, before.length).map((line) => [line.action, line.operator, line.at])).toEqual(
      before.map((line) => [line.action, line.operator, line.at]),
    );
  });
});
