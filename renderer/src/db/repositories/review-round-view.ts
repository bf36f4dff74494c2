import type { IsoDate } from '../../domain/entities/dates';
import type { LedgerSettings } from '../../domain/entities/ledger-settings';
import type { Member } from '../../domain/entities/member';
import type { CorrectionCase, ReviewBallot, ReviewRound } from '../../domain/entities/review';
import type { HoursTarget } from '../../domain/rules/study-target';
import type { LedgerDatabase } from '../database';
import { loadArchiveContext } from './archive-context';
import { getLedgerSettings } from './ledger-settings-repository';
import { ballotsOfRound, correctionCasesOfRound, getReviewRound } from './review-repository';

/** The member's year as the branch sees it while deciding (issue 20): all from what the app already keeps. */
export interface MemberYearFacts {
  attended: number;
  expected: number;
  hours: number;
  target: HoursTarget;
  thoughtReports: number;
  lastOrganisationalLifeDate?: string;
}

export interface ReviewRoundView {
  round: ReviewRound;
  branchName: string;
  officeName: string;
  /** The roster in 测评表 order (pinyin). Members since deleted show as "（已删除）". */
  members: Member[];
  ballots: ReviewBallot[];
  cases: CorrectionCase[];
  settings: LedgerSettings;
  facts: Map<string, MemberYearFacts>;
}

export async function loadReviewRoundView(
  db: LedgerDatabase,
  roundId: string,
  today: IsoDate,
): Promise<ReviewRoundView | null> {
  const round = await getReviewRound(db, roundId);
  if (round === undefined) return null;
  const [branch, members, ballots, cases, settings, context, summaries] = await Promise.all([
    db.orgUnits.get(round.branchId),
    db.members.bulkGet(round.memberIds),
    ballotsOfRound(db, roundId),
    correctionCasesOfRound(db, roundId),
    getLedgerSettings(db),
    loadArchiveContext(db, round.year, today),
    db.studySummaries.bulkGet(round.memberIds.map((id) => `${id}:${round.year}`)),
  ]);
  const present = members.filter((m): m is Member => m !== undefined);
  const facts = new Map<string, MemberYearFacts>();
  await Promise.all(
    present.map(async (member) => {
      const index = round.memberIds.indexOf(member.id);
      const summary = summaries[index];
      const reports = await db.thoughtReports
        .where('[memberId+receivedDate]')
        .between([member.id, `${round.year}-01-01`], [member.id, `${round.year}-12-31`], true, true)
        .filter((row) => row.deletedAt === undefined)
        .count();
      facts.set(member.id, {
        attended: summary?.activitiesAttended ?? 0,
        expected: summary?.activitiesExpected ?? 0,
        hours: summary?.totalHours ?? 0,
        target: context.targetOf(member),
        thoughtReports: reports,
        ...(summary?.lastOrganisationalLifeDate === undefined
          ? {}
          : { lastOrganisationalLifeDate: summary.lastOrganisationalLifeDate }),
      });
    }),
  );
  present.sort((a, b) => a.namePinyin.localeCompare(b.namePinyin));
  return {
    round,
    branchName: branch?.name ?? '',
    officeName: context.office.officeName,
    members: present,
    ballots,
    cases,
    settings,
    facts,
  };
}
