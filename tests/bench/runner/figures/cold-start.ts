import type { Figure } from '../figure';
import { loadToMarker } from '../page-timing';

/**
 * The first useful screen: the overview's to-do list with its warnings computed (the list shows a
 * spinner labelled 正在检查预警 until they are).
 */
export const FIRST_USEFUL_SCREEN = '[data-testid="todo-list"]:not(:has([aria-label="正在检查预警"]))';

export const coldStart: Figure = {
  id: 'cold-start',
  label: (scale) => `冷启动到首个可用界面（库中 ${scale.members.toLocaleString('en-US')} 名党员）`,
  budget: 1500,
  needs: [],
  run: async ({ session, runs }) => {
    const samples: number[] = [];
    const raw: number[] = [];
    let longestTaskMs = 0;
    const appUrl = session.baseUrl;
    const rawUrl = new URL('bench/raw-start.html', session.baseUrl).href;
    // One unmeasured load each, so both sides start with the same warm HTTP and code caches.
    await loadToMarker(session.newAppPage, appUrl, FIRST_USEFUL_SCREEN);
    await loadToMarker(session.newAppPage, rawUrl, '[data-testid="raw-ready"]');
    for (let i = 0; i < runs; i += 1) {
      const app = await loadToMarker(session.newAppPage, appUrl, FIRST_USEFUL_SCREEN);
      samples.push(app.ms);
      longestTaskMs = Math.max(longestTaskMs, app.longestTaskMs);
      raw.push((await loadToMarker(session.newAppPage, rawUrl, '[data-testid="raw-ready"]')).ms);
    }
    return {
      unit: 'ms',
      samples,
      budget: 1500,
      baseline: { label: '裸页面打开 IndexedDB 读设置', samples: raw },
      longestTaskMs,
      notes: [`从导航开始到 ${FIRST_USEFUL_SCREEN} 出现（新标签页，同一配置文件，HTTP 与代码缓存已热）`],
    };
  },
};
