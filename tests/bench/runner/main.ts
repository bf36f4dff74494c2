import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { Capabilities, ScaleName, ScaleSpec, SeedReport } from '../page/bench-api';
import { SCALES } from '../page/bench-api';
import type { Figure, FigureResult } from './figure';
import { FIGURES } from './figures';
import { initialJavaScript } from './figures/initial-javascript';
import type { BenchResultsFile } from './readme-table';
import { performanceSection, withPerformanceSection } from './readme-table';
import { notes, table, verdict } from './report';
import { startServer } from './server';
import { openSession } from './session';
import { formatMs } from './stats';

/** Markers written before the port was recorded were all made on this port. */
const DEFAULT_PORT = 4470;

interface Options {
  /** Only rewrite README's table from the committed results; measure nothing. */
  tableOnly: boolean;
  /** Free text saved with the results (what else the machine was doing). */
  conditions: string | null;
  scales: ScaleName[];
  runs: number | null;
  fresh: boolean;
  only: string[] | null;
  port: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    tableOnly: false,
    conditions: null,
    scales: ['S', 'M'],
    runs: null,
    fresh: false,
    only: null,
    port: DEFAULT_PORT,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = () => {
      i += 1;
      return argv[i] ?? '';
    };
    if (arg === '--scale') {
      options.scales = value()
        .toUpperCase()
        .split(',')
        .filter((name): name is ScaleName => name === 'S' || name === 'M' || name === 'L');
    } else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--fresh') options.fresh = true;
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--table') options.tableOnly = true;
    else if (arg === '--conditions') options.conditions = value();
  }
  if (process.env['BENCH_PORT'] !== undefined) options.port = Number(process.env['BENCH_PORT']);
  return options;
}

const repoRoot = process.cwd();
const benchDir = join(repoRoot, 'tests/bench');
const cacheDir = join(benchDir, '.cache');
const resultsDir = join(repoRoot, 'docs/performance');
const readmeFile = join(repoRoot, 'README.md');

/** Rewrites README's performance table from every committed result file. */
function writeReadmeTable(): void {
  const files = readdirSync(resultsDir)
    .filter((name) => /^bench-.*\.json$/.test(name))
    .map((name) => ({ name, content: JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as BenchResultsFile }));
  writeFileSync(readmeFile, withPerformanceSection(readFileSync(readmeFile, 'utf8'), performanceSection(files)));
  run(
    join(repoRoot, 'node_modules/.bin/prettier'),
    ['--write', '--log-level', 'warn', readmeFile],
    'prettier README.md',
  );
  console.log(`README 性能表已按 ${files.map((file) => file.name).join('、')} 重新生成`);
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`构建失败：${what}`);
    process.exit(1);
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/**
 * The generated data depends on the generator and the seeding code: a change to either regenerates it.
 * A later schema version does not: the app's own upgrade runs on the cached store when it is opened,
 * as it would on an office's PC.
 */
function dataHash(scale: ScaleSpec): string {
  const hash = createHash('sha256').update(JSON.stringify(scale));
  for (const file of [
    ...filesUnder(join(repoRoot, 'renderer/src/domain/sample-data')),
    join(repoRoot, 'renderer/src/db/repositories/sample-study-data.ts'),
    join(benchDir, 'page/seed-options.ts'),
  ]) {
    if (existsSync(file)) hash.update(relative(repoRoot, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** What the marker beside a seeded profile records. */
interface SeedMarker extends SeedReport {
  /** IndexedDB belongs to an origin, port included: the data is only there on the port it was made on. */
  port?: number;
}

async function seedProfile(
  bench: Page,
  scale: ScaleSpec,
  markerFile: string,
  port: number,
  log: (line: string) => void,
): Promise<FigureResult> {
  const label = `生成数据（${scale.members.toLocaleString('en-US')} 名党员，${scale.years} 年）`;
  const capabilities = await bench.evaluate(() => (window.bench as NonNullable<Window['bench']>).capabilities);
  if (existsSync(markerFile)) {
    const cached = JSON.parse(readFileSync(markerFile, 'utf8')) as SeedMarker;
    const seededPort = cached.port ?? DEFAULT_PORT;
    if (seededPort !== port) {
      throw new Error(
        `缓存的 ${scale.name} 数据是在端口 ${seededPort} 上生成的（IndexedDB 按来源区分，端口不同就看不到这些数据）：` +
          `请用 --port ${seededPort} 运行，或加 --fresh 在端口 ${port} 上重新生成`,
      );
    }
    log(`使用缓存的数据：${JSON.stringify(cached.counts)}`);
    return {
      id: 'seed',
      label,
      scale: scale.name,
      unit: 'ms',
      samples: [cached.ms],
      notes: [
        `缓存的配置文件（首次生成用时 ${formatMs(cached.ms)}）；行数 ${countsText(cached.counts)}${partsText(cached)}`,
      ],
    };
  }
  if (!capabilities.generator) {
    return { id: 'seed', label, scale: scale.name, unit: 'ms', samples: [], skipped: '未测：示例数据生成器尚未合并' };
  }
  log('生成数据……');
  const report = await bench.evaluate((spec) => (window.bench as NonNullable<Window['bench']>).seed(spec), scale);
  writeFileSync(markerFile, JSON.stringify({ ...report, port } satisfies SeedMarker));
  log(`生成完成：${formatMs(report.ms)}，${countsText(report.counts)}`);
  return {
    id: 'seed',
    label,
    scale: scale.name,
    unit: 'ms',
    samples: [report.ms],
    notes: [`行数 ${countsText(report.counts)}${partsText(report)}`],
  };
}

function partsText(report: SeedReport): string {
  if (report.parts === undefined) return '';
  const { generateMs, writeMs, summariesMs } = report.parts;
  return `；其中生成器 ${formatMs(generateMs)}，分批写入 ${formatMs(writeMs)}，学时汇总 ${formatMs(summariesMs)}`;
}

function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`)
    .join('，');
}

async function runScale(
  scale: ScaleSpec,
  options: Options,
  baseUrl: string,
  figures: readonly Figure[],
): Promise<FigureResult[]> {
  const log = (line: string) => console.log(`[${scale.name}] ${line}`);
  const hash = dataHash(scale);
  const profileDir = join(cacheDir, `profile-${scale.name}-${hash}`);
  const markerFile = `${profileDir}.seeded.json`;
  for (const stale of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    const isThisScale = stale.startsWith(`profile-${scale.name}-`);
    if (isThisScale && (options.fresh || !stale.startsWith(`profile-${scale.name}-${hash}`))) {
      rmSync(join(cacheDir, stale), { recursive: true, force: true });
    }
  }
  // A profile whose seeding never finished holds part of the data: start it afresh.
  if (!existsSync(markerFile)) rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const session = await openSession(profileDir, baseUrl);
  const results: FigureResult[] = [];
  try {
    const bench = await session.openBench();
    results.push(await seedProfile(bench, scale, markerFile, options.port, log));
    const capabilities: Capabilities = await bench.evaluate(
      () => (window.bench as NonNullable<Window['bench']>).capabilities,
    );
    const seeded = existsSync(markerFile);
    for (const figure of figures) {
      if (figure.appliesTo !== undefined && !figure.appliesTo(scale)) continue;
      const base = {
        id: figure.id,
        label: figure.label(scale),
        scale: scale.name,
        ...(figure.budget === undefined ? {} : { budget: figure.budget }),
        ...(figure.ratioBudget === undefined ? {} : { ratioBudget: figure.ratioBudget }),
        ...(figure.statistic === undefined ? {} : { statistic: figure.statistic }),
      };
      const missing = figure.needs.find((need) => !capabilities[need.capability]);
      if (missing !== undefined) {
        results.push({ ...base, unit: 'ms', samples: [], skipped: `未测：${missing.reason}` });
        continue;
      }
      if (!seeded && figure.needs.some((need) => need.capability === 'generator')) {
        results.push({ ...base, unit: 'ms', samples: [], skipped: '未测：没有生成的数据' });
        continue;
      }
      log(`${base.label}……`);
      try {
        const { more, ...output } = await figure.run({
          scale,
          session,
          bench,
          capabilities,
          runs: runsFor(scale, options),
          log,
        });
        for (const result of [{ ...base, ...output }, ...(more ?? []).map((row) => ({ ...row, scale: scale.name }))]) {
          results.push(result);
          log(`  ${result.label}：${verdict(result).text}`);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`  出错：${message ?? ''}`);
        results.push({ ...base, unit: 'ms', samples: [], skipped: `未测：运行出错（${message ?? ''}）` });
      }
    }
  } finally {
    await session.close();
  }
  return results;
}

function runsFor(scale: ScaleSpec, options: Options): number {
  if (options.runs !== null) return options.runs;
  return scale.name === 'L' ? 3 : 5;
}

function machineText(): string {
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
  return (
    `${cpus().length} 核（${cpus()[0]?.model ?? '?'}），内存 ${(totalmem() / 2 ** 30).toFixed(1)} GB（空闲 ` +
    `${(freemem() / 2 ** 30).toFixed(1)} GB），Node ${process.version}，${chromium || 'Playwright 自带 Chromium'}`
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.tableOnly) {
    writeReadmeTable();
    return;
  }
  const started = Date.now();
  console.log('构建渲染进程（npm run build:web）与性能测试页……');
  run('npm', ['run', 'build:web', '--silent'], 'npm run build:web');
  run(join(repoRoot, 'node_modules/.bin/vite'), ['build', '--config', 'tests/bench/page/vite.config.ts'], '性能测试页');

  const figures = FIGURES.filter((figure) => options.only === null || options.only.includes(figure.id));
  const results: FigureResult[] = [];
  if (options.only === null || options.only.includes('initial-js')) {
    results.push(initialJavaScript(join(repoRoot, 'dist/renderer')));
  }
  const server = await startServer(repoRoot, options.port, join(repoRoot, 'dist/bench'));
  try {
    for (const name of options.scales) results.push(...(await runScale(SCALES[name], options, server.url, figures)));
  } finally {
    server.stop();
  }

  const machine = machineText();
  const output = [
    '',
    `机器：${machine}`,
    `规模：${options.scales.join('、')}；总用时 ${formatMs(Date.now() - started)}`,
    '',
    table(results),
    '',
    notes(results),
  ].join('\n');
  console.log(output);
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `bench-${options.only === null ? '' : 'partial-'}${options.scales.join('')}.json`);
  const saved: BenchResultsFile = {
    machine,
    scales: options.scales,
    startedAt: new Date(started).toISOString(),
    ...(options.conditions === null ? {} : { conditions: options.conditions }),
    results,
  };
  writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  console.log(`\n结果已保存：${relative(repoRoot, file)}（提交它，再运行 npm run bench:table 更新 README 的性能表）`);
}

await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
