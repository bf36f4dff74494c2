import { describe, expect, it } from 'vitest';
import { summariseMemberYear } from '../../../../../renderer/src/db/repositories/study-summary-repository';
import type { Activity, ActivityType, Attendance } from '../../../../../renderer/src/domain/entities/activity';
import type { FrequencyType } from '../../../../../renderer/src/domain/rules/meeting-frequency';
import { meetingFrequencyChecks, typesOfActivity } from '../../../../../renderer/src/domain/rules/meeting-frequency';

const themeDay: FrequencyType = {
  id: 'theme',
  name: '主题党日',
  frequency: { period: 'month', times: 1, level: 'branch' },
};
const assembly: FrequencyType = {
  id: 'assembly',
  name: '支部党员大会',
  frequency: { period: 'quarter', times: 1, level: 'branch' },
};
const lesson: FrequencyType = {
  id: 'lesson',
  name: '党课',
  frequency: { period: 'quarter', times: 1, level: 'branch' },
};

describe('one meeting, several types (支部工作条例 arts. 11, 15, 16)', () => {
  it('a 主题党日 held with a 党员大会 and a 党课 meets all three rules', () => {
    const checks = meetingFrequencyChecks({
      year: 2026,
      today: '2026-04-01',
      units: [{ id: 'b', name: '支部', kind: 'branch' }],
      types: [themeDay, assembly, lesson],
      activities: [{ typeId: 'theme', combinedTypeIds: ['assembly', 'lesson'], date: '2026-03-05', orgUnitIds: ['b'] }],
    });
    const march = checks.filter((c) => c.period.end === '2026-03-31');
    expect(march.map((c) => [c.typeId, c.status]).sort()).toEqual([
      ['assembly', 'met'],
      ['lesson', 'met'],
      ['theme', 'met'],
    ]);
    // Q1 for the quarterly ones, March for the monthly one; January and February are still missed.
    expect(checks.filter((c) => c.typeId === 'theme' && c.status === 'missed')).toHaveLength(2);
  });

  it('a type listed twice counts once', () => {
    expect(typesOfActivity({ typeId: 'theme', combinedTypeIds: ['theme', 'lesson', 'lesson'] })).toEqual([
      'theme',
      'lesson',
    ]);
  });

  it('hours are credited once, and a combined organisational-life type makes it organisational life', () => {
    const activity = {
      id: 'a',
      typeId: 'study',
      combinedTypeIds: ['assembly'],
      status: 'held',
      date: '2026-03-05',
    } as Activity;
    const row = {
      id: 'r',
      activityId: 'a',
      memberId: 'm',
      expected: true,
      status: 'present',
      hours: 2,
      date: '2026-03-05',
      branchIdAtTime: 'b',
    } as Attendance;
    const types = new Map<string, ActivityType>([
      ['study', { id: 'study', isOrganisationalLife: false } as ActivityType],
      ['assembly', { id: 'assembly', isOrganisationalLife: true } as ActivityType],
    ]);
    const summary = summariseMemberYear({
      memberId: 'm',
      year: 2026,
      branchId: 'b',
      attendance: [row],
      activities: new Map([['a', activity]]),
      types,
      entries: [],
      now: '2026-03-06T00:00:00Z',
    });
    expect(summary.totalHours).toBe(2);
    expect(summary.lastOrganisationalLifeDate).toBe('2026-03-05');
  });
});
