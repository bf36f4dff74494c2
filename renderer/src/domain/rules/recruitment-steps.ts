import type { IsoDate } from '../entities/dates';
import type { RecruitmentStage, RecruitmentStep, RecruitmentStepKind } from '../entities/recruitment';
import { describeBranchVote } from './branch-vote';
import { addMonths, addYears } from './calendar';

/**
 * Every step of a 发展党员 case as data: its predecessors, its interval rules and the article they come from.
 * Source: 《中国共产党发展党员工作细则》(中办 2014, "细则"), chapters 2–5, and 党章 art. 7. Quoted phrases
 * are the 细则's own words. Intervals that the 细则 leaves to local practice say so.
 */
export interface StepContext {
  applicationDate: IsoDate;
  /** Latest date of a completed step of this kind (a vote counts only when it passed). */
  last(kind: RecruitmentStepKind): IsoDate | undefined;
  /** End of the 预备期: one year after the admitting vote, plus any extension. */
  probationEnd: IsoDate | undefined;
  /** The first day the 支部大会 may vote: the day after the 公示 ends. */
  publicityEnd: IsoDate | undefined;
}

export interface DatedRule {
  date: IsoDate;
  /** The rule in Chinese, shown with the refusal or the warning. */
  rule: string;
}

export interface StepRule {
  kind: RecruitmentStepKind;
  label: string;
  /** The stage in which the step is taken. */
  stage: RecruitmentStage;
  /** Steps that must be done (before or on this step's date). */
  requires: RecruitmentStepKind[];
  /** May be recorded more than once (考察, 思想汇报). */
  repeatable?: boolean;
  /** Expected no more once one of these is done (the half-yearly 考察 stop at the next stage). */
  until?: RecruitmentStepKind[];
  /** Not needed to move on (思想汇报, 延长预备期, 取消资格). */
  optional?: boolean;
  earliest?: (ctx: StepContext) => DatedRule | undefined;
  due?: (ctx: StepContext) => DatedRule | undefined;
  /** From this date the due step is warned about (default: 30 days before it is due). */
  warnFrom?: (ctx: StepContext) => IsoDate | undefined;
}

function after(date: IsoDate | undefined, make: (date: IsoDate) => DatedRule): DatedRule | undefined {
  return date === undefined ? undefined : make(date);
}

function monthsAfter(date: IsoDate | undefined, months: number): IsoDate | undefined {
  return date === undefined ? undefined : addMonths(date, months);
}

export const STEP_RULES: readonly StepRule[] = [
  {
    kind: 'talk',
    label: '派人谈话',
    stage: '申请人',
    requires: [],
    // 细则 art. 6: "党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话".
    due: (ctx) => ({ date: addMonths(ctx.applicationDate, 1), rule: '收到入党申请书后一个月内派人谈话（细则第六条）' }),
  },
  {
    kind: 'recommendation',
    label: '推荐（党员推荐、群团组织推优）',
    stage: '申请人',
    // 细则 chapter 2: 积极分子 are chosen from applicants by 党员推荐 and 群团组织推优.
    requires: ['talk'],
  },
  {
    kind: 'activist-decision',
    label: '支委会确定为入党积极分子',
    stage: '申请人',
    // 细则 chapter 2: "由支部委员会（不设支部委员会的由支部大会）研究决定，并报上级党委备案".
    requires: ['recommendation'],
  },
  {
    kind: 'contacts',
    label: '指定培养联系人',
    stage: '积极分子',
    // 细则 chapter 2: "指定一至两名正式党员作入党积极分子的培养联系人".
    requires: ['activist-decision'],
  },
  {
    kind: 'assessment',
    label: '培养考察（每半年一次）',
    stage: '积极分子',
    requires: ['activist-decision'],
    repeatable: true,
    until: ['candidate-decision', 'cancellation'],
    // 细则 chapter 2: "党组织每半年对入党积极分子进行一次考察".
    due: (ctx) =>
      after(ctx.last('assessment') ?? ctx.last('activist-decision'), (date) => ({
        date: addMonths(date, 6),
        rule: '每半年对入党积极分子进行一次考察（细则第二章）',
      })),
  },
  {
    kind: 'candidate-decision',
    label: '确定为发展对象',
    stage: '积极分子',
    requires: ['contacts', 'assessment'],
    // 细则 chapter 3: "对经过一年以上培养教育和考察……的入党积极分子" — 以上 includes the year itself.
    earliest: (ctx) =>
      after(ctx.last('activist-decision'), (date) => ({
        date: addYears(date, 1),
        rule: '入党积极分子须经过一年以上培养教育和考察，方可确定为发展对象（细则第三章）',
      })),
  },
  {
    kind: 'sponsors',
    label: '确定入党介绍人',
    stage: '发展对象',
    // 细则 chapter 3: "发展对象应当有两名正式党员作入党介绍人".
    requires: ['candidate-decision'],
  },
  {
    kind: 'political-review',
    label: '政治审查',
    stage: '发展对象',
    // 细则 chapter 3: 政治审查, "形成结论性材料".
    requires: ['candidate-decision'],
  },
  {
    kind: 'training',
    label: '短期集中培训',
    stage: '发展对象',
    // 细则 chapter 3: "培训时间一般不少于三天（或不少于二十四个学时）".
    requires: ['candidate-decision'],
  },
  {
    kind: 'committee-review',
    label: '支委会审查',
    stage: '发展对象',
    // 细则 chapter 4: the 支部委员会 reviews the 发展对象 and reports to the higher committee for 预审.
    requires: ['sponsors', 'political-review', 'training'],
  },
  {
    kind: 'pre-review',
    label: '上级党委预审',
    stage: '发展对象',
    requires: ['committee-review'],
  },
  {
    kind: 'publicity',
    label: '发展对象公示',
    stage: '发展对象',
    // 细则 chapter 4: the 预审 includes a 公示; its length is local practice (a setting).
    requires: ['pre-review'],
  },
  {
    kind: 'application-form',
    label: '填写入党志愿书',
    stage: '发展对象',
    requires: ['pre-review'],
  },
  {
    kind: 'admission-vote',
    label: '支部大会讨论接收预备党员',
    stage: '发展对象',
    requires: ['publicity', 'application-form', 'sponsors'],
    earliest: (ctx) =>
      ctx.publicityEnd === undefined
        ? undefined
        : { date: ctx.publicityEnd, rule: '公示期满后方可提交支部大会讨论（细则第四章）' },
  },
  {
    kind: 'admission-approval',
    label: '上级党委审批',
    stage: '预备党员',
    requires: ['admission-vote'],
    // 细则 chapter 4: "应当在三个月内审批……特殊情况可适当延长审批时间，但不得超过六个月". Warned at two.
    due: (ctx) =>
      after(ctx.last('admission-vote'), (date) => ({
        date: addMonths(date, 3),
        rule: '上级党委应在支部大会通过后三个月内审批（细则第四章）',
      })),
    warnFrom: (ctx) => monthsAfter(ctx.last('admission-vote'), 2),
  },
  {
    kind: 'oath',
    label: '入党宣誓',
    stage: '预备党员',
    // 细则 chapter 5: "预备党员必须面向党旗进行入党宣誓".
    requires: ['admission-approval'],
  },
  {
    kind: 'probation-assessment',
    label: '预备期考察',
    stage: '预备党员',
    requires: ['admission-vote'],
    repeatable: true,
    until: ['confirmation-vote', 'cancellation'],
    // 细则 chapter 5 asks for 教育和考察 in the 预备期 without a frequency; half-yearly like the 积极分子 is local.
    due: (ctx) =>
      after(ctx.last('probation-assessment') ?? ctx.last('admission-vote'), (date) => ({
        date: addMonths(date, 6),
        rule: '预备期内每半年考察一次（本地做法，与积极分子考察相同）',
      })),
  },
  {
    kind: 'thought-report',
    label: '思想汇报',
    stage: '预备党员',
    requires: ['admission-vote'],
    repeatable: true,
    optional: true,
    until: ['confirmation-approval', 'cancellation'],
  },
  {
    kind: 'extension',
    label: '延长预备期',
    stage: '预备党员',
    requires: ['admission-approval'],
    optional: true,
    repeatable: true,
    until: ['confirmation-vote', 'cancellation'],
    // 党章 art. 7: the 预备期 may be extended at its end, "不能少于半年，最长不超过一年".
    earliest: (ctx) =>
      ctx.probationEnd === undefined
        ? undefined
        : { date: ctx.probationEnd, rule: '预备期满时方可讨论延长预备期（党章第七条）' },
  },
  {
    kind: 'confirmation-application',
    label: '提出转正申请',
    stage: '预备党员',
    requires: ['admission-approval'],
    // 细则 chapter 5: "预备期满时……主动向党组织提出书面转正申请"; a month ahead is the common practice.
    earliest: (ctx) =>
      ctx.probationEnd === undefined
        ? undefined
        : { date: addMonths(ctx.probationEnd, -1), rule: '预备期满前一个月内方可提出转正申请（细则第五章）' },
  },
  {
    kind: 'confirmation-vote',
    label: '支部大会讨论转正',
    stage: '预备党员',
    requires: ['confirmation-application', 'oath', 'probation-assessment'],
    // 党章 art. 7: "预备党员的预备期满，党的支部应当及时讨论他能否转为正式党员".
    earliest: (ctx) =>
      ctx.probationEnd === undefined
        ? undefined
        : { date: ctx.probationEnd, rule: '预备期满后方可讨论转正（党章第七条）' },
    due: (ctx) =>
      ctx.probationEnd === undefined
        ? undefined
        : { date: addMonths(ctx.probationEnd, 1), rule: '预备期满应及时讨论转正（党章第七条；一个月为本地做法）' },
  },
  {
    kind: 'confirmation-approval',
    label: '上级党委审批转正',
    stage: '预备党员',
    requires: ['confirmation-vote'],
    due: (ctx) =>
      after(ctx.last('confirmation-vote'), (date) => ({
        date: addMonths(date, 3),
        rule: '上级党委应在支部大会通过后三个月内审批转正（细则第五章）',
      })),
    warnFrom: (ctx) => monthsAfter(ctx.last('confirmation-vote'), 2),
  },
  {
    kind: 'cancellation',
    label: '取消资格',
    stage: '申请人',
    requires: [],
    optional: true,
  },
];

export function stepRule(kind: RecruitmentStepKind): StepRule {
  const rule = STEP_RULES.find((candidate) => candidate.kind === kind);
  if (rule === undefined) throw new Error(`unknown step ${kind}`);
  return rule;
}

export function stepLabel(kind: RecruitmentStepKind): string {
  return stepRule(kind).label;
}

/** Steps with a vote; they count as done only when the meeting passed them. */
export const VOTE_STEPS: ReadonlySet<RecruitmentStepKind> = new Set(['admission-vote', 'confirmation-vote']);

/** The step that enters each stage (申请人 enters at the application itself). */
export const STAGE_ENTRY: Record<Exclude<RecruitmentStage, '申请人'>, RecruitmentStepKind> = {
  积极分子: 'activist-decision',
  发展对象: 'candidate-decision',
  预备党员: 'admission-vote',
  正式党员: 'confirmation-approval',
};

/** Training enough for 细则 chapter 3: at least three days, or at least 24 学时. */
export function trainingIsEnough(days: number | undefined, hours: number | undefined): boolean {
  return (days ?? 0) >= 3 || (hours ?? 0) >= 24;
}

/** What a recorded step says besides its date, in one line: people, vote, hours, days, text. */
export function describeStep(
  step: Pick<
    RecruitmentStep,
    'memberIds' | 'vote' | 'trainingDays' | 'trainingHours' | 'publicityDays' | 'extensionMonths' | 'content'
  >,
  nameOf: (memberId: string) => string,
): string {
  const parts: string[] = [];
  if (step.memberIds !== undefined) parts.push(step.memberIds.map(nameOf).join('、'));
  if (step.vote !== undefined) parts.push(`${step.vote.declared}（${describeBranchVote(step.vote)}）`);
  if (step.trainingDays !== undefined) parts.push(`${step.trainingDays}天`);
  if (step.trainingHours !== undefined) parts.push(`${step.trainingHours}学时`);
  if (step.publicityDays !== undefined) parts.push(`公示${step.publicityDays}天`);
  if (step.extensionMonths !== undefined) parts.push(`延长${step.extensionMonths}个月`);
  if (step.content !== undefined) parts.push(step.content);
  return parts.join('；');
}
