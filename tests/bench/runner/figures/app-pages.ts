import type { Page } from 'playwright-core';
import type { BenchApi, Capabilities, PagePlan } from '../../page/bench-api';
import type { Figure, FigureContext, FigureOutput } from '../figure';
import { markerTime, navigateToMarker } from '../page-timing';

/** A page of the app that is there from the start, to navigate away to between samples. */
const AWAY = { awayHash: '#/settings', awaySelector: 'h1' };

type PlanMethod = 'overviewPlan' | 'yearlyCheckPlan' | 'signInPlan';

async function planOf(bench: Page, method: PlanMethod, attendees: number): Promise<PagePlan> {
  return bench.evaluate(
    async ({ name, count }) => {
      const api = window.bench as BenchApi;
      const make = api[name];
      if (make === undefined) throw new Error(`${name} missing`);
      return make(count);
    },
    { name: method, count: attendees },
  );
}

/**
 * Opens the real app in the bench's profile, moves to the page by its route (as a click in the
 * navigation does) and times until its ready marker shows; beside it a bare cursor read of the rows.
 */
async function openPage(
  { session, bench, runs }: FigureContext,
  method: PlanMethod,
  budget: number,
  attendees = 0,
): Promise<FigureOutput> {
  const plan = await planOf(bench, method, attendees);
  const app = await session.newAppPage();
  const samples: number[] = [];
  const raw: number[] = [];
  let longestTaskMs = 0;
  let rows = 0;
  try {
    await app.goto(session.baseUrl + AWAY.awayHash);
    await markerTime(app, AWAY.awaySelector);
    // One unmeasured visit so the page's lazy chunk is loaded, as after the first click of a session.
    await navigateToMarker(app, { ...AWAY, hash: plan.hash, selector: plan.readySelector });
    for (let i = 0; i < runs; i += 1) {
      const result = await navigateToMarker(app, { ...AWAY, hash: plan.hash, selector: plan.readySelector });
      samples.push(result.ms);
      longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
      const baseline = await bench.evaluate(async (ranges) => {
        const api = window.bench as BenchApi;
        return api.rawIndexRead(api.databaseName, ranges);
      }, plan.baseline);
      raw.push(baseline.ms);
      rows = baseline.rows;
    }
  } finally {
    await app.close();
  }
  return {
    unit: 'ms',
    samples,
    budget,
    baseline: { label: `裸 getAll 按同一索引读同样 ${rows.toLocaleString('en-US')} 行`, samples: raw },
    longestTaskMs,
    notes: [`${plan.note}；路由 ${plan.hash}，就绪标记 ${plan.readySelector}`],
  };
}

function pageFigure(
  id: string,
  label: Figure['label'],
  capability: keyof Capabilities,
  reason: string,
  method: PlanMethod,
  budget: number,
  attendees = 0,
): Figure {
  return {
    id,
    label,
    budget,
    needs: [
      { capability: 'generator', reason: '示例数据生成器尚未合并' },
      { capability, reason },
    ],
    run: (context) => openPage(context, method, budget, attendees),
  };
}

export const overviewPage = pageFigure(
  'overview',
  () => '打开概览页（全部预警计算完成）',
  'overviewWarnings',
  '概览预警尚未合并',
  'overviewPlan',
  1000,
);

export const yearlyCheckPage = pageFigure(
  'yearly-check',
  () => '打开年度考核（全部支部）',
  'yearlyCheck',
  '年度考核尚未合并',
  'yearlyCheckPlan',
  1000,
);

export const signInPreviewPage = pageFigure(
  'sign-in-preview',
  () => '300 人签到表打印预览',
  'signInPreview',
  '签到表打印预览尚未合并',
  'signInPlan',
  1000,
  300,
);
