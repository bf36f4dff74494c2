import type { Figure } from '../figure';
import { peakHeapDuring } from '../heap-sampler';
import { formatMs, median } from '../stats';

export const backup: Figure = {
  id: 'backup',
  label: (scale) => `备份全部数据（${scale.name} 规模）`,
  needs: [
    { capability: 'generator', reason: '示例数据生成器尚未合并' },
    { capability: 'backup', reason: '备份与恢复尚未合并' },
  ],
  run: async ({ bench, session, runs }) => {
    const cdp = await session.cdp(bench);
    const samples: number[] = [];
    const raw: number[] = [];
    const peaks: number[] = [];
    let longestTaskMs = 0;
    let bytes = 0;
    let rawBytes = 0;
    let rows = 0;
    const starts: number[] = [];
    try {
      for (let i = 0; i < runs; i += 1) {
        const { result, peakMb, startMb } = await peakHeapDuring(cdp, () =>
          bench.evaluate(async () => {
            const api = window.bench;
            if (api?.backup === undefined) throw new Error('backup missing');
            return api.backup();
          }),
        );
        samples.push(result.ms);
        peaks.push(Math.max(peakMb, result.peakHeapMb ?? 0));
        longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
        bytes = result.bytes;
        rows = result.rows;
        starts.push(startMb);
        const baseline = await bench.evaluate(async () => {
          const api = window.bench;
          if (api === undefined) throw new Error('bench missing');
          return api.rawBackup(api.databaseName);
        });
        raw.push(baseline.ms);
        rawBytes = baseline.bytes;
      }
    } finally {
      await cdp.detach();
    }
    return {
      unit: 'ms',
      samples,
      baseline: { label: '裸游标读全部表 + JSON 行 + fflate 流式压缩', samples: raw },
      longestTaskMs,
      notes: [
        `${rows.toLocaleString('en-US')} 行，备份文件 ${(bytes / 2 ** 20).toFixed(1)} MB（基线 ${(rawBytes / 2 ** 20).toFixed(1)} MB）；` +
          `用时中位 ${formatMs(median(samples))}`,
      ],
      more: [
        {
          id: 'backup-heap',
          label: '备份时 JS 堆峰值',
          unit: 'MB',
          samples: peaks,
          budget: 500,
          notes: [`开始前（强制 GC 后）${median(starts).toFixed(0)} MB；每 100 ms 经 CDP Runtime.getHeapUsage 取样`],
        },
      ],
    };
  },
};

export const restore: Figure = {
  id: 'restore',
  label: (scale) => `从备份恢复全部数据（${scale.name} 规模）`,
  ratioBudget: 1.5,
  needs: [
    { capability: 'generator', reason: '示例数据生成器尚未合并' },
    { capability: 'restore', reason: '备份与恢复尚未合并' },
  ],
  run: async ({ bench, runs }) => {
    const samples: number[] = [];
    const raw: number[] = [];
    const putLoops: number[] = [];
    let longestTaskMs = 0;
    let rows = 0;
    const identical: (boolean | null)[] = [];
    const differences: string[] = [];
    const heaps: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await bench.evaluate(async () => {
        const api = window.bench;
        if (api?.restore === undefined) throw new Error('restore missing');
        return api.restore();
      });
      samples.push(result.ms);
      raw.push(result.rawWriteMs);
      putLoops.push(result.putLoopMs);
      rows = result.rows;
      identical.push(result.identical);
      if (result.difference !== null) differences.push(result.difference);
      if (result.peakHeapMb !== null) heaps.push(result.peakHeapMb);
      longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
    }
    const allIdentical = identical.length > 0 && identical.every((value) => value === true);
    return {
      unit: 'ms',
      samples,
      ratioBudget: 1.5,
      baseline: { label: '同样行数最快的裸写入：每批 5 万条、relaxed 持久性', samples: raw },
      longestTaskMs,
      checks: [
        {
          label: '恢复后逐表逐行与原库一致',
          passed: allIdentical,
          ...(allIdentical ? {} : { detail: differences.join('；') || '未比较' }),
        },
      ],
      notes: [
        `${rows.toLocaleString('en-US')} 行；一个事务的裸 put 循环（默认持久性）中位 ${formatMs(median(putLoops))}，` +
          `恢复与它之比 ${(median(samples) / median(putLoops)).toFixed(2)}`,
        ...(heaps.length === 0 ? [] : [`恢复时 JS 堆峰值 ${Math.max(...heaps).toFixed(0)} MB（performance.memory）`]),
      ],
    };
  },
};
