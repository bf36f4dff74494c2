import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  attachCoursewareToActivity,
  deleteCourseware,
  importCourseware,
  logSelfStudyViewing,
} from '../../../../renderer/src/db/repositories/courseware-repository';
import { studySummaryId } from '../../../../renderer/src/domain/entities/study-summary';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

const now = '2026-05-01T00:00:00.000Z';
const base = { createdAt: now, updatedAt: now };
const typeId = '00000000-0000-4000-8000-000000000001';
const activityId = '00000000-0000-4000-8000-000000000002';

async function seedRemoteEducation(db: LedgerDatabase): Promise<void> {
  await db.activityTypes.add({
    ...base,
    id: typeId,
    name: '远程教育',
    defaultHours: 2,
    frequency: { period: 'none', times: 0, level: 'branch' },
    isOrganisationalLife: false,
    order: 1,
    builtIn: true,
  });
  await db.activities.add({
    ...base,
    id: activityId,
    typeId,
    title: '收看党史专题片',
    orgUnitIds: ['b1'],
    date: '2026-05-10',
    hours: 2,
    materialFileIds: [],
    status: 'held',
  });
  for (const [index, status] of (['present', 'absent', 'late'] as const).entries()) {
    await db.attendance.add({
      ...base,
      id: `00000000-0000-4000-8000-00000000010${index}`,
      activityId,
      memberId: `m${index}`,
      personName: `党员${index}`,
      personCategory: 'member',
      expected: true,
      status,
      hours: status === 'absent' ? 0 : 2,
      date: '2026-05-10',
      order: index,
    });
  }
}

describe('courseware played at a remote-education activity', () => {
  const name = uniqueDatabaseName('courseware');
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = await openCurrent(name);
    await seedRemoteEducation(db);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('imports the entry and its file in one go, the file owned by the entry', async () => {
    const courseware = await importCourseware(
      db,
      { title: '党史故事', kind: 'audio', themes: ['党史'], audiences: ['all'], durationSeconds: 60 },
      { name: 'a.wav', mimeType: 'audio/wav', size: 4, blob: new Blob([new Uint8Array(4)]) },
    );
    const file = await db.files.get(courseware.fileId ?? '');
    expect(file?.ownerId).toBe(courseware.id);
    expect(file?.size).toBe(4);
  });

  it('credits its length to those present: the activity hours become the courseware hours', async () => {
    const courseware = await importCourseware(
      db,
      { title: '党史专题片', kind: 'video', themes: ['党史'], audiences: ['all'], durationSeconds: 45 * 60 },
      { name: 'a.mp4', mimeType: 'video/mp4', size: 4, blob: new Blob([new Uint8Array(4)]) },
    );
    const result = await attachCoursewareToActivity(db, activityId, courseware.id);
    expect(result.activity.hours).toBe(0.8);
    expect(result.activity.materialFileIds).toEqual([courseware.fileId]);
    const rows = await db.attendance.where('activityId').equals(activityId).sortBy('order');
    expect(rows.map((row) => row.hours)).toEqual([0.8, 0, 0.8]);
    expect((await db.studySummaries.get(studySummaryId('m0', 2026)))?.attendanceHours).toBe(0.8);
    expect(await db.studySummaries.get(studySummaryId('m1', 2026))).toBeUndefined();

    const second = await importCourseware(
      db,
      { title: '理论微课', kind: 'video', themes: ['理论'], audiences: ['all'], durationSeconds: 30 * 60 },
      null,
    );
    await attachCoursewareToActivity(db, activityId, second.id);
    await attachCoursewareToActivity(db, activityId, second.id);
    expect((await db.activities.get(activityId))?.hours).toBe(1.3);
    expect((await db.studySummaries.get(studySummaryId('m2', 2026)))?.totalHours).toBe(1.3);
  });

  it('deleting the courseware later keeps the activity, its materials and its hours', async () => {
    const courseware = await importCourseware(
      db,
      { title: '警示教育片', kind: 'video', themes: [], audiences: [], durationSeconds: 3600 },
      { name: 'b.mp4', mimeType: 'video/mp4', size: 4, blob: new Blob([new Uint8Array(4)]) },
    );
    await attachCoursewareToActivity(db, activityId, courseware.id);
    await deleteCourseware(db, courseware.id);
    const activity = await db.activities.get(activityId);
    expect(activity?.hours).toBe(1);
    expect(activity?.materialFileIds).toEqual([courseware.fileId]);
    expect((await db.files.get(courseware.fileId ?? ''))?.deletedAt).toBeUndefined();
    expect((await db.courseware.get(courseware.id))?.deletedAt).toBeDefined();
  });

  it('an individual viewing is logged as self-study for each member chosen', async () => {
    const courseware = await importCourseware(db, { title: '政策解读', kind: 'pdf', themes: [], audiences: [] }, null);
    expect(await logSelfStudyViewing(db, courseware.id, ['m0', 'm1'], '2026-05-20', 1)).toBe(2);
    const rows = await db.coursewareViewings.where('memberId').equals('m0').toArray();
    expect(rows).toMatchObject([{ kind: 'self-study', hours: 1, date: '2026-05-20' }]);
    const entries = await db.studyEntries.where('memberId').equals('m0').toArray();
    expect(entries).toMatchObject([
      { source: 'self-study', content: '观看课件：政策解读', form: '阅读课件', hours: 1 },
    ]);
    expect(rows[0]?.studyEntryId).toBe(entries[0]?.id);
    const summary = await db.studySummaries.get(studySummaryId('m1', 2026));
    expect(summary?.selfStudyHours).toBe(1);
    await expect(logSelfStudyViewing(db, courseware.id, [], '2026-05-20', 1)).rejects.toThrow('请选择观看的党员');
  });
});
