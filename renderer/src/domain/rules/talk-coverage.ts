import type { IsoDate } from '../entities/dates';

/**
 * 中国共产党支部工作条例（试行）2018, art. 19: 谈心谈话 at least once a year — 支委之间, 支委与党员,
 * 党员之间. It is a coverage of pairs, not a branch meeting: a talk is recorded as a 谈心谈话 activity
 * whose attendees (two or more) are the people who talked. Each member should have talked with a
 * committee member this year; a committee member, with another (a branch without a committee: its 书记).
 */
export const TALK_TYPE_ID = 'a0c71e00-5e1f-4a11-8000-000000000008';

export function isTalkType(type: { id: string; name: string }): boolean {
  return type.id === TALK_TYPE_ID || type.name.includes('谈心谈话');
}

export interface Talk {
  date: IsoDate;
  /** Members who took part (attended). */
  memberIds: readonly string[];
}

export interface TalkCoverage {
  memberId: string;
  /** The latest talk with a committee member this year, if any. */
  lastTalk?: IsoDate;
  covered: boolean;
}

/** Per member of one branch: whether he talked with a committee member (another one, for committee members). */
export function talkCoverage(input: {
  memberIds: readonly string[];
  committeeIds: ReadonlySet<string>;
  talks: readonly Talk[];
}): TalkCoverage[] {
  return input.memberIds.map((memberId) => {
    const dates = input.talks
      .filter(
        (talk) =>
          talk.memberIds.includes(memberId) &&
          talk.memberIds.some((other) => other !== memberId && input.committeeIds.has(other)),
      )
      .map((talk) => talk.date)
      .sort();
    const lastTalk = dates.at(-1);
    return { memberId, ...(lastTalk === undefined ? {} : { lastTalk }), covered: lastTalk !== undefined };
  });
}
