import type { FigureResult, Unit } from './figure';
import { formatMs, median, spread } from './stats';

function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return formatMs(value);
  return `${value.toFixed(1)} ${unit}`;
}

export interface Verdict {
  holds: boolean | null;
  text: string;
}

/** Whether the figure's budgets hold: the median against `budget`, median / baseline against `ratioBudget`. */
export function verdict(figure: FigureResult): Verdict {
  if (figure.skipped !== undefined) return { holds: null, text: figure.skipped };
  const problems: string[] = [];
  const value = median(figure.samples);
  if (figure.budget !== undefined && value > figure.budget) {
    problems.push(`超出预算 ${((100 * (value - figure.budget)) / figure.budget).toFixed(0)}%`);
  }
  const ratio = ratioOf(figure);
  if (figure.ratioBudget !== undefined && ratio !== null && ratio > figure.ratioBudget) {
    problems.push(`比值 ${ratio.toFixed(2)} > ${figure.ratioBudget}`);
  }
  if (problems.length > 0) return { holds: false, text: `✗ ${problems.join('；')}` };
  if (figure.budget === undefined && figure.ratioBudget === undefined) return { holds: null, text: '（参考）' };
  return { holds: true, text: '✓ 达标' };
}

export function ratioOf(figure: FigureResult): number | null {
  if (figure.baseline === undefined || figure.baseline.samples.length === 0) return null;
  const base = median(figure.baseline.samples);
  return base > 0 ? median(figure.samples) / base : null;
}

/** The results as a Markdown table (printed, and pasted into README 性能). */
export function table(figures: readonly FigureResult[]): string {
  const header = [
    '规模',
    '指标',
    '中位数',
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
      formatValue(median(figure.samples), figure.unit),
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

/** Notes under the table: per-figure details that do not fit a cell. */
export function notes(figures: readonly FigureResult[]): string {
  return figures
    .filter((figure) => (figure.notes ?? []).length > 0)
    .map((figure) => `- ${figure.scale} ${figure.label}：${(figure.notes ?? []).join('；')}`)
    .join('\n');
}
