import type { BenchApi } from '../../page/bench-api';
import type { Figure } from '../figure';
import { formatMs, median } from '../stats';

/** Issue 21: a package of one branch's data is written and merged "in seconds". */
export const exchange: Figure = {
  id: 'exchange',
  label: (scale) => `一个支部的交换包：生成并在新支部电脑上合并（${scale.name} 规模）`,
  budget: 10_000,
  needs: [{ capability: 'generator', reason: '示例数据生成器尚未合并' }],
  run: async ({ bench, runs }) => {
    const samples: number[] = [];
    const raw: number[] = [];
    const writes: number[] = [];
    const merges: number[] = [];
    let longestTaskMs = 0;
    let rows = 0;
    let bytes = 0;
    for (let i = 0; i < Math.min(runs, 3); i += 1) {
      const result = await bench.evaluate(async () => {
        const api = window.bench as BenchApi;
        if (api.exchange === undefined) throw new Error('exchange missing');
        return api.exchange();
      });
      samples.push(result.ms);
      raw.push(result.rawWriteMs);
      writes.push(result.writeMs);
      merges.push(result.mergeMs);
      longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
      rows = result.rows;
      bytes = result.bytes;
    }
    return {
      unit: 'ms',
      samples,
      budget: 10_000,
      baseline: { label: '同样的记录裸 put 循环写入', samples: raw },
      longestTaskMs,
      notes: [
        `${rows.toLocaleString('en-US')} 条记录，文件 ${(bytes / 2 ** 20).toFixed(1)} MB；生成中位 ${formatMs(median(writes))}，` +
          `读回并合并中位 ${formatMs(median(merges))}`,
      ],
    };
  },
};
