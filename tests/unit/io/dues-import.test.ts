import { describe, expect, it } from 'vitest';
import { DEFAULT_DUES_SETTINGS } from '../../../renderer/src/domain/entities/dues-rates';
import { previewDuesImport } from '../../../renderer/src/io/dues-import';
import { payment, profile } from '../domain/dues/dues-fixtures';

const members = [
  { id: 'm1', name: '张三', idNumber: '11010519491231002X' },
  { id: 'm2', name: '李四' },
  { id: 'm3', name: '王五' },
  { id: 'm4', name: '王五' },
];
const facts = new Map([
  ['m1', { profiles: [profile({ category: '在职', baseFen: 450_000, effectiveFrom: '2026-01' })], payments: [] }],
  ['m2', { profiles: [], payments: [payment(['2026-02'], 2500, { memberId: 'm2' })] }],
]);

describe('importing the office’s dues sheet', () => {
  it('reads amounts and ticks by month, matches by ID then name, and refuses with reasons', () => {
    const sheet = [
      ['幸福社区第一党支部2026年党费台账'],
      ['序号', '姓名', '身份证号', '1月', '2月', '3月', '合计'],
      [1, '张三（老）', '11010519491231002x', 45, '√', null, 90],
      [2, '李四', null, 25, 25, '', 50],
      [3, '王五', null, 1, null, null, 1],
      [4, '赵六', null, 1, null, null, 1],
      [5, '李四', null, -3, null, null, null],
      ['', '合计', '', 71, 70, 0, 141],
    ];
    const preview = previewDuesImport(sheet, 2026, members, facts, DEFAULT_DUES_SETTINGS, '2026-06-30');
    expect(preview.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const [zhang, li, wang, zhao, negative] = preview.rows;
    expect(zhang).toMatchObject({
      name: '张三',
      memberId: 'm1',
      months: ['2026-01', '2026-02'],
      monthAmountsFen: [4500, 4500],
    });
    expect(zhang?.status).toBe('ok');
    expect(li?.status).toBe('error');
    expect(li?.messages[0]).toContain('2026年2月的党费已于');
    expect(wang?.messages[0]).toContain('本支部有 2 名“王五”');
    expect(zhao?.messages[0]).toBe('本支部没有“赵六”');
    expect(negative?.messages[0]).toContain('金额不能为负数');
    expect(preview.rows).toHaveLength(5);
  });

  it('a sheet without a name or month column says what it needs', () => {
    const preview = previewDuesImport([['a', 'b']], 2026, members, facts, DEFAULT_DUES_SETTINGS, '2026-06-30');
    expect(preview.rows[0]?.messages[0]).toContain('找不到表头');
  });
});
