import type { FigureResult } from './figure';
import { notes, table } from './report';

/** What `npm run bench` saves under docs/performance/: one file per set of scales run together. */
export interface BenchResultsFile {
  machine: string;
  scales: string[];
  startedAt: string;
  /** Free text saved with the run (e.g. what else the machine was doing). */
  conditions?: string;
  results: FigureResult[];
}

export const README_TABLE_START =
  '<!-- 性能表开始：由 npm run bench:table 从 docs/performance/*.json 生成，请勿手改 -->';
export const README_TABLE_END = '<!-- 性能表结束 -->';

/** The README's performance table and notes, made from the committed result files only. */
export function performanceSection(files: readonly { name: string; content: BenchResultsFile }[]): string {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const runs = sorted.map(
    ({ name, content }) =>
      `- \`docs/performance/${name}\`：规模 ${content.scales.join('、')}，${content.startedAt.slice(0, 10)} 测于 ${content.machine}` +
      (content.conditions === undefined ? '' : `；${content.conditions}`),
  );
  const results = sorted.flatMap(({ content }) => content.results);
  const figureNotes = notes(results);
  return [
    README_TABLE_START,
    '',
    ...runs,
    '',
    table(results),
    ...(figureNotes === '' ? [] : ['', figureNotes]),
    '',
    README_TABLE_END,
  ].join('\n');
}

/** The README with its performance section replaced; throws when the markers are missing. */
export function withPerformanceSection(readme: string, section: string): string {
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  if (start < 0 || end < start) throw new Error('README 中找不到性能表的起止标记');
  return readme.slice(0, start) + section + readme.slice(end + README_TABLE_END.length);
}
