import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { getArchiveSettings } from '../../../../renderer/src/db/repositories/archive-settings-repository';
import { loadComplianceSnapshot } from '../../../../renderer/src/db/repositories/compliance-repository';
import type { ComplianceSnapshot } from '../../../../renderer/src/db/repositories/compliance-repository';
import { getDocumentTemplates } from '../../../../renderer/src/db/repositories/document-settings-repository';
import { loadDuesWatch } from '../../../../renderer/src/db/repositories/dues-repository';
import { defaultSampleOptions, loadSampleData } from '../../../../renderer/src/db/repositories/sample-data-repository';
import { getOfficeSettings } from '../../../../renderer/src/db/repositories/settings-repository';
import { loadYearlyCheck } from '../../../../renderer/src/db/repositories/yearly-check-repository';
import type { YearlyCheckData } from '../../../../renderer/src/db/repositories/yearly-check-repository';
import {
  defaultNoticeDraft,
  noticeDataFromDraft,
  noticeProblems,
} from '../../../../renderer/src/documents/activity-documents';
import { buildNotice } from '../../../../renderer/src/documents/notice';
import { ACTIVITY_TYPE_IDS } from '../../../../renderer/src/domain/rules/default-activity-types';
import { rankBranches } from '../../../../renderer/src/domain/rules/yearly-check';
import { evaluateCase } from '../../../../renderer/src/domain/rules/recruitment-case';
import { excellentCeilingWarning } from '../../../../renderer/src/domain/rules/excellent-ceiling';
import { tallyBallots } from '../../../../renderer/src/domain/rules/review-tally';
import { buildWarnings } from '../../../../renderer/src/features/overview/warnings';
import { documentXml, plainText } from '../../../documents/ooxml';
import { deleteDatabase, uniqueDatabaseName } from '../schema-harness';

// The button 载入示例数据 as a user presses it late in the year.
const TODAY = '2026-11-26';

describe('the sample community looks real', () => {
  const name = uniqueDatabaseName('sample-spread');
  const db = new LedgerDatabase(name);
  let check: YearlyCheckData;
  let snapshot: ComplianceSnapshot;

  beforeAll(async () => {
    await db.open();
    const started = performance.now();
    await loadSampleData(db, defaultSampleOptions(TODAY));
    // Loading stays quick (about half a second here; generous for a busy machine).
    expect(performance.now() - started).toBeLessThan(20_000);
    check = await loadYearlyCheck(db, 2026, TODAY);
    snapshot = await loadComplianceSnapshot(db, TODAY);
  }, 120_000);
  afterAll(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('study hours spread: a handful far below 32, most at or above it, a few well above', () => {
    const hours = check.members
      .filter((member) => member.homeStudy === undefined)
      .map((member) => check.summaries.get(member.id)?.totalHours ?? 0);
    const farBelow = hours.filter((h) => h < 16).length;
    const below = hours.filter((h) => h < 32).length;
    expect(farBelow).toBeGreaterThanOrEqual(3);
    expect(farBelow).toBeLessThanOrEqual(12);
    expect(below).toBeLessThan(hours.length / 4);
    expect(hours.filter((h) => h >= 75).length).toBeGreaterThanOrEqual(3);
    // And the overview names members behind on their hours.
    expect(snapshot.behindPace.length).toBeGreaterThanOrEqual(5);
  });

  it('two branches are behind on 三会一课 and the overview says so', async () => {
    const missed = snapshot.meetingChecks.filter((c) => c.status === 'missed');
    const branchOf = new Map(check.orgUnits.map((unit) => [unit.id, unit.kind === 'group' ? unit.parentId : unit.id]));
    const behind = new Set(missed.map((c) => branchOf.get(c.unitId)));
    expect(behind.size).toBeGreaterThanOrEqual(2);
    expect(missed.some((c) => c.typeId === ACTIVITY_TYPE_IDS.committeeMeeting)).toBe(true);
    expect(missed.some((c) => c.typeId === ACTIVITY_TYPE_IDS.groupMeeting)).toBe(true);
    const lines = buildWarnings(snapshot, await getArchiveSettings(db));
    expect(lines.find((line) => line.kind === 'meeting-missed')?.text).toMatch(/本年度已有 \d+ 次三会一课/);
    expect(lines.some((line) => line.kind === 'pace')).toBe(true);
  });

  it('the yearly check ranks the branches with distinct scores at the top, the small branch among them', () => {
    const ranked = rankBranches(check.branches, check.context.settings.checkWeights);
    expect(ranked.length).toBeGreaterThanOrEqual(4);
    const scores = ranked.map((row) => row.score);
    expect(ranked.slice(0, 3).map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 100);
    expect(scores[1]).toBeGreaterThan(scores[2] ?? 100);
    // Scores spread like a real year's: not all full marks, not all equal.
    expect(scores[0]).toBeLessThan(100);
    expect((scores[0] ?? 0) - (scores.at(-1) ?? 0)).toBeGreaterThan(5);
    // A small branch (fewer than 7 正式党员, no 支委会) is ranked too.
    const small = check.branches.find((row) => row.members < 7);
    expect(ranked.some((row) => row.branchId === small?.branchId)).toBe(true);
    const committee = small?.meetingsByType.find((t) => t.typeId === ACTIVITY_TYPE_IDS.committeeMeeting);
    expect(committee?.required ?? 0).toBe(0);
  });

  it('the elderly over 80 are 送学上门 objects: listed apart, with visits, never warned about', () => {
    const old = check.members.filter((m) => m.homeStudy !== undefined && 2026 - Number(m.birthDate?.slice(0, 4)) >= 80);
    expect(old.length).toBeGreaterThanOrEqual(3);
    const exempt = new Map(snapshot.exempt.map((item) => [item.member.id, item]));
    const warned = new Set([
      ...snapshot.behindPace.map((p) => p.member.id),
      ...snapshot.lifeGaps.map((g) => g.member.id),
    ]);
    for (const member of old) {
      expect(exempt.get(member.id)?.kind).toBe('home-study');
      expect(exempt.get(member.id)?.lastVisit).toBeDefined();
      expect(warned.has(member.id)).toBe(false);
    }
  });

  it('the first 党课通知 a user makes is complete: unit, contact and phone filled', async () => {
    const office = await getOfficeSettings(db);
    const templates = await getDocumentTemplates(db);
    const lesson = (await db.activities.toArray())
      .filter((a) => a.typeId === ACTIVITY_TYPE_IDS.partyLesson)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
    if (lesson === undefined) throw new Error('no 党课 in the sample');
    const draft = defaultNoticeDraft(
      { activity: lesson, typeName: '党课', organisers: '第一党支部' },
      office,
      templates,
      TODAY,
    );
    expect(noticeProblems(draft)).toEqual([]);
    expect(draft.contactPerson).not.toBe('');
    expect(draft.contactPhone).not.toBe('');
    const text = plainText(documentXml(await buildNotice(noticeDataFromDraft(draft, '党课'))));
    expect(text).toContain(`联系人：${office.contactPerson}`);
    expect(text).toContain(office.contactPhone);
    expect(text).toContain(office.officeName);
  });

  it('the dues ledger is kept: most paid to date, the long-absent and the lost behind, one 特殊党费 handed up whole', async () => {
    const counted = check.members.length;
    expect(await db.duesProfiles.count()).toBeGreaterThanOrEqual(counted - 5);
    const payments = await db.duesPayments.toArray();
    expect(payments.length).toBeGreaterThan(counted * 3);
    expect(payments.some((p) => p.months.length === 3)).toBe(true);
    const voluntary = payments.filter((p) => p.kind === 'voluntary');
    expect(voluntary).toHaveLength(1);
    expect(voluntary[0]?.handedUpWhole).toBe(true);
    const watch = await loadDuesWatch(db, TODAY);
    // A handful warned, never most of the community; the 送学上门 elderly are never nagged.
    expect(watch.filter((item) => item.band !== 'excused').length).toBeGreaterThanOrEqual(2);
    expect(watch.length).toBeLessThan(counted / 5);
    const homeStudy = new Set(check.members.filter((m) => m.homeStudy !== undefined).map((m) => m.id));
    expect(watch.filter((item) => homeStudy.has(item.member.id) && item.band !== 'excused')).toEqual([]);
  });

  it('关怀帮扶 and 在职党员报到 have rows: the old cared for and visited at 七一, six in-service members serving', async () => {
    const objects = await db.careObjects.toArray();
    expect(objects.length).toBeGreaterThanOrEqual(5);
    expect(objects.every((object) => object.kinds.length > 0)).toBe(true);
    const rounds = await db.careRounds.toArray();
    expect(rounds.map((round) => round.occasion)).toEqual(['七一']);
    const visits = await db.careVisits.toArray();
    expect(visits.length).toBeGreaterThan(objects.length / 2);
    expect(visits.every((visit) => visit.date.slice(5, 7) === '06' || visit.date.slice(5, 7) === '07')).toBe(true);
    expect(await db.inServiceMembers.count()).toBe(6);
    expect(await db.serviceRecords.count()).toBeGreaterThanOrEqual(6);
  });

  it('发展党员 has people at different steps, each step in the order and intervals of the 细则', async () => {
    const cases = await db.recruitmentCases.toArray();
    const steps = await db.recruitmentSteps.toArray();
    const statuses = cases.map((one) =>
      evaluateCase(
        one,
        steps.filter((step) => step.caseId === one.id),
        TODAY,
      ),
    );
    expect(statuses.map((status) => status.stage).sort()).toEqual(['发展对象', '申请人', '申请人', '积极分子'].sort());
    expect(statuses.flatMap((status) => status.warnings.filter((w) => w.kind === 'interval-broken'))).toEqual([]);
    // The applicant not yet talked to is due within the month (细则 art. 7).
    expect(statuses.some((status) => status.next?.kind === 'talk')).toBe(true);
    expect(cases.every((one) => one.branchId !== '')).toBe(true);
  });

  it('last year’s 民主评议 is on record: a round per branch, graded under the 优秀 cap, ballots that agree', async () => {
    const rounds = await db.reviewRounds.toArray();
    expect(rounds).toHaveLength(check.branches.length);
    const ballots = await db.reviewBallots.toArray();
    let basic = 0;
    for (const round of rounds) {
      expect(round.year).toBe(2025);
      expect(round.decisionDate?.startsWith('2025-12')).toBe(true);
      const grades = round.memberIds.map((id) => round.entries[id]?.grade);
      expect(grades.every((grade) => grade !== undefined)).toBe(true);
      basic += grades.filter((grade) => grade === 'basically-qualified').length;
      const excellent = grades.filter((grade) => grade === 'excellent').length;
      expect(excellentCeilingWarning(excellent, grades.length, 33)).toBeNull();
      const own = ballots.filter((ballot) => ballot.roundId === round.id);
      expect(own.length).toBeGreaterThan(0);
      // Each member's leading mark on the ballots is the grade the branch decided.
      const tally = tallyBallots(round.memberIds, own);
      for (const id of round.memberIds) expect(tally.get(id)?.leading).toBe(round.entries[id]?.grade);
    }
    expect(basic).toBe(1);
  });
});
