import type { Activity, Attendance } from '../domain/entities/activity';
import { attendedStatuses } from '../domain/entities/activity';
import type { DocumentTemplateSettings, NoticeDraft } from '../domain/entities/document-settings';
import type { OfficeSettings } from '../domain/entities/settings';
import { chineseDate } from './text-format';
import type { MinutesData } from './minutes';
import type { NoticeData } from './notice';
import type { SignInSheetData } from './sign-in-sheet';

/** What the documents need to know about an activity besides its own record. */
export interface ActivityContext {
  activity: Activity;
  typeName: string;
  /** Names of the organising branches/groups, joined with 、 */
  organisers: string;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function clock(time: string | undefined): string {
  return time === undefined ? '' : time.replace(/^0(\d)/, '$1');
}

/** 2026-03-05, 09:00, 11:00 → "2026年3月5日（星期四）9:00—11:00". */
export function activityTimeText(date: string, start?: string, end?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday =
    year === undefined || month === undefined || day === undefined
      ? ''
      : `（星期${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''}）`;
  const from = clock(start);
  const to = clock(end);
  const hours = from === '' ? '' : to === '' ? from : `${from}—${to}`;
  return `${chineseDate(date)}${weekday}${hours}`;
}

export function isPartyLesson(typeName: string): boolean {
  return typeName.includes('党课');
}

/**
 * The activity list shows the kind before a colon ("党课：学习贯彻党的二十大精神", "支部党员大会：审议…"): the
 * label is that kind, the subject what follows. A title without such a label is all subject.
 */
export function activitySubject(title: string): { label: string; subject: string } {
  const trimmed = title.trim();
  const match = /^([^：:]{1,16})[：:]\s*(.+)$/.exec(trimmed);
  const label = match?.[1]?.trim() ?? '';
  const subject = match?.[2]?.trim() ?? '';
  if (match === null || !/党课|会|党日|活动/.test(label)) return { label: '', subject: trimmed };
  return { label, subject };
}

/** "学习贯彻党的二十大精神" → "“学习贯彻党的二十大精神”专题党课"; a subject that already says 党课 stays as is. */
function lessonName(subject: string): string {
  if (subject.endsWith('党课')) return subject;
  // A subject that quotes something itself ("“两个确立”的决定性意义") is not quoted again.
  return /[“”"]/.test(subject) ? `${subject}专题党课` : `“${subject}”专题党课`;
}

/** A meeting is 召开ed; a 主题党日 or other activity is 开展ed, and named an 活动 if it does not say so. */
function meetingPhrase(name: string): string {
  if (/会(议)?$/.test(name)) return `召开${name}`;
  return `开展${name}${name.endsWith('活动') ? '' : '活动'}`;
}

/** What the notice calls the activity: "开展“…”专题党课", "召开支部党员大会", "开展主题党日活动". */
export function noticeActivityPhrase(title: string, typeName: string): string {
  const { label, subject } = activitySubject(title);
  if (isPartyLesson(typeName)) return `开展${lessonName(subject)}`;
  return meetingPhrase(label === '' ? subject : label);
}

/** The heading of section 三: who speaks on what (党课) or what the meeting is about. */
export function subjectHeading(typeName: string): string {
  return isPartyLesson(typeName) ? '主讲人与主题' : '会议内容';
}

export function defaultNoticeDraft(
  context: ActivityContext,
  office: OfficeSettings,
  templates: DocumentTemplateSettings,
  today: string,
): NoticeDraft {
  const { activity, typeName } = context;
  const lesson = isPartyLesson(typeName);
  const title = activity.title.trim();
  const { subject } = activitySubject(title);
  const phrase = noticeActivityPhrase(title, typeName);
  const lecturer = activity.lecturerName?.trim() ?? '';
  const content = activity.content?.trim() ?? '';
  return {
    title: title.startsWith('关于') ? title : `关于${phrase}的通知`,
    addressee: templates.addressee,
    purpose: lesson
      ? `为深入学习贯彻党的创新理论，进一步加强党员教育管理，经研究，决定${phrase}。现将有关事项通知如下：`
      : `经研究，决定${phrase}。现将有关事项通知如下：`,
    time: activityTimeText(activity.date, activity.startTime, activity.endTime),
    place: activity.place?.trim() ?? '',
    // 三、主讲人与主题 names the lesson's 主题, never its agenda: the agenda is 学习内容, a level down.
    subject: lesson ? `主讲人：${lecturer === '' ? '（待定）' : lecturer}；主题：${subject}` : content || subject,
    ...(lesson ? { content } : {}),
    participants: context.organisers === '' ? '全体党员' : `${context.organisers}全体党员`,
    requirements: templates.requirements,
    contactPerson: templates.contactPerson !== '' ? templates.contactPerson : office.contactPerson,
    contactPhone: templates.contactPhone !== '' ? templates.contactPhone : office.contactPhone,
    issuer: office.officeName,
    date: today,
    issuerMark: templates.issuerMark,
    updatedAt: '',
  };
}

/** Fields a notice cannot go out without, named so the office fixes them before saving. */
export function noticeProblems(draft: NoticeDraft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push('标题');
  if (draft.time.trim() === '') problems.push('时间');
  if (draft.place.trim() === '') problems.push('地点');
  if (draft.participants.trim() === '') problems.push('参加人员');
  if (draft.issuer.trim() === '') problems.push('落款（发文单位）');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.push('成文日期');
  return problems;
}

/** The heading of the 党课's agenda section, printed only when it has lines. */
export const LESSON_CONTENT_HEADING = '学习内容';

export function noticeDataFromDraft(draft: NoticeDraft, typeName: string): NoticeData {
  const lesson = isPartyLesson(typeName);
  const content = draft.content?.trim() ?? '';
  return {
    title: draft.title,
    addressee: draft.addressee,
    purpose: draft.purpose,
    sections: [
      { heading: '时间', text: draft.time },
      { heading: '地点', text: draft.place },
      // A meeting's 会议内容 is its agenda: one item a line, numbered （一）（二）….
      { heading: subjectHeading(typeName), text: draft.subject, list: !lesson },
      ...(lesson && content !== '' ? [{ heading: LESSON_CONTENT_HEADING, text: content, list: true }] : []),
      { heading: '参加人员', text: draft.participants },
    ],
    requirements: draft.requirements.split(/\r?\n/).filter((line) => line.trim() !== ''),
    contactPerson: draft.contactPerson,
    contactPhone: draft.contactPhone,
    issuer: draft.issuer,
    date: draft.date,
    issuerMark: draft.issuerMark,
  };
}

/** Problems of an activity for its sign-in sheet and minutes: things the page would print blank. */
export function activityProblems(activity: Activity): string[] {
  const problems: string[] = [];
  if ((activity.place ?? '').trim() === '') problems.push('地点');
  if (activity.startTime === undefined) problems.push('开始时间');
  return problems;
}

function absenteesOf(attendance: readonly Attendance[]): { name: string; reason: string }[] {
  return attendance
    .filter((row) => row.expected && (row.status === 'absent' || row.status === 'leave'))
    .map((row) => ({ name: row.personName, reason: row.reason ?? (row.status === 'leave' ? '请假' : '') }));
}

function countsOf(
  attendance: readonly Attendance[],
): { expected: number; present: number; absent: number } | undefined {
  const live = attendance.filter((row) => row.deletedAt === undefined);
  if (live.every((row) => row.status === 'unmarked')) return undefined;
  const expected = live.filter((row) => row.expected).length;
  const present = live.filter((row) => row.expected && attendedStatuses.includes(row.status)).length;
  return { expected, present, absent: expected - present };
}

export function signInSheetFromActivity(
  context: ActivityContext,
  attendance: readonly Attendance[],
  unitName: (row: Attendance) => string,
): SignInSheetData {
  const { activity } = context;
  const live = attendance.filter((row) => row.deletedAt === undefined).sort((a, b) => a.order - b.order);
  const counts = countsOf(live);
  return {
    title: activity.title,
    typeName: context.typeName,
    time: activityTimeText(activity.date, activity.startTime, activity.endTime),
    place: activity.place ?? '',
    host: activity.hostName ?? '',
    recorder: activity.recorderName ?? '',
    unitLabel: '党小组/支部',
    counts,
    absentees: counts === undefined ? [] : absenteesOf(live),
    rows: live.map((row) => ({
      name: row.personName,
      unit: unitName(row),
      note:
        row.personCategory === 'member'
          ? row.expected
            ? ''
            : '列席'
          : row.personCategory === 'activist'
            ? '入党积极分子'
            : row.personCategory === 'resident'
              ? '群众'
              : '',
    })),
    blankRows: live.length === 0 ? 20 : 5,
  };
}

export function minutesFromActivity(context: ActivityContext, attendance: readonly Attendance[]): MinutesData {
  const { activity } = context;
  const live = attendance.filter((row) => row.deletedAt === undefined);
  const counts = countsOf(live);
  return {
    title: activity.title,
    typeName: context.typeName,
    time: activityTimeText(activity.date, activity.startTime, activity.endTime),
    place: activity.place ?? '',
    host: activity.hostName ?? '',
    recorder: activity.recorderName ?? '',
    expected: counts?.expected ?? null,
    present: counts?.present ?? null,
    absentees: counts === undefined ? [] : absenteesOf(live),
    nonVotingAttendees: activity.minutes?.nonVotingAttendees ?? '',
    topics: activity.minutes?.topics ?? '',
    speechPoints: activity.minutes?.speechPoints ?? '',
    resolutions: activity.minutes?.resolutions ?? '',
    ...(activity.minutes?.voting === undefined ? {} : { voting: activity.minutes.voting }),
  };
}

/** "党课通知-2026年3月5日-专题党课.docx": safe on Windows, sorted by date in a folder. */
export function documentFileName(kind: string, date: string, title: string): string {
  const clean = title.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
  return `${kind}-${chineseDate(date)}-${clean}.docx`;
}
