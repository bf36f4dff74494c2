import type { IsoDate } from '../entities/dates';
import type { RecruitmentCase, RecruitmentStage, RecruitmentStep, RecruitmentStepKind } from '../entities/recruitment';
import { addDays, addMonths, addYears, chineseDate, maxDate } from './calendar';
import { checkBranchVote } from './branch-vote';
import type { DatedRule, StepContext, StepRule } from './recruitment-steps';
import { STAGE_ENTRY, STEP_RULES, VOTE_STEPS, stepLabel, stepRule, trainingIsEnough } from './recruitment-steps';

/** A roster member as the step checks need them: 培养联系人 and 介绍人 must be 正式党员 in the books. */
export interface RosterPerson {
  id: string;
  name: string;
  category: '正式党员' | '预备党员';
  /** In the books (在册, 党籍正常, not in the recycle bin). */
  active: boolean;
}

export interface RecruitmentSettings {
  /** Default length of the 发展对象公示 in days (local practice; 5 is common). */
  publicityDays: number;
}

export const DEFAULT_RECRUITMENT_SETTINGS: RecruitmentSettings = { publicityDays: 5 };

export type StepState = 'blocked' | 'too-early' | 'open' | 'due-soon' | 'overdue';

export interface StepStatus {
  kind: RecruitmentStepKind;
  label: string;
  state: StepState;
  /** The first day it may be recorded: its own interval and its predecessors' dates. */
  earliest?: DatedRule;
  due?: DatedRule;
  /** Predecessors not yet done. */
  missing: RecruitmentStepKind[];
}

export type RecruitmentWarningKind = 'assessment-due' | 'approval-pending' | 'step-due' | 'interval-broken';

export interface RecruitmentWarning {
  kind: RecruitmentWarningKind;
  level: 'warn' | 'alarm';
  message: string;
  date?: IsoDate;
}

export interface CaseStatus {
  stage: RecruitmentStage;
  cancelled: boolean;
  /** 正式党员 or cancelled: nothing more to record. */
  ended: boolean;
  /** The date each reached stage began. */
  stageDates: Partial<Record<RecruitmentStage, IsoDate>>;
  probationEnd?: IsoDate;
  /** The next step the case waits for, in the 细则's order. */
  next?: StepStatus;
  /** Every step that may be recorded now or later (predecessors done), in order. */
  open: StepStatus[];
  /** The most urgent state among `next` and the open steps, for the board's colour. */
  attention: StepState;
  warnings: RecruitmentWarning[];
}

export interface StepDraft {
  kind: RecruitmentStepKind;
  date: IsoDate;
  memberIds?: string[];
  content?: string;
  vote?: RecruitmentStep['vote'];
  trainingDays?: number;
  trainingHours?: number;
  publicityDays?: number;
  extensionMonths?: number;
}

export interface StepRefusal {
  /** The rule broken, in Chinese, with its source. */
  rule: string;
  message: string;
  /** The first date the step becomes possible, when a date would fix it. */
  earliest?: IsoDate;
}

type CaseDates = Pick<RecruitmentCase, 'applicationDate'>;

function counted(step: Pick<RecruitmentStep, 'kind' | 'vote'>): boolean {
  return !VOTE_STEPS.has(step.kind) || step.vote?.declared === '通过';
}

function liveSorted(steps: readonly RecruitmentStep[]): RecruitmentStep[] {
  return steps
    .filter((step) => step.deletedAt === undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** The dates the interval rules read, from the steps done so far. */
export function stepContext(
  caseRecord: CaseDates,
  steps: readonly Pick<RecruitmentStep, 'kind' | 'date' | 'vote' | 'publicityDays' | 'extensionMonths'>[],
  settings: RecruitmentSettings,
): StepContext {
  const last = (kind: RecruitmentStepKind): IsoDate | undefined =>
    maxDate(...steps.filter((step) => step.kind === kind && counted(step)).map((step) => step.date));
  const admitted = last('admission-vote');
  const extension = steps
    .filter((step) => step.kind === 'extension')
    .reduce((sum, step) => sum + (step.extensionMonths ?? 0), 0);
  // 党章 art. 7: the 预备期 is one year from the 支部大会 admission, plus any extension.
  const probationEnd = admitted === undefined ? undefined : addMonths(addYears(admitted, 1), extension);
  const publicity = [...steps].reverse().find((step) => step.kind === 'publicity');
  const publicityEnd =
    publicity === undefined ? undefined : addDays(publicity.date, publicity.publicityDays ?? settings.publicityDays);
  return { applicationDate: caseRecord.applicationDate, last, probationEnd, publicityEnd };
}

function earliestOf(rule: StepRule, ctx: StepContext): DatedRule {
  let best: DatedRule = { date: ctx.applicationDate, rule: '不能早于递交入党申请书的日期' };
  for (const required of rule.requires) {
    const date = ctx.last(required);
    if (date !== undefined && date > best.date) best = { date, rule: `不能早于「${stepLabel(required)}」` };
  }
  const own = rule.earliest?.(ctx);
  if (own !== undefined && own.date > best.date) best = own;
  return best;
}

function stepStatus(rule: StepRule, ctx: StepContext, today: IsoDate): StepStatus {
  const missing = rule.requires.filter((required) => ctx.last(required) === undefined);
  const earliest = earliestOf(rule, ctx);
  const due = missing.length === 0 ? rule.due?.(ctx) : undefined;
  let state: StepState = 'open';
  if (missing.length > 0) state = 'blocked';
  else if (today < earliest.date) state = 'too-early';
  else if (due !== undefined && today > due.date) state = 'overdue';
  else if (due !== undefined && today >= (rule.warnFrom?.(ctx) ?? addDays(due.date, -30))) state = 'due-soon';
  return { kind: rule.kind, label: rule.label, state, earliest, due, missing };
}

function isDone(rule: StepRule, ctx: StepContext): boolean {
  return ctx.last(rule.kind) !== undefined;
}

function stillExpected(rule: StepRule, ctx: StepContext): boolean {
  return !(rule.until ?? []).some((kind) => ctx.last(kind) !== undefined);
}

function stageOf(ctx: StepContext): { stage: RecruitmentStage; stageDates: CaseStatus['stageDates'] } {
  const stageDates: CaseStatus['stageDates'] = { 申请人: ctx.applicationDate };
  let stage: RecruitmentStage = '申请人';
  for (const [entered, kind] of Object.entries(STAGE_ENTRY) as [
    Exclude<RecruitmentStage, '申请人'>,
    RecruitmentStepKind,
  ][]) {
    const date = ctx.last(kind);
    if (date === undefined) break;
    stageDates[entered] = date;
    stage = entered;
  }
  return { stage, stageDates };
}

const URGENCY: Record<StepState, number> = { overdue: 4, 'due-soon': 3, 'too-early': 2, open: 1, blocked: 0 };

function dueWarning(status: StepStatus): RecruitmentWarning | undefined {
  if (status.due === undefined || (status.state !== 'overdue' && status.state !== 'due-soon')) return undefined;
  const kind: RecruitmentWarningKind =
    status.kind === 'assessment' || status.kind === 'probation-assessment'
      ? 'assessment-due'
      : status.kind === 'admission-approval' || status.kind === 'confirmation-approval'
        ? 'approval-pending'
        : 'step-due';
  const when = chineseDate(status.due.date);
  return {
    kind,
    level: status.state === 'overdue' ? 'alarm' : 'warn',
    date: status.due.date,
    message:
      status.state === 'overdue'
        ? `「${status.label}」已逾期：应于 ${when} 前完成（${status.due.rule}）`
        : `「${status.label}」将到期：应于 ${when} 前完成（${status.due.rule}）`,
  };
}

/** Steps already recorded that break an interval (data merged or restored from elsewhere, or a late step). */
function historyWarnings(
  caseRecord: CaseDates,
  steps: readonly RecruitmentStep[],
  settings: RecruitmentSettings,
): RecruitmentWarning[] {
  const warnings: RecruitmentWarning[] = [];
  steps.forEach((step, index) => {
    if (!counted(step)) return;
    const ctx = stepContext(caseRecord, steps.slice(0, index), settings);
    const rule = stepRule(step.kind);
    const earliest = earliestOf(rule, ctx);
    if (step.date < earliest.date) {
      warnings.push({
        kind: 'interval-broken',
        level: 'alarm',
        date: step.date,
        message: `「${rule.label}」记录于 ${chineseDate(step.date)}，早于 ${chineseDate(earliest.date)}（${earliest.rule}）`,
      });
    }
    const due = rule.due?.(ctx);
    if (due !== undefined && step.date > due.date) {
      warnings.push({
        kind: 'interval-broken',
        level: 'warn',
        date: step.date,
        message: `「${rule.label}」于 ${chineseDate(step.date)} 完成，晚于 ${chineseDate(due.date)}（${due.rule}）`,
      });
    }
  });
  return warnings;
}

/** What is done, what comes next and by when, for one case on `today`. */
export function evaluateCase(
  caseRecord: CaseDates,
  allSteps: readonly RecruitmentStep[],
  today: IsoDate,
  settings: RecruitmentSettings = DEFAULT_RECRUITMENT_SETTINGS,
): CaseStatus {
  const steps = liveSorted(allSteps);
  const ctx = stepContext(caseRecord, steps, settings);
  const { stage, stageDates } = stageOf(ctx);
  const cancelled = ctx.last('cancellation') !== undefined;
  const ended = cancelled || stage === '正式党员';
  const open: StepStatus[] = [];
  let next: StepStatus | undefined;
  if (!ended) {
    for (const rule of STEP_RULES) {
      if (rule.kind === 'cancellation') continue;
      const done = isDone(rule, ctx);
      const expected = rule.repeatable === true ? stillExpected(rule, ctx) : !done;
      if (!expected) continue;
      const status = stepStatus(rule, ctx, today);
      if (status.state !== 'blocked') open.push(status);
      if (next === undefined && rule.optional !== true && !done) next = status;
    }
  }
  const urgent = [...open, ...(next === undefined ? [] : [next])];
  const attention = urgent.reduce<StepState>(
    (worst, status) => (URGENCY[status.state] > URGENCY[worst] ? status.state : worst),
    'blocked',
  );
  const warnings = ended
    ? []
    : [...open.flatMap((status) => dueWarning(status) ?? []), ...historyWarnings(caseRecord, steps, settings)];
  return { stage, cancelled, ended, stageDates, probationEnd: ctx.probationEnd, next, open, attention, warnings };
}

function refuse(rule: string, message: string, earliest?: IsoDate): StepRefusal {
  return earliest === undefined ? { rule, message } : { rule, message, earliest };
}

function checkPeople(
  label: string,
  ids: readonly string[],
  roster: ReadonlyMap<string, RosterPerson>,
  count: { min: number; max: number },
  rule: string,
): StepRefusal | undefined {
  const unique = [...new Set(ids)];
  if (unique.length < count.min || unique.length > count.max) {
    const wanted = count.min === count.max ? `${count.min} 名` : `${count.min} 至 ${count.max} 名`;
    return refuse(rule, `${label}应为 ${wanted}正式党员，现选 ${unique.length} 名`);
  }
  for (const id of unique) {
    const person = roster.get(id);
    if (person === undefined || !person.active) return refuse(rule, `${label}须为名册中在册的正式党员`);
    if (person.category !== '正式党员') return refuse(rule, `${label}须为正式党员，“${person.name}”是预备党员`);
  }
  return undefined;
}

function checkSpecifics(
  draft: StepDraft,
  ctx: StepContext,
  steps: readonly RecruitmentStep[],
  roster: ReadonlyMap<string, RosterPerson>,
): StepRefusal | undefined {
  switch (draft.kind) {
    case 'contacts':
      return checkPeople(
        '培养联系人',
        draft.memberIds ?? [],
        roster,
        { min: 1, max: 2 },
        '指定一至两名正式党员作培养联系人（细则第二章）',
      );
    case 'sponsors':
      return checkPeople(
        '入党介绍人',
        draft.memberIds ?? [],
        roster,
        { min: 2, max: 2 },
        '应有两名正式党员作入党介绍人（细则第三章）',
      );
    case 'political-review':
      return (draft.content ?? '').trim() === ''
        ? refuse('政治审查须形成结论性材料（细则第三章）', '请填写政审结论')
        : undefined;
    case 'cancellation':
      return (draft.content ?? '').trim() === '' ? refuse('取消资格须写明理由', '请填写取消资格的理由') : undefined;
    case 'training':
      return trainingIsEnough(draft.trainingDays, draft.trainingHours)
        ? undefined
        : refuse(
            '短期集中培训一般不少于三天或二十四个学时（细则第三章）',
            `培训时间不足：${draft.trainingDays ?? 0} 天、${draft.trainingHours ?? 0} 学时`,
          );
    case 'publicity':
      return draft.publicityDays === undefined || draft.publicityDays < 1
        ? refuse('公示须有天数', '请填写公示天数')
        : undefined;
    case 'admission-vote':
    case 'confirmation-vote':
      return checkVote(draft);
    case 'extension': {
      const months = draft.extensionMonths ?? 0;
      const before = steps
        .filter((step) => step.kind === 'extension')
        .reduce((sum, s) => sum + (s.extensionMonths ?? 0), 0);
      const rule = '延长预备期不能少于半年，最长不超过一年（党章第七条）';
      if (months < 6 || months > 12) return refuse(rule, `延长 ${months} 个月不在 6 至 12 个月之间`);
      if (before + months > 12) return refuse(rule, `已延长 ${before} 个月，合计不能超过 12 个月`);
      if (ctx.last('confirmation-vote') !== undefined) return refuse(rule, '支部大会已讨论通过转正，不能再延长预备期');
      return undefined;
    }
    default:
      return undefined;
  }
}

function checkVote(draft: StepDraft): StepRefusal | undefined {
  const rule = '有表决权的到会人数须超过应到人数的半数，赞成票须超过应到会有表决权党员的半数（细则第四章）';
  if (draft.vote === undefined) return refuse(rule, '请填写表决情况');
  const result = checkBranchVote(draft.vote);
  if (result.problems.length > 0) return refuse(rule, result.problems.join('；'));
  if (draft.vote.declared === '通过' && !result.quorum)
    return refuse(
      rule,
      `到会人数不足：应到 ${draft.vote.entitled} 人，至少须到 ${result.quorumNeeded} 人，不能记为通过`,
    );
  if (draft.vote.declared === '通过' && !result.passed)
    return refuse(rule, `赞成票不足：至少须 ${result.yesNeeded} 票赞成，不能记为通过`);
  if (draft.vote.declared === '未通过' && result.passed)
    return refuse(rule, `赞成票已超过应到人数的半数，表决结果应为“通过”`);
  return undefined;
}

/**
 * Whether a new step may be recorded: null when it may, otherwise the rule, the reason and (when waiting
 * would fix it) the first date it becomes possible. Nothing may be written when it refuses.
 */
export function validateStep(
  caseRecord: CaseDates,
  allSteps: readonly RecruitmentStep[],
  draft: StepDraft,
  today: IsoDate,
  roster: ReadonlyMap<string, RosterPerson>,
  settings: RecruitmentSettings = DEFAULT_RECRUITMENT_SETTINGS,
): StepRefusal | null {
  const steps = liveSorted(allSteps);
  const ctx = stepContext(caseRecord, steps, settings);
  const rule = stepRule(draft.kind);
  const status = evaluateCase(caseRecord, steps, today, settings);
  if (status.ended)
    return refuse(
      '案例已结束',
      status.cancelled ? '该人员已被取消资格，不能再记录步骤' : '该人员已转为正式党员，发展程序已完成',
    );
  if (draft.date > today) return refuse('不能登记未来的日期', `日期 ${chineseDate(draft.date)} 晚于今天`);
  if (rule.repeatable !== true && isDone(rule, ctx))
    return refuse('每个步骤只记录一次', `「${rule.label}」已记录（${chineseDate(ctx.last(rule.kind) ?? draft.date)}）`);
  if (rule.repeatable === true && !stillExpected(rule, ctx))
    return refuse('已进入下一阶段', `「${rule.label}」已不再需要记录`);
  const missing = rule.requires.filter((required) => ctx.last(required) === undefined);
  if (missing.length > 0) {
    return refuse(
      '须按发展党员程序依次进行（细则）',
      `须先完成：${missing.map((kind) => `「${stepLabel(kind)}」`).join('、')}`,
    );
  }
  const earliest = earliestOf(rule, ctx);
  if (draft.date < earliest.date) {
    return refuse(earliest.rule, `「${rule.label}」最早可在 ${chineseDate(earliest.date)} 进行`, earliest.date);
  }
  return checkSpecifics(draft, ctx, steps, roster) ?? null;
}

/** The 转正 date for the roster: the day the 预备期 ends (党章 art. 7: 党龄 counts from the end of the 预备期). */
export function confirmationDate(
  caseRecord: CaseDates,
  steps: readonly RecruitmentStep[],
  settings = DEFAULT_RECRUITMENT_SETTINGS,
): IsoDate | undefined {
  return stepContext(caseRecord, liveSorted(steps), settings).probationEnd;
}
