import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResultsFile } from '../../bench/runner/readme-table';
import {
  README_TABLE_END,
  README_TABLE_START,
  performanceSection,
  withPerformanceSection,
} from '../../bench/runner/readme-table';

const repoRoot = join(import.meta.dirname, '../../..');
const resultsDir = join(repoRoot, 'docs/performance');

/** Prettier pads table cells and dash rows when it formats the README; the table's content is what counts. */
function normalised(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((cell) => (/^\s*-+\s*$/.test(cell) ? '---' : cell.trim()))
            .join('|')
        : line.trimEnd(),
    )
    .join('\n');
}

function committedResults(): { name: string; content: BenchResultsFile }[] {
  return readdirSync(resultsDir)
    .filter((name) => /^bench-.*\.json$/.test(name))
    .map((name) => ({ name, content: JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as BenchResultsFile }));
}

describe('the README performance table', () => {
  it('is the table generated from the committed results (never merged by hand)', () => {
    const files = committedResults();
    expect(files.length).toBeGreaterThan(0);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf(README_TABLE_START);
    const end = readme.indexOf(README_TABLE_END) + README_TABLE_END.length;
    expect(normalised(readme.slice(start, end))).toBe(normalised(performanceSection(files)));
  });

  it('every committed results file names the machine it was measured on', () => {
    for (const { content } of committedResults()) {
      expect(content.machine).toMatch(/核/);
      expect(content.results.length).toBeGreaterThan(0);
    }
  });

  it('replacing the section keeps the rest of the README', () => {
    const readme = `前言\n${README_TABLE_START}\n旧表\n${README_TABLE_END}\n后记`;
    const replaced = withPerformanceSection(readme, `${README_TABLE_START}\n新表\n${README_TABLE_END}`);
    expect(replaced).toBe(`前言\n${README_TABLE_START}\n新表\n${README_TABLE_END}\n后记`);
    expect(() => withPerformanceSection('没有标记', '')).toThrow('起止标记');
  });
});
