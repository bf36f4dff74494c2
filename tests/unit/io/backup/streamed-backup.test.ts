import { describe, expect, it } from 'vitest';
import { recomputeStudySummaries } from '../../../../renderer/src/db/repositories/study-summary-repository';
import { LATEST_SCHEMA_VERSION } from '../../../../renderer/src/db/versions';
import type { BackupSource } from '../../../../renderer/src/io/backup/backup-source';
import { bytesSource } from '../../../../renderer/src/io/backup/backup-source';
import { memorySink } from '../../../../renderer/src/io/backup/backup-sink';
import { restoreBackup } from '../../../../renderer/src/io/backup/restore-backup';
import { writeBackup } from '../../../../renderer/src/io/backup/write-backup';
import { backupOf, dumpAll, member, NOW, scratchDatabases, seedStore } from './helpers';

/** A source that records every slice asked of it. */
function recordingSource(bytes: Uint8Array): BackupSource & { reads: number[] } {
  const inner = bytesSource(bytes);
  const reads: number[] = [];
  return {
    name: inner.name,
    size: inner.size,
    reads,
    read(offset, length) {
      reads.push(length);
      return inner.read(offset, length);
    },
  };
}

function attendanceRow(id: string, activityId: string, date: string) {
  return {
    id,
    activityId,
    memberId: 'm1',
    date,
    hours: 2,
    status: 'present',
    expected: true,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

function heldActivity(id: string, date: string) {
  return { id, typeId: 't1', title: '党课', date, status: 'held', orgUnitIds: ['b1'], createdAt: NOW, updatedAt: NOW };
}

describe('streamed backup and sliced restore', () => {
  const { open, openRestored } = scratchDatabases();

  it('restore reads the file in slices no bigger than one part, never the whole file, and gives the same data', async () => {
    const db = await open('sliced');
    await seedStore(db);
    await db.attendance.bulkPut(
      Array.from({ length: 3000 }, (_, i) => ({
        ...attendanceRow(`x${String(i).padStart(5, '0')}`, `act${String(i % 40)}`, '2024-03-01'),
        note: `第 ${String(i)} 条 ${Math.random().toString(36)}`,
      })) as never,
    );
    const before = await dumpAll(db);
    const sink = memorySink();
    const streamed = await writeBackup(db, sink, {
      appVersion: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      rowsPerPart: 200,
    });
    const bytes = sink.bytes();
    expect(streamed.size).toBe(bytes.length);
    const source = recordingSource(bytes);
    const result = await restoreBackup(db, source, { mode: 'replace' });
    const restored = await openRestored(result.databaseName);
    expect(Math.max(...source.reads)).toBeLessThan(bytes.length / 5);
    const { changeLog: _a, ...after } = await dumpAll(restored);
    const { changeLog: _b, ...expected } = before;
    expect(after).toEqual(expected);
    restored.close();
    db.close();
  });

  it('merge recomputes the study summaries of member-years whose attendance came from the other side', async () => {
    // The backup (another PC) has two attended lessons for 张三 in 2024; this PC knows only the first,
    // and its summary was computed later, so it would win the merge by updatedAt with one lesson.
    const other = await open('merge-summary-other');
    await other.members.put(member('m1', '张三') as never);
    await other.activities.bulkPut([heldActivity('act1', '2024-03-01'), heldActivity('act2', '2024-04-01')] as never);
    await other.attendance.bulkPut([
      attendanceRow('a1', 'act1', '2024-03-01'),
      attendanceRow('a2', 'act2', '2024-04-01'),
    ] as never);
    await recomputeStudySummaries(other, [{ memberId: 'm1', year: 2024 }]);
    const { bytes } = await backupOf(other);

    const db = await open('merge-summary');
    await db.members.put(member('m1', '张三') as never);
    await db.activities.bulkPut([heldActivity('act1', '2024-03-01')] as never);
    await db.attendance.bulkPut([attendanceRow('a1', 'act1', '2024-03-01')] as never);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recomputeStudySummaries(db, [{ memberId: 'm1', year: 2024 }]);
    expect((await db.studySummaries.get('m1:2024'))?.activitiesAttended).toBe(1);

    const result = await restoreBackup(db, bytes, { mode: 'merge' });
    const merged = await openRestored(result.databaseName);
    expect(await merged.attendance.count()).toBe(2);
    const summary = await merged.studySummaries.get('m1:2024');
    expect(summary?.activitiesAttended).toBe(2);
    expect(summary?.attendanceHours).toBe(4);
    merged.close();
    db.close();
    other.close();
  });
});
