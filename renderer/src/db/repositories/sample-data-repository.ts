import type { EntityTable, Table } from 'dexie';
import type { ZodType } from 'zod';
import { activitySchema, activityTypeSchema, attendanceSchema } from '../../domain/entities/activity';
import { budgetLineSchema, spendingSchema } from '../../domain/entities/budget';
import { coursewareSchema } from '../../domain/entities/courseware';
import { yearOf } from '../../domain/entities/dates';
import { planItemSchema } from '../../domain/entities/education-plan';
import { lecturerSchema } from '../../domain/entities/lecturer';
import { contactLogSchema, memberEventSchema, memberSchema } from '../../domain/entities/member';
import { orgUnitSchema, postSchema } from '../../domain/entities/organisation';
import { generateSampleOffice, SAMPLE_TABLES } from '../../domain/sample-data/generate-sample-office';
import type { SampleOfficeOptions, SampleRows, SampleTable } from '../../domain/sample-data/generate-sample-office';
import type { LedgerDatabase } from '../database';
import { nowIso } from '../records';
import { SAMPLE_OFFICE_DETAILS } from '../../domain/sample-data/sample-office-details';
import { getOfficeSettings, saveOfficeSettings } from './settings-repository';
import { recomputeStudySummaries, studySummaryTables } from './study-summary-repository';
import type { MemberYear } from './study-summary-repository';
import type { SampleStudyIds } from './sample-study-data';
import { addSampleStudyRecords, removeSampleStudyRecords, sampleStudyTables } from './sample-study-data';
import type { SampleLedgerIds } from './sample-ledger-data';
import { addSampleLedgerRecords, removeSampleLedgerRecords, sampleLedgerTables } from './sample-ledger-data';

export const SAMPLE_DATA_SETTING_KEY = 'sampleData';

/** What 载入示例数据 wrote, id by id, so 清除示例数据 removes exactly that and nothing else. */
export interface SampleDataManifest {
  loadedAt: string;
  options: SampleOfficeOptions;
  ids: Partial<Record<SampleTable, string[]>>;
  /** Study entries, 学习体会 and 思想汇报 of the demo members (archive issue). */
  studyIds?: SampleStudyIds;
  /** 党费, 关怀帮扶 and 在职党员报到 records of the demo community (sample-data issue). */
  ledgerIds?: SampleLedgerIds;
  /** The office details were blank and the sample's were put in: clearing blanks them again. */
  officeFilled?: boolean;
}

export type SampleCounts = Partial<Record<SampleTable, number>>;

export class SampleDataError extends Error {}

const SCHEMAS: { [K in SampleTable]: ZodType<SampleRows[K]> } = {
  activityTypes: activityTypeSchema,
  orgUnits: orgUnitSchema,
  members: memberSchema,
  posts: postSchema,
  memberEvents: memberEventSchema,
  contactLogs: contactLogSchema,
  activities: activitySchema,
  attendance: attendanceSchema,
  lecturers: lecturerSchema,
  courseware: coursewareSchema,
  planItems: planItemSchema,
  budgetLines: budgetLineSchema,
  spendings: spendingSchema,
};

export const SAMPLE_TABLE_LABELS: Record<SampleTable, string> = {
  activityTypes: '活动类型',
  orgUnits: '组织',
  members: '党员',
  posts: '职务',
  memberEvents: '党籍变动记录',
  contactLogs: '联系记录',
  activities: '活动',
  attendance: '考勤记录',
  lecturers: '讲师',
  courseware: '课件',
  planItems: '年度计划项目',
  budgetLines: '经费预算',
  spendings: '经费支出',
};

/** The options of the button 载入示例数据: about 120 members and one year of activities up to today. */
export function defaultSampleOptions(endDate: string): SampleOfficeOptions {
  return { seed: 20_240_701, memberCount: 120, years: 1, endDate };
}

function sampleTables(db: LedgerDatabase): { [K in SampleTable]: EntityTable<SampleRows[K], 'id'> } {
  return {
    activityTypes: db.activityTypes,
    orgUnits: db.orgUnits,
    members: db.members,
    posts: db.posts,
    memberEvents: db.memberEvents,
    contactLogs: db.contactLogs,
    activities: db.activities,
    attendance: db.attendance,
    lecturers: db.lecturers,
    courseware: db.courseware,
    planItems: db.planItems,
    budgetLines: db.budgetLines,
    spendings: db.spendings,
  };
}

export async function getSampleDataManifest(db: LedgerDatabase): Promise<SampleDataManifest | null> {
  const row = await db.settings.get(SAMPLE_DATA_SETTING_KEY);
  return row === undefined ? null : (row.value as SampleDataManifest);
}

/**
 * Loads the demo community into an EMPTY store in one transaction: all of it lands or none. The built-in
 * activity types are the app's own (stable ids), so they are added if missing and never counted as sample.
 */
export async function loadSampleData(
  db: LedgerDatabase,
  options: SampleOfficeOptions,
  { validate = true }: { validate?: boolean } = {},
): Promise<SampleCounts> {
  const tables = sampleTables(db);
  const ids: Partial<Record<SampleTable, string[]>> = {};
  const memberYears = new Map<string, MemberYear>();
  await db.transaction(
    'rw',
    [
      db.settings,
      ...Object.values(tables),
      ...studySummaryTables(db),
      ...sampleStudyTables(db),
      ...sampleLedgerTables(db),
    ],
    async () => {
      if ((await db.settings.get(SAMPLE_DATA_SETTING_KEY)) !== undefined) {
        throw new SampleDataError('示例数据已经载入过了。如需重新载入，请先点“清除示例数据”。');
      }
      const [members, activities, units] = await Promise.all([
        db.members.count(),
        db.activities.count(),
        db.orgUnits.count(),
      ]);
      if (members + activities + units > 0) {
        throw new SampleDataError(
          `本机已有数据（组织 ${units} 个、党员 ${members} 人、活动 ${activities} 次），示例数据只能载入空白台账，以免与真实数据混在一起。未做任何改动。`,
        );
      }
      const existingTypes = new Set((await db.activityTypes.toCollection().primaryKeys()).map(String));
      for (const batch of generateSampleOffice(options)) {
        const rows: { id: string }[] = batch.rows;
        if (batch.table === 'activityTypes') {
          await db.activityTypes.bulkAdd(batch.rows.filter((row) => !existingTypes.has(row.id)));
          continue;
        }
        if (validate) {
          const schema = SCHEMAS[batch.table] as ZodType;
          for (const row of rows) schema.parse(row);
        }
        if (batch.table === 'attendance') {
          for (const row of batch.rows) {
            if (row.memberId !== undefined) {
              const year = yearOf(row.date);
              memberYears.set(`${row.memberId}:${year}`, { memberId: row.memberId, year });
            }
          }
        }
        await (tables[batch.table] as Table<{ id: string }, string>).bulkAdd(rows);
        (ids[batch.table] ??= []).push(...rows.map((row) => row.id));
      }
      const studyIds = await addSampleStudyRecords(db, ids.members ?? [], options.endDate, options.seed, memberYears);
      const ledgerIds = await addSampleLedgerRecords(db, ids.members ?? [], options.endDate, options.seed);
      await recomputeStudySummaries(db, memberYears.values());
      // A blank office gets the sample's name, contact and phone, so a first notice is complete.
      const office = await getOfficeSettings(db);
      const officeFilled = [office.officeName, office.contactPerson, office.contactPhone].every((v) => v.trim() === '');
      if (officeFilled) await saveOfficeSettings(db, { ...office, ...SAMPLE_OFFICE_DETAILS });
      const manifest: SampleDataManifest = { loadedAt: nowIso(), options, ids, studyIds, ledgerIds, officeFilled };
      await db.settings.put({ key: SAMPLE_DATA_SETTING_KEY, value: manifest, updatedAt: manifest.loadedAt });
    },
  );
  return Object.fromEntries(SAMPLE_TABLES.map((table) => [table, ids[table]?.length ?? 0]));
}

/** Records the user added later that point at sample records: removing the sample would orphan them. */
async function countDependents(
  db: LedgerDatabase,
  ids: Partial<Record<SampleTable, string[]>>,
  ledgerIds: SampleLedgerIds = {},
): Promise<number> {
  const own = new Set([...Object.values(ids).flat(), ...Object.values(ledgerIds).flat()]);
  const memberIds = ids.members ?? [];
  const unitIds = ids.orgUnits ?? [];
  const activityIds = ids.activities ?? [];
  const foreign = (rows: { id: string }[]) => rows.filter((row) => !own.has(row.id)).length;
  const counts = await Promise.all([
    db.members.where('branchId').anyOf(unitIds).toArray().then(foreign),
    db.activities.where('orgUnitIds').anyOf(unitIds).toArray().then(foreign),
    db.attendance.where('activityId').anyOf(activityIds).toArray().then(foreign),
    db.attendance.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.posts.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.memberEvents.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.contactLogs.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.duesProfiles.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.duesPayments.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.careObjects.where('memberId').anyOf(memberIds).toArray().then(foreign),
    db.careVisits.where('memberId').anyOf(memberIds).toArray().then(foreign),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Removes exactly the records 载入示例数据 wrote (and their study summaries), in one transaction. */
export async function clearSampleData(db: LedgerDatabase): Promise<SampleCounts> {
  const tables = sampleTables(db);
  const removed: SampleCounts = {};
  await db.transaction(
    'rw',
    [
      db.settings,
      ...Object.values(tables),
      ...studySummaryTables(db),
      ...sampleStudyTables(db),
      ...sampleLedgerTables(db),
    ],
    async () => {
      const manifest = await getSampleDataManifest(db);
      if (manifest === null) throw new SampleDataError('本机没有载入过示例数据，无需清除。');
      const dependents = await countDependents(db, manifest.ids, manifest.ledgerIds);
      if (dependents > 0) {
        throw new SampleDataError(
          `载入示例数据后，又在示例的组织、党员或活动下录入了 ${dependents} 条记录。为免误删这些记录，未清除任何数据；请先删除或移走它们再清除示例数据。`,
        );
      }
      for (const table of SAMPLE_TABLES) {
        const list = manifest.ids[table] ?? [];
        if (list.length === 0) continue;
        await (tables[table] as Table<{ id: string }, string>).bulkDelete(list);
        removed[table] = list.length;
      }
      await removeSampleStudyRecords(db, manifest.studyIds);
      await removeSampleLedgerRecords(db, manifest.ledgerIds);
      await db.studySummaries
        .where('memberId')
        .anyOf(manifest.ids.members ?? [])
        .delete();
      if (manifest.officeFilled === true) {
        const office = await getOfficeSettings(db);
        // Only what is still the sample's: details the office typed since are its own.
        const blanked = Object.fromEntries(
          (Object.keys(SAMPLE_OFFICE_DETAILS) as (keyof typeof SAMPLE_OFFICE_DETAILS)[]).map((key) => [
            key,
            office[key] === SAMPLE_OFFICE_DETAILS[key] ? '' : office[key],
          ]),
        );
        await saveOfficeSettings(db, { ...office, ...blanked });
      }
      await db.settings.delete(SAMPLE_DATA_SETTING_KEY);
    },
  );
  return removed;
}
