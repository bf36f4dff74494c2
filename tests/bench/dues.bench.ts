// npx vitest bench --run --config tests/bench/documents.vitest.config.ts tests/bench/dues.bench.ts
// Issue 18's figures: a branch's member × month grid of 500 members (target < 1 s to open), and a year's
// ledger export of 10,000 members (target < 5 s). The store reads are by index (loadDuesFacts); this
// measures the computing and the workbook. Not part of npm test.
import { bench, describe } from 'vitest';
import type { DuesPayment, DuesProfile } from '../../renderer/src/domain/entities/dues';
import { DEFAULT_DUES_SETTINGS } from '../../renderer/src/domain/entities/dues-rates';
import { duesGridRow } from '../../renderer/src/domain/rules/dues-grid';
import type { MemberDuesFacts } from '../../renderer/src/domain/rules/dues-ledger';
import { buildDuesLedgerWorkbook } from '../../renderer/src/io/dues-xlsx';

const NOW = '2026-01-01T00:00:00.000Z';

function member(index: number): { id: string; name: string; facts: MemberDuesFacts } {
  const id = `m${String(index)}`;
  const profile: DuesProfile = {
    id: `p${String(index)}`,
    createdAt: NOW,
    updatedAt: NOW,
    memberId: id,
    effectiveFrom: '2025-01',
    category: index % 3 === 0 ? '离退休' : '在职',
    baseFen: 200_000 + (index % 50) * 20_000,
  };
  const payments: DuesPayment[] = Array.from({ length: 22 - (index % 5) }, (_, month) => {
    const m = `${String(2025 + Math.floor(month / 12))}-${String((month % 12) + 1).padStart(2, '0')}`;
    return {
      id: `${id}-${m}`,
      createdAt: NOW,
      updatedAt: NOW,
      memberId: id,
      branchId: 'b',
      kind: 'regular',
      months: [m],
      monthAmountsFen: [3000],
      amountFen: 3000,
      date: `${m}-10`,
      way: '现金',
    };
  });
  return { id, name: `党员${String(index)}`, facts: { profiles: [profile], payments } };
}

const branch = Array.from({ length: 500 }, (_, i) => member(i));
const office = Array.from({ length: 10_000 }, (_, i) => member(i));

describe('党费 at scale', () => {
  bench(
    'grid of 500 members (rows for the year)',
    () => {
      for (const m of branch) duesGridRow(m, m.facts, DEFAULT_DUES_SETTINGS, 2026, '2026-11');
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'yearly ledger export of 10,000 members',
    async () => {
      const rows = office.map((m) => duesGridRow(m, m.facts, DEFAULT_DUES_SETTINGS, 2026, '2026-11'));
      await buildDuesLedgerWorkbook({ branchName: '全社区', year: 2026, rows });
    },
    { iterations: 1, warmupIterations: 0 },
  );
});
