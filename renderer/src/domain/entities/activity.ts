import { z } from 'zod';
import { hoursSchema } from './hours';
import { clockTimeSchema, isoDateSchema } from './dates';
import { baseRecordSchema } from './record';
import { noticeDraftSchema } from './document-settings';

/** How often an activity type must be held, per organisational unit (DOMAIN.md "frequency"). */
export const frequencyPeriods = ['month', 'quarter', 'year', 'none'] as const;
export type FrequencyPeriod = (typeof frequencyPeriods)[number];
export const frequencyRuleSchema = z.object({
  period: z.enum(frequencyPeriods),
  /** At least this many times per period. */
  times: z.number().int().min(0).max(31),
  /** Which unit must hold it: each branch, each group, or the committee once. */
  level: z.enum(['branch', 'group', 'committee']),
});
export type FrequencyRule = z.infer<typeof frequencyRuleSchema>;

export const activityTypeSchema = baseRecordSchema.extend({
  name: z.string().trim().min(1, '请填写类型名称').max(30),
  /** 学时 credited to each attendee unless the activity says otherwise. */
  defaultHours: hoursSchema,
  frequency: frequencyRuleSchema,
  /**
   * Whether it is 集中学习培训 (条例 art. 20); absent means yes. A type marked false counts as 自学, which
   * meets the yearly target only when the setting says so.
   */
  concentrated: z.boolean().optional(),
  /** Attending it counts as taking part in organisational life (the six-month rule). */
  isOrganisationalLife: z.boolean(),
  order: z.number(),
  builtIn: z.boolean(),
  retiredAt: isoDateSchema.optional(),
});
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityStatuses = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];
export const activityStatusLabels: Record<ActivityStatus, string> = {
  planned: '计划中',
  held: '已举行',
  cancelled: '已取消',
};

const voteCount = z.number({ error: '请输入人数' }).int('请输入整数').min(0, '不能为负数').max(100000);

/**
 * 支部党员大会 votes (DOMAIN.md "会议记录"; 发展党员工作细则 art. 22): those with a vote (正式党员; 预备党员
 * have none) expected and present, and per resolution 赞成/反对/弃权.
 */
export const votingSchema = z
  .object({
    expected: voteCount,
    present: voteCount,
    resolutions: z
      .array(
        z.object({
          title: z.string().trim().min(1, '请填写表决事项').max(200),
          yes: voteCount,
          no: voteCount,
          abstain: voteCount,
        }),
      )
      .max(20),
  })
  .refine((voting) => voting.present <= voting.expected, {
    error: '实到人数不能多于应到人数',
    path: ['present'],
  })
  .refine((voting) => voting.resolutions.every((r) => r.yes + r.no + r.abstain <= voting.present), {
    error: '赞成、反对、弃权合计不能多于实到人数',
    path: ['resolutions'],
  });
export type Voting = z.infer<typeof votingSchema>;

export const minutesSchema = z.object({
  topics: z.string().max(5000),
  speechPoints: z.string().max(20000),
  resolutions: z.string().max(5000),
  /** 列席人员 */
  nonVotingAttendees: z.string().max(1000),
  /** 支部党员大会: 有表决权的应到/实到 and the votes on each resolution. */
  voting: votingSchema.optional(),
  updatedAt: z.string(),
});
export type Minutes = z.infer<typeof minutesSchema>;

export const activitySchema = baseRecordSchema.extend({
  typeId: z.string(),
  /**
   * Other types the same meeting was held as (a 主题党日 with a 党员大会 or 党课): it counts for each
   * type's frequency rule; hours are credited once (rules/meeting-frequency.ts `typesOfActivity`).
   */
  combinedTypeIds: z.array(z.string()).max(5).optional(),
  title: z.string().trim().min(1, '请填写主题').max(200, '主题不超过 200 个字'),
  /** Organising branch(es) or group. */
  orgUnitIds: z.array(z.string()),
  date: isoDateSchema,
  startTime: clockTimeSchema.optional(),
  endTime: clockTimeSchema.optional(),
  place: z.string().max(100).optional(),
  hostName: z.string().max(30).optional(),
  hostMemberId: z.string().optional(),
  recorderName: z.string().max(30).optional(),
  recorderMemberId: z.string().optional(),
  lecturerName: z.string().max(60).optional(),
  lecturerMemberId: z.string().optional(),
  /** A lecturer of the 师资库 (education-resources issue). */
  lecturerId: z.string().optional(),
  form: z.string().max(30).optional(),
  content: z.string().max(10000).optional(),
  hours: hoursSchema,
  materialFileIds: z.array(z.string()),
  status: z.enum(activityStatuses),
  /** When the expected-attendee list was frozen; later roster changes do not touch it. */
  expectedFrozenAt: z.string().optional(),
  minutes: minutesSchema.optional(),
  /** How the expected list was chosen, in words (e.g. “第一党支部全体党员”), shown beside 应到. */
  expectedDescription: z.string().max(300).optional(),
  /** The order of the sign-in sheet and of attendance entry. */
  sheetSort: z.enum(['group', 'pinyin']).optional(),
  /** The office's edited notice text (documents issue); regenerating starts from it, not from defaults. */
  noticeDraft: noticeDraftSchema.optional(),
});
export type Activity = z.infer<typeof activitySchema>;

export const attendanceStatuses = ['unmarked', 'present', 'late', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  unmarked: '未登记',
  present: '出席',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
};
/** Statuses that count as having attended (and earn study hours). */
export const attendedStatuses: readonly AttendanceStatus[] = ['present', 'late'];

export const attendeeCategories = ['member', 'activist', 'resident', 'other'] as const;
export type AttendeeCategory = (typeof attendeeCategories)[number];
export const attendeeCategoryLabels: Record<AttendeeCategory, string> = {
  member: '党员',
  activist: '入党积极分子',
  resident: '群众',
  other: '其他',
};

/** One person's line on one activity's sign-in sheet. */
export const attendanceSchema = baseRecordSchema.extend({
  activityId: z.string(),
  /** Absent for non-members (activists, residents). */
  memberId: z.string().optional(),
  personName: z.string().trim().min(1).max(30),
  personCategory: z.enum(attendeeCategories),
  /** The branch / group the person belonged to when the list was frozen. */
  branchIdAtTime: z.string().optional(),
  groupIdAtTime: z.string().optional(),
  /** On the frozen expected list (应到), or a walk-in. */
  expected: z.boolean(),
  status: z.enum(attendanceStatuses),
  reason: z.string().max(200).optional(),
  /** 学时 credited for this attendance (0 unless attended). */
  hours: hoursSchema,
  /** The activity's date, copied so per-member yearly queries need no join. */
  date: isoDateSchema,
  /** Position on the printed sheet. */
  order: z.number(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Attached local files (materials, evidence, courseware, receipts). */
export const storedFileSchema = baseRecordSchema.extend({
  name: z.string().min(1).max(255),
  mimeType: z.string().max(100),
  size: z.number().int().min(0),
  /** Browser mode keeps the bytes in IndexedDB. */
  blob: z.instanceof(Blob).optional(),
  /** Electron may keep the bytes under userData/files; this is the path relative to it. */
  storedPath: z.string().optional(),
  sha256: z.string().optional(),
  ownerType: z.string().max(40).optional(),
  ownerId: z.string().optional(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;
