import type { BenchApi } from '../../page/bench-api';
import type { Figure } from '../figure';

/** The yearly check's data alone: the app's loadYearlyCheck for every branch of this year, no rendering. */
export const yearlyCheckData: Figure = {
  id: 'yearly-check-data',
  label: () => '年度考核数据计算（全部支部，loadYearlyCheck）',
  budget: 1000,
  needs: [
    { capability: 'generator', reason: '示例数据生成器尚未合并' },
    { capability: 'yearlyCheckData', reason: '年度考核数据尚未合并' },
  ],
  run: async ({ bench, runs }) => {
    const samples: number[] = [];
    const raw: number[] = [];
    let branches = 0;
    let rows = 0;
    for (let i = 0; i < runs; i += 1) {
      const result = await bench.evaluate(async () => {
        const api = window.bench as BenchApi;
        if (api.yearlyCheckData === undefined || api.yearlyCheckRows === undefined) throw new Error('missing');
        const data = await api.yearlyCheckData();
        const baseline = await api.rawIndexRead(api.databaseName, api.yearlyCheckRows());
        return { data, baseline };
      });
      samples.push(result.data.ms);
      branches = result.data.branches;
      raw.push(result.baseline.ms);
      rows = result.baseline.rows;
    }
    return {
      unit: 'ms',
      samples,
      baseline: { label: `裸 getAll 按同一索引读同样 ${rows.toLocaleString('en-US')} 行`, samples: raw },
      notes: [`${branches} 个支部；只计数据计算（不含渲染与图表）`],
    };
  },
};
