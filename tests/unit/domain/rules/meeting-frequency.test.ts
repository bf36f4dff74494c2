import { describe, expect, it } from 'vitest';
import type { FrequencyType, FrequencyUnit } from '../../../../renderer/src/domain/rules/meeting-frequency';
import { frequencyTotals, meetingFrequencyChecks } from '../../../../renderer/src/domain/rules/meeting-frequency';

const assembly: FrequencyType = {
  id: 't-assembly',
  name: '支部党员大会',
  frequency: { period: 'quarter', times: 1, level: 'branch' },
};
const committee: FrequencyType = {
  id: 't-committee',
  name: '支部委员会会议',
  frequency: { period: 'month', times: 1, level: 'branch' },
};
const group: FrequencyType = {
  id: 't-group',
  name: '党小组会',
  frequency: { period: 'month', times: 1, level: 'group' },
};
const life: FrequencyType = {
  id: 't-life',
  name: '组织生活会',
  frequency: { period: 'year', times: 1, level: 'branch' },
};
const b1: FrequencyUnit = { id: 'b1', name: '第一党支部', kind: 'branch' };
const b2: FrequencyUnit = { id: 'b2', name: '第二党支部', kind: 'branch' };
const g1: FrequencyUnit = { id: 'g1', name: '第一党小组', kind: 'group' };

describe('三会一课 frequency (支部工作条例 arts. 11–13)', () => {
  it('a quarter without a 支部党员大会 is missed once over, pending while it runs', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-05-10',
      units: [b1, b2],
      types: [assembly],
      activities: [{ typeId: 't-assembly', date: '2026-03-31', orgUnitIds: ['b1'] }],
    });
    const of = (unit: string, quarter: number) =>
      checks.find((c) => c.unitId === unit && c.period.index === quarter)?.status;
    expect(of('b1', 1)).toBe('met');
    expect(of('b2', 1)).toBe('missed');
    expect(of('b1', 2)).toBe('pending');
    expect(checks.some((c) => c.period.index === 3)).toBe(false);
  });

  it('an activity on 31 December counts for December, the fourth quarter and the year', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2027-01-05',
      units: [b1],
      types: [committee, assembly, life],
      activities: [
        { typeId: 't-committee', date: '2026-12-31', orgUnitIds: ['b1'] },
        { typeId: 't-assembly', date: '2026-12-31', orgUnitIds: ['b1'] },
        { typeId: 't-life', date: '2026-12-31', orgUnitIds: ['b1'] },
      ],
    });
    expect(checks.find((c) => c.typeId === 't-committee' && c.period.index === 12)?.status).toBe('met');
    expect(checks.find((c) => c.typeId === 't-assembly' && c.period.index === 4)?.status).toBe('met');
    expect(checks.find((c) => c.typeId === 't-life')?.status).toBe('met');
    expect(checks.find((c) => c.typeId === 't-committee' && c.period.index === 11)?.status).toBe('missed');
  });

  it('a branch set up mid-year is required from its first full period', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-12-31',
      units: [{ ...b2, activeFrom: '2026-05-20' }],
      types: [committee, assembly],
      activities: [],
    });
    expect(checks.filter((c) => c.typeId === 't-committee').map((c) => c.period.index)).toEqual([
      6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(checks.filter((c) => c.typeId === 't-assembly').map((c) => c.period.index)).toEqual([3, 4]);
  });

  it('a branch set up on the first day of a month is required that month', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-12-31',
      units: [{ ...b2, activeFrom: '2026-06-01' }],
      types: [committee],
      activities: [],
    });
    expect(checks[0]?.period.index).toBe(6);
  });

  it('group meetings are required of groups, not of branches', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-02-15',
      units: [b1, g1],
      types: [group],
      activities: [{ typeId: 't-group', date: '2026-01-08', orgUnitIds: ['g1'] }],
    });
    expect(checks.map((c) => `${c.unitId}:${c.period.index}:${c.status}`)).toEqual(['g1:1:met', 'g1:2:pending']);
  });

  it('totals count at most the required number per period, and leave the running period out', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-03-15',
      units: [b1],
      types: [committee],
      activities: [
        { typeId: 't-committee', date: '2026-01-05', orgUnitIds: ['b1'] },
        { typeId: 't-committee', date: '2026-01-25', orgUnitIds: ['b1'] },
      ],
    });
    expect(frequencyTotals(checks)).toEqual([
      { unitId: 'b1', typeId: 't-committee', typeName: '支部委员会会议', required: 2, heldCounted: 1, heldTotal: 2 },
    ]);
  });

  it('a leap-year February is a whole month', () => {
    const checks = meetingFrequencyChecks({
      year: 2028,
      today: '2028-03-01',
      units: [b1],
      types: [committee],
      activities: [{ typeId: 't-committee', date: '2028-02-29', orgUnitIds: ['b1'] }],
    });
    expect(checks.find((c) => c.period.index === 2)).toMatchObject({ status: 'met', period: { end: '2028-02-29' } });
  });
});
