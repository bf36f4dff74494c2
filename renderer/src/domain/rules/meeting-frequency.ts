import type { FrequencyPeriod, FrequencyRule } from '../entities/activity';
import type { IsoDate } from '../entities/dates';
import type { OrgUnitKind } from '../entities/organisation';
import { daysInMonth, isoOf } from './calendar';
import { fullUnitName } from './unit-names';

/**
 * 三会一课 and 主题党日 frequency (中国共产党支部工作条例（试行）2018 arts. 11–13, 16; 党员教育管理工作条例
 * 2019 art. 16): each activity type carries its rule (period, times, level) in its settings; every
 * unit of that level must hold it that often. A unit set up mid-period is required from the first
 * full period after it was set up; a retired unit is not required in or after the period it retired.
 */
export interface Period {
  kind: Exclude<FrequencyPeriod, 'none'>;
  /** 1–12 for months, 1–4 for quarters, 1 for the year. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  label: string;
}

export function periodsOfYear(year: number, kind: Period['kind']): Period[] {
  if (kind === 'year')
    return [{ kind, index: 1, start: isoOf(year, 1, 1), end: isoOf(year, 12, 31), label: `${year}年` }];
  if (kind === 'quarter') {
    return [1, 2, 3, 4].map((quarter) => {
      const lastMonth = quarter * 3;
      return {
        kind,
        index: quarter,
        start: isoOf(year, lastMonth - 2, 1),
        end: isoOf(year, lastMonth, daysInMonth(year, lastMonth)),
        label: `第${'一二三四'.charAt(quarter - 1)}季度`,
      };
    });
  }
  return Array.from({ length: 12 }, (_, i) => ({
    kind,
    index: i + 1,
    start: isoOf(year, i + 1, 1),
    end: isoOf(year, i + 1, daysInMonth(year, i + 1)),
    label: `${i + 1}月`,
  }));
}

export interface FrequencyUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  /** A group's branch: its name goes before the group's in what the office reads. */
  parentId?: string;
  activeFrom?: IsoDate;
  retiredAt?: IsoDate;
  /** Branches: false when it has no 支部委员会 (支部工作条例 art. 8); it then owes no 支委会. */
  hasCommittee?: boolean;
}

export interface FrequencyType {
  id: string;
  name: string;
  frequency: FrequencyRule;
  retiredAt?: IsoDate;
  /** A 支部委员会会议: only branches with a committee hold it. */
  needsCommittee?: boolean;
}

export interface HeldActivity {
  typeId: string;
  /** Types the same meeting was also held as (e.g. a 主题党日 held with a 党员大会): it counts for each. */
  combinedTypeIds?: readonly string[];
  date: IsoDate;
  orgUnitIds: readonly string[];
}

/**
 * The types one meeting satisfies: its main type and the types it was combined with, each once. A
 * 主题党日 held together with a 支部党员大会 or a 党课 meets each rule (支部工作条例 arts. 11, 15–16).
 */
export function typesOfActivity(activity: Pick<HeldActivity, 'typeId' | 'combinedTypeIds'>): string[] {
  return [...new Set([activity.typeId, ...(activity.combinedTypeIds ?? [])])];
}

export type PeriodStatus = 'met' | 'missed' | 'pending';

export interface PeriodCheck {
  unitId: string;
  unitName: string;
  typeId: string;
  typeName: string;
  period: Period;
  required: number;
  held: number;
  /** missed: the period is over and fewer were held; pending: the current period, not yet enough. */
  status: PeriodStatus;
}

export function isRequiredIn(unit: FrequencyUnit, period: Period): boolean {
  if (unit.activeFrom !== undefined && unit.activeFrom > period.start) return false;
  if (unit.retiredAt !== undefined && unit.retiredAt <= period.end) return false;
  return true;
}

/**
 * Every (unit, type, period) of `year` that has begun by `today` and has a requirement, with what was
 * held. `activities` are the held ones (status 'held', not deleted) of the year.
 */
export function meetingFrequencyChecks(input: {
  year: number;
  today: IsoDate;
  units: readonly FrequencyUnit[];
  types: readonly FrequencyType[];
  activities: readonly HeldActivity[];
}): PeriodCheck[] {
  const held = new Map<string, IsoDate[]>();
  for (const activity of input.activities) {
    for (const typeId of typesOfActivity(activity)) {
      for (const unitId of activity.orgUnitIds) {
        const key = `${unitId}|${typeId}`;
        const list = held.get(key);
        if (list === undefined) held.set(key, [activity.date]);
        else list.push(activity.date);
      }
    }
  }
  const checks: PeriodCheck[] = [];
  const unitById = new Map(input.units.map((unit) => [unit.id, unit]));
  for (const type of input.types) {
    const { period: periodKind, times, level } = type.frequency;
    if (periodKind === 'none' || times <= 0) continue;
    const periods = periodsOfYear(input.year, periodKind).filter(
      (period) => period.start <= input.today && (type.retiredAt === undefined || type.retiredAt > period.end),
    );
    for (const unit of input.units) {
      if (unit.kind !== level) continue;
      if (type.needsCommittee === true && unit.hasCommittee === false) continue;
      const dates = held.get(`${unit.id}|${type.id}`) ?? [];
      for (const period of periods) {
        if (!isRequiredIn(unit, period)) continue;
        const count = dates.filter((date) => date >= period.start && date <= period.end).length;
        const status: PeriodStatus = count >= times ? 'met' : period.end < input.today ? 'missed' : 'pending';
        checks.push({
          unitId: unit.id,
          unitName: fullUnitName(unit, unitById),
          typeId: type.id,
          typeName: type.name,
          period,
          required: times,
          held: count,
          status,
        });
      }
    }
  }
  return checks;
}

/** Per unit and type over the periods due so far: required, held (capped per period). */
export interface FrequencyTotal {
  unitId: string;
  typeId: string;
  typeName: string;
  required: number;
  /** Held, counted at most `times` per period: an extra meeting in March does not make up for April. */
  heldCounted: number;
  heldTotal: number;
}

export function frequencyTotals(checks: readonly PeriodCheck[]): FrequencyTotal[] {
  const totals = new Map<string, FrequencyTotal>();
  for (const check of checks) {
    // The current period is not yet due: it counts once met, not before.
    if (check.status === 'pending') continue;
    const key = `${check.unitId}|${check.typeId}`;
    const total = totals.get(key) ?? {
      unitId: check.unitId,
      typeId: check.typeId,
      typeName: check.typeName,
      required: 0,
      heldCounted: 0,
      heldTotal: 0,
    };
    total.required += check.required;
    total.heldCounted += Math.min(check.held, check.required);
    total.heldTotal += check.held;
    totals.set(key, total);
  }
  return [...totals.values()];
}
