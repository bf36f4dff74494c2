import type { Figure } from '../figure';
import { median } from '../stats';

const DOCUMENTS = 1000;
/** At S and M a sample of 100 keeps `npm run bench` within its 10 minutes; the budget scales with it. */
const SAMPLE_DOCUMENTS = 100;

function documentsAt(scale: { name: string; members: number }): number {
  return Math.min(scale.name === 'L' ? DOCUMENTS : SAMPLE_DOCUMENTS, scale.members);
}

export const studyRecordDocx: Figure = {
  id: 'study-record-docx',
  label: (scale) => `${documentsAt(scale).toLocaleString('en-US')} 份党员学习记录表生成 .docx（总计）`,
  needs: [
    { capability: 'generator', reason: '示例数据生成器尚未合并' },
    { capability: 'studyRecordDocx', reason: '学习记录表 Word 生成器尚未合并' },
  ],
  run: async ({ bench, runs, scale }) => {
    const samples: number[] = [];
    const raw: number[] = [];
    let longestTaskMs = 0;
    let bytes = 0;
    let rawBytes = 0;
    const gathers: number[] = [];
    const combined: number[] = [];
    let combinedBytes = 0;
    const documents = documentsAt(scale);
    for (let i = 0; i < Math.min(runs, 3); i += 1) {
      const result = await bench.evaluate(async (count) => {
        const api = window.bench;
        if (api?.studyRecordBatch === undefined) throw new Error('studyRecordBatch missing');
        return api.studyRecordBatch(count);
      }, documents);
      samples.push(result.ms);
      raw.push(result.rawMs);
      bytes = result.bytes;
      rawBytes = result.rawBytes;
      gathers.push(result.gatherMs ?? 0);
      combined.push(result.combinedMs ?? 0);
      combinedBytes = result.combinedBytes ?? 0;
      longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
    }
    return {
      unit: 'ms',
      samples,
      // 10 s for 1,000 sheets: 10 ms a sheet.
      budget: 10 * documents,
      baseline: { label: '同样文字以 fflate 最小 docx 打包', samples: raw },
      longestTaskMs,
      notes: [
        `${documents} 份，每份中位 ${(median(samples) / documents).toFixed(1)} ms；平均每份 ${(bytes / documents / 1024).toFixed(1)} KB` +
          `（最小 docx ${(rawBytes / documents / 1024).toFixed(1)} KB）；单独读取数据中位 ${median(gathers).toFixed(0)} ms；` +
          '逐份生成（“每人一个文件”），走应用自己的批量导出 makeStudyRecordBatch（批量读取 studyRecordsOf + 模板套印 study-record-press）',
        `同样 ${documents} 份合并为一个文件：中位 ${median(combined).toFixed(0)} ms，${(combinedBytes / 1024).toFixed(0)} KB（最长任务已计入上表）`,
      ],
    };
  },
};
