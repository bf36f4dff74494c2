import { z } from 'zod';
import { isoDateSchema } from './dates';
import { baseRecordSchema } from './record';

/** DOMAIN.md "Member record": the 16 items of the national collection form plus common extras. */
export const genders = ['男', '女'] as const;
export const memberCategories = ['正式党员', '预备党员'] as const;
export const partyStandings = ['正常', '停止党籍'] as const;
export const educationLevels = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学', '未上学'] as const;
export const occupations = [
  '党政机关工作人员',
  '事业单位人员',
  '企业人员',
  '社区工作者',
  '个体工商户',
  '自由职业者',
  '农牧渔民',
  '学生',
  '离退休人员',
  '无业人员',
  '其他',
] as const;

/** Where a member is in the organisation's books; one who leaves stays, with the reason. */
export const membershipStatuses = ['active', 'transferred-out', 'deceased', 'removed'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];
export const membershipStatusLabels: Record<MembershipStatus, string> = {
  active: '在册',
  'transferred-out': '已转出',
  deceased: '已去世',
  removed: '已除名/出党',
};

/** Dates offices often know to the month only (出生年月, 入党年月…): stored as the 1st, printed as 1985.06. */
export const monthDateFields = ['birthDate', 'joinDate', 'fullMemberDate', 'workStartDate'] as const;
export type MonthDateField = (typeof monthDateFields)[number];
/** 党员教育管理工作条例 (2019) art. 23: members for whom organisational life and study are not hard requirements. */
export const homeStudyReasons = ['年老体弱', '行动不便', '身患重病', '失能'] as const;
export const homeStudySchema = z.object({
  reason: z.enum(homeStudyReasons, { error: '请选择原因' }),
  since: isoDateSchema,
  note: z.string().trim().max(200, '说明不超过 200 个字').optional(),
});
export type HomeStudy = z.infer<typeof homeStudySchema>;

/** 条例 art. 34: 出国（境）学习研究, managed by its own rules while away. */
export const abroadStudySchema = z
  .object({
    from: isoDateSchema,
    until: isoDateSchema.optional(),
    place: z.string().trim().max(60, '去向不超过 60 个字').optional(),
  })
  .refine((abroad) => abroad.until === undefined || abroad.until >= abroad.from, {
    error: '回国（境）日期不能早于出国（境）日期',
    path: ['until'],
  });
export type AbroadStudy = z.infer<typeof abroadStudySchema>;

/** Member fields kept by their own panels, not by the member form: an edit in the form leaves them alone. */
export const memberFieldsOutsideForm = ['homeStudy', 'abroad', 'probationExtendedMonths'] as const;

export const floatingDestinationSchema = z.object({
  province: z.string().max(20),
  city: z.string().max(30),
  county: z.string().max(30),
});

export const memberSchema = baseRecordSchema.extend({
  name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不超过 30 个字'),
  gender: z.enum(genders).optional(),
  ethnicity: z.string().max(20).optional(),
  /** GB 11643-1999, 18 characters, upper-case X; empty for the few members without one on file. */
  idNumber: z.string().max(18).optional(),
  birthDate: isoDateSchema.optional(),
  education: z.enum(educationLevels).optional(),
  category: z.enum(memberCategories),
  branchId: z.string(),
  groupId: z.string().optional(),
  /** 加入党组织日期 */
  joinDate: isoDateSchema.optional(),
  /** 转为正式党员日期 */
  fullMemberDate: isoDateSchema.optional(),
  occupation: z.string().max(40).optional(),
  phone: z.string().max(30).optional(),
  address: z.string().max(120).optional(),
  partyStanding: z.enum(partyStandings),
  lostContact: z.boolean(),
  lostContactDate: isoDateSchema.optional(),
  floating: z.boolean(),
  floatingTo: floatingDestinationSchema.optional(),
  floatingContactPerson: z.string().max(30).optional(),
  floatingContactPhone: z.string().max(30).optional(),
  /** 流动党员活动证 number */
  floatingCertificateNo: z.string().max(40).optional(),
  floatingSince: isoDateSchema.optional(),
  nativePlace: z.string().max(40).optional(),
  workStartDate: isoDateSchema.optional(),
  workUnit: z.string().max(80).optional(),
  note: z.string().max(1000).optional(),
  membershipStatus: z.enum(membershipStatuses),
  /** Which of the dates are known to the month only (stored as the month's 1st). */
  monthOnlyDates: z.array(z.enum(monthDateFields)).optional(),
  /**
   * 待核实: what an import doubted about this record ("出生日期按身份证号为准（表中为 1954.09）"), kept until
   * someone opens the record and confirms it.
   */
  toVerify: z.array(z.string().max(300)).max(100).optional(),
  /** 送学上门对象 (条例 art. 23): exempt from the hour target and the lapse warnings from `since`. */
  homeStudy: homeStudySchema.optional(),
  /** 出国（境）学习研究 (条例 art. 34). */
  abroad: abroadStudySchema.optional(),
  /** 党章 art. 7: months the 预备期 was extended by (延长预备期 events), so 转正 falls due that much later. */
  probationExtendedMonths: z.number().int().min(1).max(12).optional(),
  /** Derived when saved, for search: full pinyin without tones, and initials (e.g. "zhangsan", "zs"). */
  namePinyin: z.string(),
  nameInitials: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberEventTypes = [
  'joined',
  'confirmed',
  'transferred-in',
  'transferred-out',
  'branch-changed',
  'suspended',
  'reinstated',
  'lost-contact',
  'contact-restored',
  'deceased',
  'removed',
  'probation-extended',
  'probation-cancelled',
] as const;
export type MemberEventType = (typeof memberEventTypes)[number];
export const memberEventLabels: Record<MemberEventType, string> = {
  joined: '入党',
  confirmed: '转正',
  'transferred-in': '转入',
  'transferred-out': '转出',
  'branch-changed': '调整支部',
  suspended: '停止党籍',
  reinstated: '恢复党籍',
  'lost-contact': '失去联系',
  'contact-restored': '恢复联系',
  deceased: '去世',
  removed: '除名/出党',
  'probation-extended': '延长预备期',
  'probation-cancelled': '取消预备党员资格',
};

/** The member's status history: 入党, 转正, 转入/转出 with from/to, 停止党籍, 失联, 去世. */
export const memberEventSchema = baseRecordSchema.extend({
  memberId: z.string(),
  type: z.enum(memberEventTypes),
  date: isoDateSchema,
  fromOrganisation: z.string().max(80).optional(),
  toOrganisation: z.string().max(80).optional(),
  note: z.string().max(500).optional(),
  /** 延长预备期: by how many months (党章 art. 7: at least 6, at most one year). */
  months: z
    .number({ error: '请填写延长的月数' })
    .int('请填写整数')
    .min(6, '延长预备期至少 6 个月')
    .max(12, '延长预备期不超过一年')
    .optional(),
});
export type MemberEvent = z.infer<typeof memberEventSchema>;

/** The sending branch keeps in touch with floating members (党员教育管理工作条例 art. 32). */
export const contactWays = ['电话', '微信', '走访', '信函', '其他'] as const;
export const contactLogSchema = baseRecordSchema.extend({
  memberId: z.string(),
  date: isoDateSchema,
  way: z.enum(contactWays),
  content: z.string().trim().min(1, '请填写联系内容').max(1000),
});
export type ContactLog = z.infer<typeof contactLogSchema>;
