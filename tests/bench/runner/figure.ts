import type { Page } from 'playwright-core';
import type { Capabilities, ScaleSpec } from '../page/bench-api';
import type { BenchSession } from './session';

export type Unit = 'ms' | 'KB' | 'MB';

/**
 * Which of the samples a budget is checked on. Per-keystroke budgets are about the slowest keystroke a
 * person feels, so they use the 95th percentile; page and job budgets use the median of repeated runs.
 */
export type Statistic = 'median' | 'p95';

/** A yes/no fact the figure must hold besides its time (e.g. the restored rows equal the original). */
export interface FigureCheck {
  label: string;
  passed: boolean;
  detail?: string;
}

/**
 * A budget: the chosen statistic (median unless said) must not exceed `budget`; a ratio budget bounds
 * statistic / baseline median. A figure with a budget and no samples, or a ratio budget and no baseline,
 * fails: a missing figure is never reported as met.
 */
export interface FigureResult {
  id: string;
  label: string;
  scale: ScaleSpec['name'] | '—';
  unit: Unit;
  samples: number[];
  /** The statistic the budget is checked on; median when absent. */
  statistic?: Statistic;
  budget?: number;
  /** Facts that must hold for the figure to count as met, whatever its time. */
  checks?: FigureCheck[];
  /** The raw baseline measured in the same run, same unit. */
  baseline?: { label: string; samples: number[] };
  ratioBudget?: number;
  /** Longest main-thread task during the job, ms (the worst over the samples). */
  longestTaskMs?: number;
  notes?: string[];
  /** Set when the figure could not be measured: "未测：<reason>". */
  skipped?: string;
}

/** What a figure's run returns: its own row, and any further rows it measured on the way (e.g. peak heap). */
export type FigureOutput = Omit<FigureResult, 'id' | 'label' | 'scale'> & {
  more?: Omit<FigureResult, 'scale'>[];
};

export interface FigureContext {
  scale: ScaleSpec;
  session: BenchSession;
  /** The bench page, open on /bench/index.html with `window.bench` ready. */
  bench: Page;
  capabilities: Capabilities;
  runs: number;
  log: (line: string) => void;
}

export interface Figure {
  id: string;
  label: (scale: ScaleSpec) => string;
  /** Features the figure needs; when one is missing it prints 未测 with this reason. */
  needs: { capability: keyof Capabilities; reason: string }[];
  /** Budgets of issue 9, shown also when the figure is skipped. */
  budget?: number;
  statistic?: Statistic;
  ratioBudget?: number;
  /** Whether it applies at this scale (e.g. L-only figures). */
  appliesTo?: (scale: ScaleSpec) => boolean;
  run: (context: FigureContext) => Promise<FigureOutput>;
}
