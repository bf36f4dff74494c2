import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { Activity, ActivityType, Attendance, StoredFile } from '../domain/entities/activity';
import type { BudgetLine, Spending } from '../domain/entities/budget';
import type { DuesHandUp, DuesPayment, DuesProfile } from '../domain/entities/dues';
import type { Courseware, CoursewareViewing } from '../domain/entities/courseware';
import type { PlanItem } from '../domain/entities/education-plan';
import type { Lecturer, LessonFeedback } from '../domain/entities/lecturer';
import type { ContactLog, Member, MemberEvent } from '../domain/entities/member';
import type { OrgUnit, Post } from '../domain/entities/organisation';
import type { ChangeLogEntry } from '../domain/entities/change-log';
import type { RecruitmentCase, RecruitmentStep } from '../domain/entities/recruitment';
import type { CorrectionCase, ReviewBallot, ReviewRound } from '../domain/entities/review';
import type { InServiceMember, ServiceRecord } from '../domain/entities/in-service';
import type { CareObject, CareRound, CareVisit, FiftyYearAward } from '../domain/entities/care';
import type { Honour, Pledge } from '../domain/entities/honour';
import type { StudySummary } from '../domain/entities/study-summary';
import type { Tombstone } from '../domain/entities/tombstone';
import { changeLogMiddleware } from './change-log/middleware';
import type { Reflection, StudyEntry, ThoughtReport } from '../domain/entities/study-record';
import type { StoredStreetSummary } from '../domain/entities/street-summary';
import type { ExchangeBase, ExchangeImportLog, ExchangePartner, ExchangeSent } from '../domain/entities/exchange';
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
  orgUnits!: EntityTable<OrgUnit, 'id'>;
  posts!: EntityTable<Post, 'id'>;
  members!: EntityTable<Member, 'id'>;
  memberEvents!: EntityTable<MemberEvent, 'id'>;
  contactLogs!: EntityTable<ContactLog, 'id'>;
  activityTypes!: EntityTable<ActivityType, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  studySummaries!: EntityTable<StudySummary, 'id'>;
  files!: EntityTable<StoredFile, 'id'>;
  changeLog!: EntityTable<ChangeLogEntry, 'id'>;
  studyEntries!: EntityTable<StudyEntry, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  thoughtReports!: EntityTable<ThoughtReport, 'id'>;
  lecturers!: EntityTable<Lecturer, 'id'>;
  lessonFeedback!: EntityTable<LessonFeedback, 'id'>;
  courseware!: EntityTable<Courseware, 'id'>;
  coursewareViewings!: EntityTable<CoursewareViewing, 'id'>;
  planItems!: EntityTable<PlanItem, 'id'>;
  budgetLines!: EntityTable<BudgetLine, 'id'>;
  spendings!: EntityTable<Spending, 'id'>;
  recruitmentCases!: EntityTable<RecruitmentCase, 'id'>;
  recruitmentSteps!: EntityTable<RecruitmentStep, 'id'>;
  duesProfiles!: EntityTable<DuesProfile, 'id'>;
  duesPayments!: EntityTable<DuesPayment, 'id'>;
  duesHandUps!: EntityTable<DuesHandUp, 'id'>;
  reviewRounds!: EntityTable<ReviewRound, 'id'>;
  reviewBallots!: EntityTable<ReviewBallot, 'id'>;
  correctionCases!: EntityTable<CorrectionCase, 'id'>;
  inServiceMembers!: EntityTable<InServiceMember, 'id'>;
  serviceRecords!: EntityTable<ServiceRecord, 'id'>;
  careObjects!: EntityTable<CareObject, 'id'>;
  careRounds!: EntityTable<CareRound, 'id'>;
  careVisits!: EntityTable<CareVisit, 'id'>;
  fiftyYearAwards!: EntityTable<FiftyYearAward, 'id'>;
  honours!: EntityTable<Honour, 'id'>;
  pledges!: EntityTable<Pledge, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  streetSummaries!: EntityTable<StoredStreetSummary, 'id'>;
  exchangePartners!: EntityTable<ExchangePartner, 'id'>;
  exchangeBases!: EntityTable<ExchangeBase, 'id'>;
  exchangeSent!: EntityTable<ExchangeSent, 'id'>;
  exchangeImports!: EntityTable<ExchangeImportLog, 'id'>;

  /**
   * `logChanges: false` for stores written by the restore itself, which logs one line instead.
   * `durability: 'relaxed'` skips the disk flush at every commit: only for a store that is not yet in
   * use (a restore's new database), whose writing is simply redone after a crash.
   */
  constructor(
    name: string = DATABASE_NAME,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
    options: { logChanges?: boolean; durability?: 'relaxed' | 'strict' } = {},
  ) {
    super(name, options.durability === undefined ? {} : { chromeTransactionDurability: options.durability });
    applySchemaVersions(this, versions);
    if (options.logChanges ?? true) this.use(changeLogMiddleware());
  }
}
