import type { Page } from 'playwright-core';
import type { BenchApi } from '../../page/bench-api';
import type { Figure } from '../figure';
import { markerTime } from '../page-timing';
import { median } from '../stats';

const COUNT = '[data-testid="roster-count"]';

/** Records when each input event happens (the keystroke), before the page's own handlers run. */
async function armInputClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as { benchInputAt?: number; benchInputArmed?: boolean };
    if (target.benchInputArmed === true) return;
    target.benchInputArmed = true;
    document.addEventListener('input', (event) => (target.benchInputAt = event.timeStamp), { capture: true });
  });
}

async function countIs(page: Page, expected: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selector, text }) =>
      document.querySelector(selector)?.textContent.includes(text) === true ? performance.now() : false,
    { selector: COUNT, text: `共 ${expected} 人` },
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Search as the office types it in the real roster page: from each keystroke's input event to the
 * frame in which the list's count shows that keystroke's result.
 */
export const searchInPage: Figure = {
  id: 'search-ui',
  label: (scale) =>
    `名册页边输入边搜索（${scale.members.toLocaleString('en-US')} 名党员，按键到列表更新，按最慢的 5% 计）`,
  budget: 30,
  statistic: 'p95',
  needs: [
    { capability: 'generator', reason: '示例数据生成器尚未合并' },
    { capability: 'search', reason: '名册拼音搜索尚未合并' },
  ],
  run: async ({ bench, session, runs }) => {
    const { typing, expected } = await bench.evaluate(async () => {
      const api = window.bench as BenchApi;
      if (api.searchTyping === undefined || api.searchExpectations === undefined) throw new Error('search missing');
      const queries = await api.searchTyping();
      const counts = await api.searchExpectations([...queries, '']);
      return { typing: queries, expected: counts.slice(0, -1) };
    });
    const app = await session.newAppPage();
    const samples: number[] = [];
    let longestTaskMs = 0;
    let worst = { query: '', ms: 0 };
    try {
      await app.goto(`${session.baseUrl}#/members`);
      await markerTime(app, COUNT);
      const input = app.getByLabel('搜索');
      await armInputClock(app);
      const everyone = await app.locator(COUNT).textContent();
      for (let run = 0; run < Math.min(runs, 3); run += 1) {
        for (const [q, query] of typing.entries()) {
          await input.fill('');
          await app.waitForFunction(
            ({ selector, text }) => document.querySelector(selector)?.textContent === text,
            { selector: COUNT, text: everyone },
            { polling: 'raf' },
          );
          const since = await app.evaluate(() => performance.now());
          for (const [i, char] of Array.from(query).entries()) {
            if (/[\u4e00-\u9fff]/.test(char)) await app.keyboard.insertText(char);
            else await app.keyboard.type(char);
            const shown = await countIs(app, expected[q]?.[i] ?? 0);
            const typedAt = await app.evaluate(
              () => (window as unknown as { benchInputAt?: number }).benchInputAt ?? 0,
            );
            const ms = shown - typedAt;
            samples.push(ms);
            if (ms > worst.ms) worst = { query: query.slice(0, i + 1), ms };
          }
          longestTaskMs = Math.max(
            longestTaskMs,
            await app.evaluate(
              (from) =>
                Math.max(0, ...(window.benchLongTasks ?? []).filter(([start]) => start >= from).map(([, d]) => d)),
              since,
            ),
          );
        }
      }
    } finally {
      await app.close();
    }
    return {
      unit: 'ms',
      samples,
      longestTaskMs,
      notes: [
        `输入序列：${typing.join('、')}；最慢一次按键「${worst.query}」${worst.ms.toFixed(0)} ms；中位 ${median(samples).toFixed(1)} ms` +
          '（从 input 事件到“共 N 人”显示该次结果的那一帧）',
      ],
    };
  },
};
