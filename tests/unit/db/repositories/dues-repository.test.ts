import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import {
  DuesError,
  loadDuesFacts,
  loadDuesWatch,
  recordDuesPayments,
  reverseDuesPayment,
  saveDuesProfiles,
} from '../../../../renderer/src/db/repositories/dues-repository';
import { getDuesSettings, saveDuesSettings } from '../../../../renderer/src/db/repositories/dues-settings-repository';
import { createMember } from '../../../../renderer/src/db/repositories/member-repository';
import { createOrgUnit } from '../../../../renderer/src/db/repositories/organisation-repository';
import { NATIONAL_DUES_RATES } from '../../../../renderer/src/domain/entities/dues-rates';
import type { Member } from '../../../../renderer/src/domain/entities/member';
import { memberDuesStatus } from '../../../../renderer/src/domain/rules/dues-ledger';
import { emptyDraft, validateMemberDraft } from '../../../../renderer/src/domain/rules/member-draft';
import { duesWarningLines } from '../../../../renderer/src/features/dues/dues-warning-lines';
import { deleteDatabase, openCurrent, uniqueDatabaseName } from '../schema-harness';

describe('dues repository', () => {
  const name = uniqueDatabaseName('dues');
  let db: LedgerDatabase;
  let a: Member;
  let b: Member;

  beforeEach(async () => {
    db = await openCurrent(name);
    const committee = await createOrgUnit(db, { kind: 'committee', name: '党委' });
    const branchId = (await createOrgUnit(db, { kind: 'branch', name: '第一党支部', parentId: committee.id })).id;
    const make = async (memberName: string) => {
      const result = validateMemberDraft(
        { ...emptyDraft(), name: memberName, branchId, joinDate: '2000-07-01' },
        '2026-06-01',
      );
      if (result.fields === undefined) throw new Error(JSON.stringify(result.errors));
      return createMember(db, result.fields);
    };
    a = await make('张三');
    b = await make('李四');
    await saveDuesProfiles(db, [
      { memberId: a.id, effectiveFrom: '2026-01', fields: { category: '在职', baseFen: 450_000 } },
      { memberId: b.id, effectiveFrom: '2026-01', fields: { category: '学生' } },
    ]);
  });
  afterEach(async () => {
    db.close();
    await deleteDatabase(name);
  });

  const regular = (memberId: string, months: string[], fen: number) => ({
    memberId,
    kind: 'regular' as const,
    months,
    monthAmountsFen: months.map(() => fen),
    date: '2026-05-10',
    way: '现金' as const,
  });

  it('a whole branch month lands in one write; a duplicate refuses the whole batch and writes nothing', async () => {
    await recordDuesPayments(db, [regular(a.id, ['2026-01'], 4500), regular(b.id, ['2026-01'], 20)], '2026-05-31');
    expect(await db.duesPayments.count()).toBe(2);
    const again = recordDuesPayments(
      db,
      [regular(a.id, ['2026-02'], 4500), regular(b.id, ['2026-01'], 20)],
      '2026-05-31',
    );
    await expect(again).rejects.toThrow('李四：2026年1月的党费已于 2026-05-10 登记');
    expect(await db.duesPayments.count()).toBe(2);
  });

  it('a month before admission is refused with the reason', async () => {
    await expect(recordDuesPayments(db, [regular(a.id, ['1999-12'], 4500)], '2026-05-31')).rejects.toBeInstanceOf(
      DuesError,
    );
  });

  it('a correction is a reversal plus a new entry; the first stays in the store', async () => {
    const [first] = (await recordDuesPayments(db, [regular(a.id, ['2026-01', '2026-02'], 450)], '2026-05-31')).payments;
    if (first === undefined) throw new Error('no payment');
    await reverseDuesPayment(
      db,
      first.id,
      '2026-05-11',
      '少记一位',
      regular(a.id, ['2026-01', '2026-02'], 4500),
      '2026-05-31',
    );
    const all = await db.duesPayments.toArray();
    expect(all.map((p) => p.amountFen).sort((x, y) => x - y)).toEqual([-900, 900, 9000]);
    const facts = (await loadDuesFacts(db, [a])).get(a.id);
    if (facts === undefined) throw new Error('no facts');
    expect(memberDuesStatus(facts, NATIONAL_DUES_RATES, '2026-03').paidThrough).toBe('2026-02');
    await expect(reverseDuesPayment(db, first.id, '2026-05-12', '', undefined, '2026-05-31')).rejects.toThrow(
      '已被冲销',
    );
  });

  it('a voluntary payment of 1000 元 is marked to hand up whole', async () => {
    const { payments } = await recordDuesPayments(
      db,
      [{ ...regular(a.id, ['2026-05'], 100_000), kind: 'voluntary' }],
      '2026-05-31',
    );
    expect(payments[0]?.handedUpWhole).toBe(true);
  });

  it('the overview lists six months unpaid to verify, and a 免交 member is not nagged', async () => {
    await recordDuesPayments(db, [regular(b.id, ['2026-01', '2026-02', '2026-03'], 20)], '2026-05-31');
    await saveDuesProfiles(db, [
      {
        memberId: b.id,
        effectiveFrom: '2026-01',
        fields: {
          category: '学生',
          relief: {
            kind: '免交',
            reason: '困难',
            decisionDate: '2026-01-03',
            approvedBy: '社区党委',
            approvedDate: '2026-01-08',
          },
        },
      },
    ]);
    const watch = await loadDuesWatch(db, '2026-07-15');
    expect(watch.map((w) => [w.member.name, w.band, w.status.unpaid.length])).toEqual([['张三', 'lapse', 6]]);
    const lines = duesWarningLines(watch, await getDuesSettings(db));
    expect(lines[0]?.text).toBe('1 名党员连续 6 个月以上未交党费，请支部核实原因（党章第九条）');
    expect(lines[0]?.rows[0]?.cells).toEqual(['张三', '第一党支部', '6', '尚未缴纳', '270.00']);
  });

  it('settings start national and keep an edited table', async () => {
    expect((await getDuesSettings(db)).rates).toEqual(NATIONAL_DUES_RATES);
    const settings = await getDuesSettings(db);
    await saveDuesSettings(db, { ...settings, warnMonths: 2 });
    expect((await getDuesSettings(db)).warnMonths).toBe(2);
    await expect(saveDuesSettings(db, { ...settings, warnMonths: 7 })).rejects.toThrow();
  });
});
