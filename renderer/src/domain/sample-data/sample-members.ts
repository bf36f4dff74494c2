import type { IsoDate } from '../entities/dates';
import type { ContactLog, Member, MemberEvent } from '../entities/member';
import { educationLevels } from '../entities/member';
import { addDays, addMonths, dateOf } from '../rules/date-math';
import { DESTINATIONS, GIVEN_EITHER, GIVEN_FEMALE, GIVEN_MALE, STREETS, SURNAMES, WORK_UNITS } from './names';
import type { Prng } from './prng';

/** How a sample member tends to turn up; drives the attendance pattern. */
export type Behaviour = 'regular' | 'floating' | 'chronic' | 'lost' | 'stopped';

/**
 * How keen a regular member is: most come nearly always, some come about half the time (near the
 * 32 学时 target), a few seldom (far below it), so the study-hour figures have a believable spread.
 */
export type Engagement = 'steady' | 'patchy' | 'low';

/** What the activity generator keeps of each member (small, so 10,000 members stay cheap). */
export interface SampleMember {
  id: string;
  name: string;
  namePinyin: string;
  branchId: string;
  groupId?: string;
  category: Member['category'];
  partyStanding: Member['partyStanding'];
  membershipStatus: Member['membershipStatus'];
  floating: boolean;
  floatingSince?: IsoDate;
  joinDate: IsoDate;
  behaviour: Behaviour;
  /** From this date a chronic absentee stops coming (the six-month warning has to catch it). */
  absentFrom?: IsoDate;
  age: number;
  /** In work, so meetings clash with work now and then. */
  working: boolean;
  engagement: Engagement;
  /** 条例 art. 23: from this date the branch brings study to the member (送学上门) instead. */
  homeStudySince?: IsoDate;
}

export interface PersonName {
  name: string;
  namePinyin: string;
  nameInitials: string;
}

export function samplePersonName(prng: Prng, gender: '男' | '女'): PersonName {
  const [surname, surnamePinyin] = prng.weighted(
    SURNAMES.map(([char, pinyin, weight]) => [[char, pinyin], weight] as const),
  );
  const pool = [...(gender === '男' ? GIVEN_MALE : GIVEN_FEMALE), ...GIVEN_EITHER];
  const parts = [prng.pick(pool)];
  if (prng.chance(0.7)) parts.push(prng.pick(pool));
  return {
    name: surname + parts.map(([char]) => char).join(''),
    namePinyin: surnamePinyin + parts.map(([, pinyin]) => pinyin).join(''),
    nameInitials: surnamePinyin.charAt(0) + parts.map(([, pinyin]) => pinyin.charAt(0)).join(''),
  };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const REGIONS = ['500103', '500105', '500106', '500107', '500108', '500112'];

/** GB 11643-1999: region, birth date, sequence (odd for men), ISO 7064 MOD 11-2 check character. */
export function idNumberFor(region: string, birthDate: IsoDate, sequence: number, gender: '男' | '女'): string {
  const seq = (sequence * 2 + (gender === '男' ? 1 : 0)) % 1000;
  const body = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(body.charAt(index)) * (ID_WEIGHTS[index] ?? 0);
  return body + ID_CHECK.charAt(sum % 11);
}

function educationFor(prng: Prng, age: number): Member['education'] {
  const [postgrad, bachelor, college, technical, high, middle, primary, none] = educationLevels;
  if (age < 40)
    return prng.weighted([
      [postgrad, 2],
      [bachelor, 5],
      [college, 3],
      [high, 1],
    ]);
  if (age < 60)
    return prng.weighted([
      [postgrad, 1],
      [bachelor, 3],
      [college, 3],
      [technical, 2],
      [high, 2],
      [middle, 1],
    ]);
  return prng.weighted([
    [bachelor, 1],
    [college, 1],
    [technical, 2],
    [high, 3],
    [middle, 3],
    [primary, 2],
    [none, 1],
  ]);
}

function occupationFor(prng: Prng, age: number): string {
  if (age >= 60) return prng.chance(0.85) ? '离退休人员' : '其他';
  if (age < 23) return prng.chance(0.6) ? '学生' : '企业人员';
  return prng.weighted([
    ['党政机关工作人员', 2],
    ['事业单位人员', 3],
    ['企业人员', 5],
    ['社区工作者', 2],
    ['个体工商户', 2],
    ['自由职业者', 1],
    ['无业人员', 1],
  ]);
}

function phone(prng: Prng): string {
  return `1${prng.pick(['3', '5', '8', '9'])}${String(prng.int(0, 999_999_999)).padStart(9, '0')}`;
}

export interface MemberSpec {
  index: number;
  branchId: string;
  groupId: string | undefined;
  behaviour: Behaviour;
  probationary: boolean;
  endDate: IsoDate;
  timestamp: string;
}

export interface GeneratedMember {
  member: Member;
  sample: SampleMember;
  events: MemberEvent[];
  contactLogs: ContactLog[];
}

function ageFor(prng: Prng, behaviour: Behaviour, probationary: boolean): number {
  if (probationary) return prng.int(22, 45);
  if (behaviour === 'floating') return prng.int(24, 55);
  return prng.weighted([
    [prng.int(22, 35), 15],
    [prng.int(36, 50), 20],
    [prng.int(51, 60), 15],
    [prng.int(61, 75), 35],
    [prng.int(76, 88), 15],
  ]);
}

export function generateSampleMember(prng: Prng, spec: MemberSpec, usedIds: Set<string>): GeneratedMember {
  const { endDate, behaviour, probationary, timestamp } = spec;
  const gender = prng.chance(0.52) ? '女' : '男';
  const age = ageFor(prng, behaviour, probationary);
  const birthYear = Number(endDate.slice(0, 4)) - age;
  const birthDate = dateOf(birthYear, prng.int(1, 12), prng.int(1, 28));
  let sequence = spec.index;
  let idNumber = idNumberFor(REGIONS[spec.index % REGIONS.length] ?? '500103', birthDate, sequence, gender);
  while (usedIds.has(idNumber)) {
    sequence += 1;
    idNumber = idNumberFor(REGIONS[spec.index % REGIONS.length] ?? '500103', birthDate, sequence, gender);
  }
  usedIds.add(idNumber);
  const joinDate = probationary
    ? addDays(endDate, -prng.int(150, 360))
    : addDays(dateOf(birthYear + prng.int(20, Math.max(21, Math.min(age - 2, 50))), 1, 1), prng.int(0, 360));
  const safeJoin =
    joinDate > addDays(endDate, -400) && !probationary ? addDays(endDate, -prng.int(400, 1500)) : joinDate;
  const person = samplePersonName(prng, gender);
  const id = prng.uuid();
  const occupation = occupationFor(prng, age);
  const floating = behaviour === 'floating';
  const floatingSince = floating ? addMonths(endDate, -prng.int(8, 40)) : undefined;
  const picked = prng.pick(DESTINATIONS);
  // Most floating members work where the work is (跑运输, 建筑工地): no fixed place, so no transfer is due
  // (条例 art. 25); the few settled in one city for long are the transfer reminders the overview shows.
  const destination = prng.chance(0.3) ? picked : { province: picked.province, city: '', county: '' };
  const lostContact = behaviour === 'lost' || behaviour === 'stopped';
  const lostContactDate =
    behaviour === 'lost' ? addMonths(endDate, -prng.int(2, 5)) : addMonths(endDate, -prng.int(14, 30));
  const member: Member = {
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    name: person.name,
    namePinyin: person.namePinyin,
    nameInitials: person.nameInitials,
    gender,
    ethnicity: prng.chance(0.94) ? '汉族' : prng.pick(['土家族', '苗族', '回族', '满族']),
    idNumber,
    birthDate,
    education: educationFor(prng, age),
    category: probationary ? '预备党员' : '正式党员',
    branchId: spec.branchId,
    ...(spec.groupId === undefined ? {} : { groupId: spec.groupId }),
    joinDate: safeJoin,
    ...(probationary ? {} : { fullMemberDate: addDays(safeJoin, 365) }),
    occupation,
    phone: phone(prng),
    address: `幸福社区${prng.pick(STREETS)}${prng.int(1, 120)}号${prng.int(1, 6)}单元${prng.int(1, 30)}0${prng.int(1, 4)}`,
    partyStanding: behaviour === 'stopped' ? '停止党籍' : '正常',
    lostContact,
    ...(lostContact ? { lostContactDate } : {}),
    floating,
    ...(floating
      ? {
          floatingTo: { ...destination },
          floatingContactPerson: samplePersonName(prng, prng.chance(0.5) ? '男' : '女').name,
          floatingContactPhone: phone(prng),
          floatingCertificateNo: `LD${endDate.slice(0, 4)}${String(prng.int(1, 99_999)).padStart(5, '0')}`,
          floatingSince,
        }
      : {}),
    workUnit: occupation === '离退休人员' ? `原${prng.pick(WORK_UNITS)}` : prng.pick(WORK_UNITS),
    membershipStatus: 'active',
    ...(behaviour === 'chronic' ? { note: '近期较少参加组织生活' } : {}),
  };
  // 条例 art. 23: most of the very old are 年老体弱 or 行动不便; the branch brings study to them.
  if (behaviour === 'regular' && !probationary && age >= 80 && prng.chance(0.7)) {
    member.homeStudy = {
      reason: prng.chance(0.6) ? '年老体弱' : '行动不便',
      since: addMonths(endDate, -prng.int(6, 30)),
      note: '由支部书记、党小组长定期送学上门',
    };
  }
  // A fixed share, so every sample has its handful far below the target: about 1 in 12 seldom comes,
  // about 1 in 5 comes half the time.
  const engagement: Engagement =
    behaviour !== 'regular' || age >= 75
      ? 'steady'
      : spec.index % 12 === 7
        ? 'low'
        : spec.index % 5 === 2
          ? 'patchy'
          : 'steady';
  const events: MemberEvent[] = [
    { id: prng.uuid(), createdAt: timestamp, updatedAt: timestamp, memberId: id, type: 'joined', date: safeJoin },
  ];
  if (member.fullMemberDate !== undefined) {
    events.push({
      id: prng.uuid(),
      createdAt: timestamp,
      updatedAt: timestamp,
      memberId: id,
      type: 'confirmed',
      date: member.fullMemberDate,
    });
  }
  if (lostContact) {
    events.push({
      id: prng.uuid(),
      createdAt: timestamp,
      updatedAt: timestamp,
      memberId: id,
      type: 'lost-contact',
      date: lostContactDate,
      note: '多次电话联系未果',
    });
  }
  if (behaviour === 'stopped') {
    events.push({
      id: prng.uuid(),
      createdAt: timestamp,
      updatedAt: timestamp,
      memberId: id,
      type: 'suspended',
      date: addMonths(lostContactDate, 7),
      note: '失去联系超过六个月，经支部大会讨论停止党籍（党员教育管理工作条例第二十四条）',
    });
  }
  const contactLogs: ContactLog[] = [];
  if (floating) {
    const count = prng.int(1, 3);
    for (let i = 0; i < count; i += 1) {
      contactLogs.push({
        id: prng.uuid(),
        createdAt: timestamp,
        updatedAt: timestamp,
        memberId: id,
        date: addDays(endDate, -prng.int(10, 330)),
        way: prng.pick(['电话', '微信', '微信', '走访'] as const),
        content: prng.pick([
          '了解在外工作生活情况，提醒按时交纳党费',
          '通报支部近期学习安排，发送学习资料',
          '询问在流入地参加组织生活情况',
          '春节返乡期间走访，参加支部活动',
        ]),
      });
    }
  }
  const sample: SampleMember = {
    id,
    name: person.name,
    namePinyin: person.namePinyin,
    branchId: spec.branchId,
    ...(spec.groupId === undefined ? {} : { groupId: spec.groupId }),
    category: member.category,
    partyStanding: member.partyStanding,
    membershipStatus: 'active',
    floating,
    ...(floatingSince === undefined ? {} : { floatingSince }),
    joinDate: safeJoin,
    behaviour,
    ...(behaviour === 'chronic' ? { absentFrom: addMonths(endDate, -prng.int(4, 7)) } : {}),
    ...(behaviour === 'lost' ? { absentFrom: lostContactDate } : {}),
    age,
    working: !['离退休人员', '无业人员', '学生', '其他'].includes(occupation),
    engagement,
    ...(member.homeStudy === undefined ? {} : { homeStudySince: member.homeStudy.since }),
  };
  return { member, sample, events, contactLogs };
}
