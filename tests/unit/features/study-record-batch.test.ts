import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { studyRecordOf } from '../../../renderer/src/db/repositories/study-record-repository';
import type { Member } from '../../../renderer/src/domain/entities/member';
import { createStudyRecordPress } from '../../../renderer/src/documents/study-record-press';
import { BatchCancelled, makeStudyRecordBatch } from '../../../renderer/src/features/documents/study-record-batch';
import { documentXml, plainText } from '../../documents/ooxml';
import { deleteDatabase, uniqueDatabaseName } from '../db/schema-harness';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const memberId = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

function member(index: number): Member {
  return {
    id: memberId(index),
    name: index === 2 ? '同名' : index === 3 ? '同名' : `党员${index}`,
    branchId: 'b1',
  } as Member;
}

describe('the year-end batch of study records', () => {
  let db: LedgerDatabase;
  let name: string;
  const members = Array.from({ length: 120 }, (_, index) => member(index + 1));
  const context = { branchName: () => '第一党支部', targetHours: () => 32 };

  beforeEach(async () => {
    name = uniqueDatabaseName('study-record-batch');
    db = new LedgerDatabase(name);
    await db.open();
    await db.activityTypes.put({
      id: 'day',
      ...stamp,
      name: '主题党日',
      defaultHours: 2,
      frequency: { period: 'month', times: 1, level: 'branch' },
      isOrganisationalLife: true,
      order: 1,
      builtIn: true,
    });
    await db.activities.put({
      id: 'a1',
      ...stamp,
      typeId: 'day',
      title: '3月主题党日',
      orgUnitIds: ['b1'],
      date: '2026-03-10',
      hours: 2,
      materialFileIds: [],
      status: 'held',
      hostName: '李书记',
    });
    // Every other member attended.
    await db.attendance.bulkPut(
      members
        .filter((_, index) => index % 2 === 0)
        .map((m, index) => ({
          id: `r${index}`,
          ...stamp,
          activityId: 'a1',
          memberId: m.id,
          personName: m.name,
          personCategory: 'member' as const,
          expected: true,
          status: 'present' as const,
          hours: 2,
          date: '2026-03-10',
          order: index,
        })),
    );
  });

  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('makes one numbered file per member, each the same file as the press makes from the member’s own data', async () => {
    const progress: number[] = [];
    const result = await makeStudyRecordBatch(db, members, {
      year: 2026,
      mode: 'files',
      context,
      onProgress: (done, total) => {
        expect(total).toBe(120);
        progress.push(done);
      },
    });
    if (result.mode !== 'files') throw new Error('expected files');
    expect(result.files).toHaveLength(120);
    expect(result.files[0]?.name).toBe('001-党员1-2026年度学习记录表.docx');
    // Two members of the same name never overwrite each other.
    expect(result.files[1]?.name).toBe('002-同名-2026年度学习记录表.docx');
    expect(result.files[2]?.name).toBe('003-同名-2026年度学习记录表.docx');
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(120);
    const press = await createStudyRecordPress();
    for (const index of [0, 1, 119]) {
      const data = await studyRecordOf(db, members[index] as Member, 2026, context);
      expect(documentXml(result.files[index]?.bytes ?? new Uint8Array())).toBe(documentXml(press.single(data)));
    }
    expect(plainText(documentXml(result.files[0]?.bytes ?? new Uint8Array()))).toContain('合计2年度目标32学时');
    expect(plainText(documentXml(result.files[1]?.bytes ?? new Uint8Array()))).toContain('本年度暂无学习记录');
  });

  it('makes one combined file with a section per member, in the given order', async () => {
    const result = await makeStudyRecordBatch(db, members, { year: 2026, mode: 'combined', context });
    if (result.mode !== 'combined') throw new Error('expected one file');
    const xml = documentXml(result.bytes);
    expect((xml.match(/<w:sectPr>/g) ?? []).length).toBe(120);
    const text = plainText(xml);
    expect(text.indexOf('党员1')).toBeLessThan(text.indexOf('党员120'));
  });

  it('stops when cancelled, before anything is returned', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      makeStudyRecordBatch(db, members, { year: 2026, mode: 'combined', context, signal: controller.signal }),
    ).rejects.toBeInstanceOf(BatchCancelled);
  });
});
