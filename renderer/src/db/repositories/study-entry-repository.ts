import { yearOf } from '../../domain/entities/dates';
import type { NewRecord } from '../../domain/entities/record';
import type { StoredFile } from '../../domain/entities/activity';
import type { StudyEntry } from '../../domain/entities/study-record';
import { studyEntrySchema } from '../../domain/entities/study-record';
import type { LedgerDatabase } from '../database';
import { createRecord, isLive, nowIso, restored, softDeleted, touchRecord } from '../records';
import { recomputeStudySummaries, studySummaryTables } from './study-summary-repository';

export type StudyEntryInput = NewRecord<StudyEntry>;

/** An evidence file (certificate, screenshot) to store with the entry. */
export interface EvidenceInput {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

function tables(db: LedgerDatabase) {
  return [...studySummaryTables(db), db.files];
}

function evidenceRecord(evidence: EvidenceInput, ownerId: string, now: string): StoredFile {
  return createRecord<StoredFile>(
    {
      name: evidence.name,
      mimeType: evidence.mimeType,
      size: evidence.bytes.byteLength,
      blob: new Blob([evidence.bytes as Uint8Array<ArrayBuffer>], { type: evidence.mimeType }),
      ownerType: 'studyEntry',
      ownerId,
    },
    now,
  );
}

/** Adds a self-study / remote / training entry, its evidence file and the member's new summary: one transaction. */
export async function addStudyEntry(
  db: LedgerDatabase,
  input: StudyEntryInput,
  evidence?: EvidenceInput,
): Promise<StudyEntry> {
  const now = nowIso();
  const draft = createRecord<StudyEntry>(input, now);
  return db.transaction('rw', tables(db), async () => {
    let entry = draft;
    if (evidence !== undefined) {
      const file = evidenceRecord(evidence, draft.id, now);
      await db.files.add(file);
      entry = { ...draft, evidenceFileId: file.id };
    }
    const valid = studyEntrySchema.parse(entry);
    await db.studyEntries.add(valid);
    await recomputeStudySummaries(db, [{ memberId: valid.memberId, year: yearOf(valid.date) }]);
    return valid;
  });
}

/** Edits an entry; when its date moves to another year both years' summaries are recomputed. */
export async function updateStudyEntry(
  db: LedgerDatabase,
  id: string,
  changes: Partial<StudyEntryInput>,
  evidence?: EvidenceInput,
): Promise<StudyEntry> {
  return db.transaction('rw', tables(db), async () => {
    const before = await db.studyEntries.get(id);
    if (before === undefined || before.deletedAt !== undefined) throw new Error('这条学习记录已被删除或不存在。');
    const now = nowIso();
    let after = touchRecord({ ...before, ...changes, id: before.id }, now);
    if (evidence !== undefined) {
      const file = evidenceRecord(evidence, before.id, now);
      await db.files.add(file);
      after = { ...after, evidenceFileId: file.id };
    }
    const valid = studyEntrySchema.parse(after);
    await db.studyEntries.put(valid);
    await recomputeStudySummaries(db, [
      { memberId: before.memberId, year: yearOf(before.date) },
      { memberId: valid.memberId, year: yearOf(valid.date) },
    ]);
    return valid;
  });
}

/** Moves an entry to the recycle bin (never a hard delete) and takes its hours off the summary. */
export async function deleteStudyEntry(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const entry = await db.studyEntries.get(id);
    if (entry === undefined || entry.deletedAt !== undefined) return;
    await db.studyEntries.put(softDeleted(entry));
    await recomputeStudySummaries(db, [{ memberId: entry.memberId, year: yearOf(entry.date) }]);
  });
}

export async function restoreStudyEntry(db: LedgerDatabase, id: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const entry = await db.studyEntries.get(id);
    if (entry?.deletedAt === undefined) return;
    await db.studyEntries.put(restored(entry));
    await recomputeStudySummaries(db, [{ memberId: entry.memberId, year: yearOf(entry.date) }]);
  });
}

/** The member's live entries of one year, oldest first (indexed range read). */
export async function studyEntriesOfYear(db: LedgerDatabase, memberId: string, year: number): Promise<StudyEntry[]> {
  const rows = await db.studyEntries
    .where('[memberId+date]')
    .between([memberId, `${year}-01-01`], [memberId, `${year}-12-31`], true, true)
    .toArray();
  return rows.filter(isLive);
}

/** Every live 送学上门 visit of one year, by date (indexed range read on the date). */
export async function homeVisitsOfYear(db: LedgerDatabase, year: number): Promise<StudyEntry[]> {
  const rows = await db.studyEntries
    .where('date')
    .between(`${year}-01-01`, `${year}-12-31`, true, true)
    .filter((entry) => entry.source === 'home-visit')
    .toArray();
  return rows.filter(isLive);
}
