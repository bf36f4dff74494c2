import type { IsoDate } from '../entities/dates';
import type { Member } from '../entities/member';
import type { Reflection, StudyEntry, StudyEntrySource, ThoughtReport } from '../entities/study-record';
import { addDays, addMonths, daysBetween } from '../rules/calendar';
import { isCountedMember } from '../rules/member-standing';
import { Prng } from './prng';

export interface SampleStudyRecords {
  studyEntries: StudyEntry[];
  reflections: Reflection[];
  thoughtReports: ThoughtReport[];
}

const SELF_STUDY: [StudyEntrySource, string, string, number, number][] = [
  ['self-study', '学习《中国共产党章程》', '自学', 1, 3],
  ['self-study', '学习《习近平新时代中国特色社会主义思想学习纲要》', '读书', 2, 4],
  ['self-study', '学习“学习强国”专题文章', '线上阅读', 1, 2],
  ['remote', '观看党员教育专题片', '远程教育', 1, 2],
  ['remote', '收看全国党员干部现代远程教育课件', '远程教育', 2, 3],
  ['training', '区委党校党员骨干培训班', '专题培训', 8, 8],
  ['training', '街道党工委专题辅导报告会', '专题讲座', 4, 4],
];

const REFLECTIONS = [
  '通过一年的学习，进一步坚定了理想信念，增强了“四个意识”，今后要把学习成果转化为服务居民的实际行动。',
  '坚持参加支部组织生活和个人自学，对党的创新理论有了更深的理解，也认识到自己在理论联系实际方面还有差距。',
  '作为一名老党员，退休不褪色，通过学习更加明确了在社区中发挥先锋模范作用的方向。',
];

function timestamp(date: IsoDate): string {
  return `${date}T02:00:00.000Z`;
}

/**
 * The demo community's own study: self-study and remote-education entries, outside training, a few
 * records of organisational life where floating members live, 学习体会 for the year, and quarterly
 * 思想汇报 of 预备党员 (some overdue, so the overview has something to show).
 */
export function generateSampleStudyRecords(
  members: readonly Member[],
  endDate: IsoDate,
  seed: number,
): SampleStudyRecords {
  const prng = new Prng(seed ^ 0x5eed);
  const start = addDays(addMonths(endDate, -12), 1);
  const span = daysBetween(start, endDate);
  const yearStart = `${endDate.slice(0, 4)}-01-01`;
  const records: SampleStudyRecords = { studyEntries: [], reflections: [], thoughtReports: [] };
  for (const member of members) {
    if (!isCountedMember(member)) continue;
    const from = member.joinDate !== undefined && member.joinDate > start ? member.joinDate : start;
    const room = daysBetween(from, endDate);
    if (room < 0) continue;
    const count = prng.weighted([
      [0, 3],
      [1, 3],
      [2, 3],
      [4, 2],
    ] as const);
    for (let i = 0; i < count; i += 1) {
      const [source, content, form, min, max] = prng.pick(SELF_STUDY);
      const date = addDays(from, prng.int(0, room));
      records.studyEntries.push({
        id: prng.uuid(),
        createdAt: timestamp(date),
        updatedAt: timestamp(date),
        memberId: member.id,
        date,
        source,
        content,
        form,
        hours: prng.int(min, max),
        ...(source === 'training' ? { organiser: '区委组织部' } : {}),
      });
    }
    if (member.floating && prng.chance(0.5)) {
      const date = addDays(start, prng.int(Math.floor(span / 2), span));
      records.studyEntries.push({
        id: prng.uuid(),
        createdAt: timestamp(date),
        updatedAt: timestamp(date),
        memberId: member.id,
        date,
        source: 'elsewhere',
        content: '在流入地党组织参加主题党日',
        form: '异地组织生活',
        hours: 2,
        organiser: member.floatingTo === undefined ? '流入地党支部' : `${member.floatingTo.city}流动党员党支部`,
      });
    }
    // 条例 art. 23: the branch brings study to its elderly and ill members, about every two months.
    // A stream of its own (ids derived from the member), so the other demo records stay as they were.
    if (member.homeStudy !== undefined) {
      let date = member.homeStudy.since > start ? member.homeStudy.since : start;
      let n = 0;
      while (date <= endDate) {
        records.studyEntries.push({
          id: `${member.id.slice(0, 24)}${String(n).padStart(12, '0')}`,
          createdAt: timestamp(date),
          updatedAt: timestamp(date),
          memberId: member.id,
          date,
          source: 'home-visit',
          content: '送学上门：传达支部学习内容，赠送学习资料，听取意见',
          form: '送学上门',
          hours: 1,
          organiser: '支部书记',
        });
        n += 1;
        date = addMonths(date, 2);
      }
    }
    if (endDate >= `${endDate.slice(0, 4)}-06-01` && prng.chance(0.3)) {
      records.reflections.push({
        id: prng.uuid(),
        createdAt: timestamp(endDate),
        updatedAt: timestamp(endDate),
        memberId: member.id,
        year: Number(endDate.slice(0, 4)),
        text: prng.pick(REFLECTIONS),
        writtenDate: endDate < yearStart ? yearStart : endDate,
      });
    }
    if (member.category === '预备党员' && member.joinDate !== undefined) {
      // Quarterly reports from joining; about a third stop after some reports, and become overdue.
      const stopAfter = prng.chance(0.35) ? prng.int(0, 2) : Number.POSITIVE_INFINITY;
      let periodFrom = member.joinDate;
      for (let n = 0; n < stopAfter; n += 1) {
        const periodTo = addDays(addMonths(periodFrom, 3), -1);
        const received = addDays(periodTo, prng.int(1, 10));
        if (received > endDate) break;
        records.thoughtReports.push({
          id: prng.uuid(),
          createdAt: timestamp(received),
          updatedAt: timestamp(received),
          memberId: member.id,
          receivedDate: received,
          periodFrom,
          periodTo,
          reviewer: '支部书记',
        });
        periodFrom = addDays(periodTo, 1);
      }
    }
  }
  return records;
}
