import type { Figure } from '../figure';
import { median } from '../stats';

const DOCUMENTS = 1000;

export const studyRecordDocx: Figure = {
  id: 'study-record-docx',
  label: (scale) => `${Math.min(DOCUMENTS, scale.members).toLocaleString('en-US')} 份党员学习记录表生成 .docx（总计）`,
  budget: 10_000,
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
    const documents = Math.min(DOCUMENTS, scale.members);
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
      longestTaskMs = Math.max(longestTaskMs, result.longestTaskMs);
    }
    return {
      unit: 'ms',
      samples,
      budget: 10_000,
      baseline: { label: '同样文字以 fflate 最小 docx 打包', samples: raw },
      longestTaskMs,
      notes: [
        `${documents} 份，每份中位 ${(median(samples) / documents).toFixed(1)} ms；平均每份 ${(bytes / documents / 1024).toFixed(1)} KB` +
          `（最小 docx ${(rawBytes / documents / 1024).toFixed(1)} KB）`,
      ],
    };
  },
};
