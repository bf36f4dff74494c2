import type { Voting } from '../domain/entities/activity';
import { voteOutcomes, votingAttendanceText } from '../domain/rules/votes';
import { sheetTitle } from './text-format';

/** DOMAIN.md "会议记录": the record of one meeting of 三会一课. */
export interface MinutesData {
  title: string;
  typeName: string;
  time: string;
  place: string;
  host: string;
  recorder: string;
  /** null when attendance has not been recorded. */
  expected: number | null;
  present: number | null;
  absentees: { name: string; reason: string }[];
  /** 列席人员 */
  nonVotingAttendees: string;
  topics: string;
  speechPoints: string;
  resolutions: string;
  /** 支部党员大会: 有表决权的应到/实到 and the votes, printed under 决议（表决结果）. */
  voting?: Voting;
}

/** What the 会议记录 prints, as text, without docx: the Word builder and the print preview share it. */
export interface MinutesSheet {
  title: string;
  typeName: string;
  time: string;
  place: string;
  host: string;
  recorder: string;
  expected: string;
  present: string;
  absentees: string;
  nonVotingAttendees: string;
  /** 一、议题 二、发言要点 三、决议（表决结果）: each with its paragraphs (never empty). */
  sections: { heading: string; paragraphs: string[] }[];
  signatures: string;
}

export const NOT_RECORDED = '（未填写）';
const IDEOGRAPHIC_SPACE = '\u3000';

function orBlank(text: string): string {
  return text.trim() === '' ? NOT_RECORDED : text.trim();
}

/** A count not yet known prints as a blank to fill in by hand: two blanks and 人. */
function countText(value: number | null): string {
  return value === null ? `${IDEOGRAPHIC_SPACE.repeat(2)}人` : `${value}人`;
}

/** User text as paragraphs: one per line, trimmed, empty lines dropped (as the notice's body). */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The votes follow the recorder's own text of the resolutions (the placeholder goes when votes exist). */
function votesSection(
  base: { heading: string; paragraphs: string[] },
  voting: Voting | undefined,
): { heading: string; paragraphs: string[] } {
  if (voting === undefined) return base;
  const own = base.paragraphs.filter((paragraph) => paragraph !== NOT_RECORDED);
  return {
    heading: base.heading,
    paragraphs: [...own, votingAttendanceText(voting), ...voteOutcomes(voting).map((outcome) => outcome.text)],
  };
}

export function minutesSheet(data: MinutesData): MinutesSheet {
  const section = (heading: string, text: string) => {
    const paragraphs = textParagraphs(text);
    return { heading, paragraphs: paragraphs.length > 0 ? paragraphs : [NOT_RECORDED] };
  };
  return {
    title: sheetTitle(data.title, '会议记录'),
    typeName: data.typeName,
    time: data.time,
    place: orBlank(data.place),
    host: data.host,
    recorder: data.recorder,
    expected: countText(data.expected),
    present: countText(data.present),
    absentees:
      data.absentees.length === 0
        ? '无'
        : data.absentees.map((a) => (a.reason.trim() === '' ? a.name : `${a.name}（${a.reason.trim()}）`)).join('；'),
    nonVotingAttendees: data.nonVotingAttendees.trim() === '' ? '无' : data.nonVotingAttendees.trim(),
    sections: [
      section('议题', data.topics),
      section('发言要点', data.speechPoints),
      votesSection(section('决议（表决结果）', data.resolutions), data.voting),
    ],
    signatures: `主持人（签字）：${IDEOGRAPHIC_SPACE.repeat(8)}记录人（签字）：`,
  };
}
