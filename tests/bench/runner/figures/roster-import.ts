import type { Figure } from '../figure';

function rosterImportFigure(format: 'xlsx' | 'xls'): Figure {
  return {
    id: format === 'xlsx' ? 'roster-import' : 'roster-import-xls',
    label: (scale) =>
      `导入 ${scale.members.toLocaleString('en-US')} 行名册工作簿${format === 'xls' ? '（旧版 .xls）' : ''}（预览 + 确认）`,
    budget: 5000,
    ratioBudget: 2,
    needs: [
      { capability: 'generator', reason: '示例数据生成器尚未合并' },
      { capability: 'rosterImport', reason: '名册 Excel 导入尚未合并' },
    ],
    run: async ({ bench, scale, runs }) => {
      const samples: number[] = [];
      const raw: number[] = [];
      const previews: number[] = [];
      const confirms: number[] = [];
      let longestTaskMs = 0;
      let rows = 0;
      for (let i = 0; i < runs; i += 1) {
        const result = await bench.evaluate(
          async ({ rows, format }) => {
            const api = window.bench;
            if (api?.importRoster === undefined) throw new Error('importRoster missing');
            return api.importRoster(rows, format);
          },
          { rows: scale.members, format },
        );
        samples.push(result.totalMs);
        previews.push(result.previewMs);
        confirms.push(result.confirmMs);
        raw.push(result.rawWriteMs);
        longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
        rows = result.rows;
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      return {
        unit: 'ms',
        samples,
        budget: 5000,
        ratioBudget: 2,
        baseline: { label: '同样记录裸 put 循环写入', samples: raw },
        longestTaskMs,
        notes: [
          `工作簿 ${rows.toLocaleString('en-US')} 行；预览（解析+校验）中位 ${median(previews).toFixed(0)} ms，确认写入中位 ${median(confirms).toFixed(0)} ms`,
        ],
      };
    },
  };
}

export const rosterImport = rosterImportFigure('xlsx');
/** The same roster saved as Excel 97-2003: read by SheetJS instead of the fast .xlsx reader. */
export const rosterImportXls = rosterImportFigure('xls');
