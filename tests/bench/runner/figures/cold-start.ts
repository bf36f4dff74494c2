import type { Figure } from '../figure';
import { loadToMarker } from '../page-timing';

/**
 * The first useful screen: the overview's to-do list with its warnings computed (the list shows a
 * spinner labelled 正在检查预警 until they are).
 */
export const FIRST_USEFUL_SCREEN = '[data-testid="todo-list"]:not(:has([aria-label="正在检查预警"]))';

/**
 * Start-up with the browser's caches emptied before every sample (HTTP cache and with it V8's code
 * cache, over CDP), in a new tab of the same profile. The operating system's file cache stays warm: the
 * label says so rather than calling it a cold boot.
 */
export const coldStart: Figure = {
  id: 'cold-start',
  label: (scale) =>
    `启动到首个可用界面（浏览器缓存已清空，系统文件缓存仍热；库中 ${scale.members.toLocaleString('en-US')} 名党员）`,
  budget: 1500,
  needs: [],
  run: async ({ session, bench, runs }) => {
    const samples: number[] = [];
    const raw: number[] = [];
    let longestTaskMs = 0;
    const appUrl = session.baseUrl;
    const rawUrl = new URL('bench/raw-start.html', session.baseUrl).href;
    const cdp = await session.cdp(bench);
    const emptyCaches = () => cdp.send('Network.clearBrowserCache');
    try {
      for (let i = 0; i < runs; i += 1) {
        await emptyCaches();
        const app = await loadToMarker(session.newAppPage, appUrl, FIRST_USEFUL_SCREEN);
        samples.push(app.ms);
        longestTaskMs = Math.max(longestTaskMs, app.longestTaskMs);
        await emptyCaches();
        raw.push((await loadToMarker(session.newAppPage, rawUrl, '[data-testid="raw-ready"]')).ms);
      }
    } finally {
      await cdp.detach();
    }
    return {
      unit: 'ms',
      samples,
      budget: 1500,
      baseline: { label: '裸页面打开 IndexedDB 读设置', samples: raw },
      longestTaskMs,
      notes: [`从导航开始到 ${FIRST_USEFUL_SCREEN} 出现（新标签页，同一配置文件；每次之前经 CDP 清空浏览器缓存）`],
    };
  },
};
