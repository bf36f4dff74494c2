import type { Figure } from '../figure';
import { median } from '../stats';

export const search: Figure = {
  id: 'search',
  label: (scale) => `边输入边搜索（${scale.members.toLocaleString('en-US')} 名党员，每次按键，按最慢的 5% 计）`,
  budget: 30,
  statistic: 'p95',
  needs: [
    { capability: 'generator', reason: '示例数据生成器尚未合并' },
    { capability: 'search', reason: '名册拼音搜索尚未合并' },
  ],
  run: async ({ bench, runs }) => {
    const typing = await bench.evaluate(async () => {
      const api = window.bench;
      if (api?.searchTyping === undefined) throw new Error('searchTyping missing');
      return api.searchTyping();
    });
    const samples: number[] = [];
    const raw: number[] = [];
    let indexBuildMs = 0;
    let worst = { query: '', ms: 0 };
    for (let i = 0; i < runs; i += 1) {
      const result = await bench.evaluate(async (queries) => {
        const api = window.bench;
        if (api?.searchKeystrokes === undefined) throw new Error('searchKeystrokes missing');
        return api.searchKeystrokes(queries);
      }, typing);
      for (const stroke of result.keystrokes) {
        samples.push(stroke.ms);
        if (stroke.ms > worst.ms) worst = { query: stroke.query, ms: stroke.ms };
      }
      raw.push(...result.rawKeystrokes);
      indexBuildMs = Math.max(indexBuildMs, result.indexBuildMs);
    }
    return {
      unit: 'ms',
      samples,
      budget: 30,
      statistic: 'p95',
      baseline: { label: '对同样字符串的朴素 includes 过滤', samples: raw },
      notes: [
        `输入序列：${typing.join('、')}；最慢一次按键「${worst.query}」${worst.ms.toFixed(1)} ms；` +
          `建立搜索索引最长 ${indexBuildMs.toFixed(0)} ms（打开名册时一次）；按键中位 ${median(samples).toFixed(2)} ms`,
      ],
    };
  },
};
