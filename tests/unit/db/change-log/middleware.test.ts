import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentOperator } from '../../../../renderer/src/db/change-log/operator';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { REDACTED } from '../../../../renderer/src/db/change-log/middleware';
import { saveAppLock } from '../../../../renderer/src/db/repositories/safety-settings-repository';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

const member = { id: 'm1', name: '张三', branchId: 'b1', idNumber: '11010519491231002X', updatedAt: '2024-01-01' };

describe('the change log records every write', () => {
  const name = uniqueDatabaseName('log');
  afterEach(() => deleteDatabase(name));

  it('logs a create, an edit with before and after, a soft delete and a hard delete, with the operator', async () => {
    setCurrentOperator('李四');
    const db = new LedgerDatabase(name);
    await db.members.add(member as never);
    await db.members.update('m1', { name: '张三丰' });
    await db.members.put({ ...member, name: '张三丰', deletedAt: '2024-02-01' } as never);
    await db.members.delete('m1');
    const lines = await db.changeLog.orderBy('at').toArray();
    expect(lines.map((line) => line.action)).toEqual(['create', 'update', 'delete', 'delete']);
    expect(lines[1]?.before).toMatchObject({ name: '张三' });
    expect(lines[1]?.after).toMatchObject({ name: '张三丰' });
    expect(lines.every((line) => line.operator === '李四' && line.tableName === 'members')).toBe(true);
    setCurrentOperator('');
    db.close();
  });

  it('a write inside an explicit transaction is logged in that transaction, and rolls back with it', async () => {
    const db = new LedgerDatabase(name);
    await db
      .transaction('rw', db.members, async () => {
        await db.members.add(member as never);
        throw new Error('boom');
      })
      .catch(() => undefined);
    expect(await db.members.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
    await db.transaction('rw', db.members, () => db.members.add(member as never));
    expect(await db.changeLog.count()).toBe(1);
    db.close();
  });

  it('a bulk write is one summary line, and derived summaries are not logged', async () => {
    const db = new LedgerDatabase(name);
    await db.members.bulkAdd(Array.from({ length: 100 }, (_, i) => ({ ...member, id: `m${i}` })) as never);
    await db.studySummaries.put({ id: 's1', memberId: 'm1', year: 2024 } as never);
    const lines = await db.changeLog.toArray();
    expect(lines).toHaveLength(1);
    expect(lines[0]?.summary).toBe('批量新增 100 条');
    db.close();
  });

  it('the app-lock password hash and salt never appear in the log: the line says the lock changed, not its value', async () => {
    const db = new LedgerDatabase(name);
    const lock = { hash: 'ab'.repeat(32), salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iterations: 310_000, idleMinutes: 10 };
    await saveAppLock(db, lock);
    await saveAppLock(db, { ...lock, hash: 'cd'.repeat(32) });
    await saveAppLock(db, null);
    const lines = await db.changeLog.where('tableName').equals('settings').toArray();
    expect(lines.map((line) => line.action).sort()).toEqual(['create', 'delete', 'update']);
    const text = JSON.stringify(lines);
    expect(text).not.toContain('abab');
    expect(text).not.toContain('cdcd');
    expect(text).not.toContain(lock.salt);
    expect(lines.find((line) => line.action === 'update')?.after).toMatchObject({ key: 'appLock', value: REDACTED });
    db.close();
  });
});
