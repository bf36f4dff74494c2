import type { CareObject, CareRound, CareVisit } from '../entities/care';
import type { IsoDate } from '../entities/dates';
import type { DuesPayment, DuesProfile } from '../entities/dues';
import { addMonthsTo, monthOfDate, monthsBetween } from '../entities/dues-month';
import type { YearMonth } from '../entities/dues-month';
import type { DuesRateTable } from '../entities/dues-rates';
import type { InServiceMember, ServiceRecord } from '../entities/in-service';
import type { Member } from '../entities/member';
import type { RecruitmentCase, RecruitmentStep } from '../entities/recruitment';
import type { ReviewBallot, ReviewRound } from '../entities/review';
import { monthlyDues } from '../rules/dues-amount';
import { isCountedMember } from '../rules/member-standing';
import { samplePersonName } from './sample-members';
import { sampleRecruitment } from './sample-recruitment';
import { sampleReview } from './sample-review';
import { Prng } from './prng';

/** The year's other ledgers of the demo community: 党费, 关怀帮扶, 在职党员报到, 发展党员, 民主评议. */
export interface SampleLedgers {
  duesProfiles: DuesProfile[];
  duesPayments: DuesPayment[];
  careObjects: CareObject[];
  careRounds: CareRound[];
  careVisits: CareVisit[];
  inServiceMembers: InServiceMember[];
  serviceRecords: ServiceRecord[];
  recruitmentCases: RecruitmentCase[];
  recruitmentSteps: RecruitmentStep[];
  reviewRounds: ReviewRound[];
  reviewBallots: ReviewBallot[];
}
export type SampleLedgerTable = keyof SampleLedgers;
export const SAMPLE_LEDGER_TABLES: readonly SampleLedgerTable[] = [
  'duesProfiles',
  'duesPayments',
  'careObjects',
  'careRounds',
  'careVisits',
  'inServiceMembers',
  'serviceRecords',
  'recruitmentCases',
  'recruitmentSteps',
  'reviewRounds',
  'reviewBallots',
];

function stamp(date: IsoDate): string {
  return `${date}T02:00:00.000Z`;
}

function ageOf(member: Member, endDate: IsoDate): number {
  return member.birthDate === undefined ? 0 : Number(endDate.slice(0, 4)) - Number(member.birthDate.slice(0, 4));
}

/** 党费规定 第一条至第三条: the category from the member's occupation, with a believable base. */
function duesProfile(prng: Prng, member: Member, from: YearMonth, at: string): DuesProfile {
  const base = { id: prng.uuid(), createdAt: at, updatedAt: at, memberId: member.id, effectiveFrom: from };
  switch (member.occupation) {
    case '离退休人员':
      return { ...base, category: '离退休', baseFen: prng.int(28, 75) * 10_000 };
    case '学生':
      return { ...base, category: '学生' };
    case '无业人员':
      return { ...base, category: '下岗失业' };
    default:
      return { ...base, category: '在职', baseFen: prng.int(32, 140) * 10_000 };
  }
}

/**
 * Dues from January (or admission) to the end month: most pay every month, some a quarter at a time,
 * floating members half a year by transfer; the long-absent and the lost stopped paying when they
 * stopped coming, so the dues warnings have something true to show. One old member gives 1,000 元
 * around 七一, handed up whole (党费规定 第七条).
 */
function sampleDues(prng: Prng, members: readonly Member[], endDate: IsoDate, rates: DuesRateTable, setup: string) {
  const profiles: DuesProfile[] = [];
  const payments: DuesPayment[] = [];
  const endMonth = monthOfDate(endDate);
  const yearStart = `${endDate.slice(0, 4)}-01`;
  let voluntaryMade = false;
  for (const member of members) {
    if (!isCountedMember(member)) continue;
    const joinMonth = member.joinDate === undefined ? yearStart : monthOfDate(member.joinDate);
    const from = joinMonth > yearStart ? joinMonth : yearStart;
    if (from > endMonth) continue;
    const profile = duesProfile(prng, member, from, setup);
    profiles.push(profile);
    const fen = monthlyDues(profile, rates).fen;
    // The last month paid: the lost and the long-absent stopped; a few are a month or two behind.
    const stoppedFrom =
      member.lostContact && member.lostContactDate !== undefined
        ? monthOfDate(member.lostContactDate)
        : member.note === '近期较少参加组织生活'
          ? addMonthsTo(endMonth, -prng.int(3, 6))
          : prng.chance(0.1)
            ? addMonthsTo(endMonth, -prng.int(1, 2))
            : addMonthsTo(endMonth, 1);
    const months = monthsBetween(from, endMonth).filter((month) => month < stoppedFrom);
    const habit = member.floating ? 6 : prng.chance(0.2) ? 3 : 1;
    for (let start = 0; start < months.length; start += habit) {
      const paid = months.slice(start, start + habit);
      const first = paid[0];
      if (first === undefined) continue;
      const day = String(prng.int(3, 25)).padStart(2, '0');
      const date = `${first}-${day}`;
      if (date > endDate) continue;
      payments.push({
        id: prng.uuid(),
        createdAt: stamp(date),
        updatedAt: stamp(date),
        memberId: member.id,
        branchId: member.branchId,
        kind: 'regular',
        months: paid,
        monthAmountsFen: paid.map(() => fen),
        amountFen: fen * paid.length,
        date,
        way: member.floating
          ? '转账'
          : prng.weighted([
              ['现金', 6],
              ['微信', 3],
              ['转账', 1],
            ] as const),
      });
    }
    const julyFirst = `${endDate.slice(0, 4)}-07-01`;
    if (!voluntaryMade && ageOf(member, endDate) >= 75 && member.homeStudy === undefined && julyFirst <= endDate) {
      voluntaryMade = true;
      payments.push({
        id: prng.uuid(),
        createdAt: stamp(julyFirst),
        updatedAt: stamp(julyFirst),
        memberId: member.id,
        branchId: member.branchId,
        kind: 'voluntary',
        months: [monthOfDate(julyFirst)],
        monthAmountsFen: [100_000],
        amountFen: 100_000,
        date: julyFirst,
        way: '现金',
        handedUpWhole: true,
        note: '庆祝建党纪念日自愿交纳特殊党费',
      });
    }
  }
  return { profiles, payments };
}

/** 关怀帮扶: the old, the ill and those in need, and the 七一 visits of the year (most signed for). */
function sampleCare(prng: Prng, members: readonly Member[], endDate: IsoDate, setup: string) {
  const objects: CareObject[] = [];
  for (const member of members) {
    if (!isCountedMember(member)) continue;
    const age = ageOf(member, endDate);
    const kinds: CareObject['kinds'] = [];
    if (age >= 80) kinds.push('老党员');
    if (member.homeStudy !== undefined && member.homeStudy.reason === '身患重病') kinds.push('患病');
    if (age >= 70 && age < 80 && prng.chance(0.1)) kinds.push('困难党员');
    if (kinds.length === 0) continue;
    objects.push({ id: prng.uuid(), createdAt: setup, updatedAt: setup, memberId: member.id, kinds });
  }
  const year = Number(endDate.slice(0, 4));
  const roundYear = endDate >= `${year}-07-01` ? year : year - 1;
  const roundDate = `${roundYear}-06-28`;
  const round: CareRound = {
    id: prng.uuid(),
    createdAt: stamp(`${roundYear}-06-20`),
    updatedAt: stamp(`${roundYear}-06-20`),
    year: roundYear,
    occasion: '七一',
    title: `${roundYear}年七一走访慰问`,
    memberIds: objects.map((object) => object.memberId),
  };
  const visits: CareVisit[] = objects
    .filter(() => prng.chance(0.85))
    .map((object) => ({
      id: prng.uuid(),
      createdAt: stamp(roundDate),
      updatedAt: stamp(roundDate),
      memberId: object.memberId,
      roundId: round.id,
      date: roundDate,
      visitors: '社区党委书记、支部书记',
      gifts: prng.pick(['米、油', '慰问品一份', '学习资料、慰问品']),
      amountFen: object.kinds.includes('困难党员') ? 50_000 : 30_000,
      source: '党费' as const,
      signed: prng.chance(0.9),
    }));
  return { objects, rounds: [round], visits };
}

const SERVICE_POSTS = ['环境整治志愿岗', '政策宣传岗', '矛盾调解岗', '关爱老人岗', '文明劝导岗', '义诊便民岗'];
const EMPLOYERS: [string, string, string][] = [
  ['区教育委员会', '中共区教育委员会机关委员会', '政策宣传、辅导学生'],
  ['区人民医院', '中共区人民医院委员会', '义诊、健康讲座'],
  ['市税务局第三分局', '中共市税务局第三分局机关支部委员会', '法律咨询'],
  ['区城市管理局', '中共区城市管理局机关委员会', '环境整治'],
  ['市第二中学', '中共市第二中学支部委员会', '书法、文艺'],
  ['区住房和城乡建设委员会', '中共区住房和城乡建设委员会机关委员会', '物业纠纷调解'],
];

/** 在职党员到社区报到: six who live here, each with a post and a few records of service this year. */
function sampleInService(prng: Prng, endDate: IsoDate) {
  const people: InServiceMember[] = [];
  const records: ServiceRecord[] = [];
  const yearStart = `${endDate.slice(0, 4)}-01-01`;
  EMPLOYERS.forEach(([workUnit, workUnitPartyOrg, skills], index) => {
    const person = samplePersonName(prng, prng.chance(0.5) ? '男' : '女');
    const pad = (n: number) => String(n).padStart(2, '0');
    const reportDate = `${String(Number(endDate.slice(0, 4)) - prng.int(0, 2))}-${pad(prng.int(3, 9))}-${pad(prng.int(10, 19))}`;
    const reported = reportDate > endDate ? yearStart : reportDate;
    const post = SERVICE_POSTS[index % SERVICE_POSTS.length] ?? SERVICE_POSTS[0] ?? '志愿服务岗';
    const id = prng.uuid();
    people.push({
      id,
      createdAt: stamp(reported),
      updatedAt: stamp(reported),
      name: person.name,
      phone: `13${String(prng.int(0, 999_999_999)).padStart(9, '0')}`,
      workUnit,
      workUnitPartyOrg,
      neighbourhood: `幸福社区第${String(prng.int(1, 6))}网格`,
      reportDate: reported,
      skills,
      servicePosts: [post],
    });
    const count = prng.int(2, 5);
    for (let i = 0; i < count; i += 1) {
      const month = String(prng.int(1, Number(endDate.slice(5, 7)))).padStart(2, '0');
      const date = `${endDate.slice(0, 4)}-${month}-${String(prng.int(10, 28))}`;
      if (date > endDate || date < reported) continue;
      records.push({
        id: prng.uuid(),
        createdAt: stamp(date),
        updatedAt: stamp(date),
        personId: id,
        date,
        activity: `${post.replace(/岗$/, '')}：${prng.pick(['周末志愿服务', '入户走访', '主题宣传活动', '社区议事协商'])}`,
        hours: prng.pick([2, 2, 3, 4]),
        confirmedBy: '社区党委',
      });
    }
  });
  return { people, records };
}

/** Deterministic from the seed; a stream of its own, so the rest of the sample stays as it was. */
export function generateSampleLedgers(
  members: readonly Member[],
  endDate: IsoDate,
  seed: number,
  rates: DuesRateTable,
): SampleLedgers {
  const prng = new Prng(seed ^ 0x1ed9e5);
  const setup = stamp(`${endDate.slice(0, 4)}-01-02`);
  const dues = sampleDues(prng, members, endDate, rates, setup);
  const care = sampleCare(prng, members, endDate, setup);
  const inService = sampleInService(prng, endDate);
  const recruitment = sampleRecruitment(prng, members, endDate);
  const review = sampleReview(prng, members, endDate);
  return {
    duesProfiles: dues.profiles,
    duesPayments: dues.payments,
    careObjects: care.objects,
    careRounds: care.rounds,
    careVisits: care.visits,
    inServiceMembers: inService.people,
    serviceRecords: inService.records,
    recruitmentCases: recruitment.cases,
    recruitmentSteps: recruitment.steps,
    reviewRounds: review.rounds,
    reviewBallots: review.ballots,
  };
}
