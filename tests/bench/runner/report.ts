import type { FigureResult, Unit } from './figure';
import { formatMs, median, percentile, spread } from './stats';

function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return formatMs(value);
  return `${value.toFixed(1)} ${unit}`;
}

export interface Verdict {
  holds: boolean | null;
  text: string;
}

/** The value a figure's budget is checked on: its median, or its 95th percentile where it says so. */
export function checkedValue(figure: FigureResult): number {
  return figure.statistic === 'p95' ? percentile(figure.samples, 95) : median(figure.samples);
}

function hasBudget(figure: FigureResult): boolean {
  return figure.budget !== undefined || figure.ratioBudget !== undefined;
}

/**
 * Whether the figure's budgets hold. Anything that was not measured, or measured wrongly, fails where a
 * budget exists: no samples, a value that is not a number, a ratio budget without a baseline, a check
 * (such as the restore's row-by-row comparison) that did not pass.
 */
export function verdict(figure: FigureResult): Verdict {
  const failedChecks = (figure.checks ?? []).filter((check) => !check.passed);
  if (figure.skipped !== undefined) {
    return hasBudget(figure) || failedChecks.length > 0
      ? { holds: false, text: `✗ ${figure.skipped}` }
      : { holds: null, text: figure.skipped };
  }
  const problems: string[] = failedChecks.map((check) => `${check.label}不成立`);
  const value = checkedValue(figure);
  if (figure.samples.length === 0) problems.push('没有测量值');
  else if (!Number.isFinite(value)) problems.push('测量值无效');
  if (figure.budget !== undefined && Number.isFinite(value) && value > figure.budget) {
    problems.push(`超出预算 ${((100 * (value - figure.budget)) / figure.budget).toFixed(0)}%`);
  }
  if (figure.ratioBudget !== undefined) {
    const ratio = ratioOf(figure);
    if (ratio === null) problems.push('没有基线，无法计算比值');
    else if (ratio > figure.ratioBudget) problems.push(`比值 ${ratio.toFixed(2)} > ${figure.ratioBudget}`);
  }
  if (problems.length > 0 && (hasBudget(figure) || failedChecks.length > 0)) {
    return { holds: false, text: `✗ ${problems.join('；')}` };
  }
  if (!hasBudget(figure)) return { holds: null, text: '（参考）' };
  return { holds: true, text: '✓ 达标' };
}

/** Checked value / baseline median; null when either is missing or not a positive number. */
export function ratioOf(figure: FigureResult): number | null {
  if (figure.baseline === undefined || figure.baseline.samples.length === 0) return null;
  const base = median(figure.baseline.samples);
  const value = checkedValue(figure);
  if (!Number.isFinite(base) || !Number.isFinite(value) || base <= 0) return null;
  return value / base;
}

/** The results as a Markdown table (printed, and pasted into README 性能). */
export function table(figures: readonly FigureResult[]): string {
  const header = [
    '规模',
    '指标',
    '测量值',
    '波动（最小–最大）',
    '预算',
    '基线（中位数）',
    '与基线之比',
    '最长任务',
    '结论',
  ];
  const rows = figures.map((figure) => {
    const verdictText = verdict(figure).text;
    if (figure.skipped !== undefined) {
      return [figure.scale, figure.label, '—', '—', budgetText(figure), '—', '—', '—', verdictText];
    }
    const { min, max } = spread(figure.samples);
    const ratio = ratioOf(figure);
    return [
      figure.scale,
      figure.label,
      `${formatValue(checkedValue(figure), figure.unit)}${figure.statistic === 'p95' ? '（P95）' : '（中位）'}`,
      figure.samples.length > 1
        ? `${formatValue(min, figure.unit)} – ${formatValue(max, figure.unit)}（${figure.samples.length} 次）`
        : '1 次',
      budgetText(figure),
      figure.baseline === undefined
        ? '—'
        : `${formatValue(median(figure.baseline.samples), figure.unit)}（${figure.baseline.label}）`,
      ratio === null ? '—' : ratio.toFixed(2),
      figure.longestTaskMs === undefined ? '—' : formatMs(figure.longestTaskMs),
      verdictText,
    ];
  });
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

function budgetText(figure: FigureResult): string {
  const parts: string[] = [];
  if (figure.budget !== undefined) parts.push(`≤ ${formatValue(figure.budget, figure.unit)}`);
  if (figure.ratioBudget !== undefined) parts.push(`比值 ≤ ${figure.ratioBudget}`);
  return parts.length === 0 ? '—' : parts.join('，');
}

/** Notes under the table: per-figure details that do not fit a cell, and the checks each figure made. */
export function notes(figures: readonly FigureResult[]): string {
  return figures
    .map((figure) => {
      const checks = (figure.checks ?? []).map(
        (check) =>
          `${check.passed ? '✓' : '✗'} ${check.label}${check.detail === undefined ? '' : `（${check.detail}）`}`,
      );
      return { figure, lines: [...(figure.notes ?? []), ...checks] };
    })
    .filter(({ lines }) => lines.length > 0)
    .map(({ figure, lines }) => `- ${figure.scale} ${figure.label}：${lines.join('；')}`)
    .join('\n');
}
