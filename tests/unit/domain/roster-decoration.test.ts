import { describe, expect, it } from 'vitest';
import { branchMatchKey, branchNameIn } from '../../../renderer/src/domain/rules/branch-names';
import { decorationKind } from '../../../renderer/src/domain/rules/roster-decoration';

describe('rows of a printed roster that are not members', () => {
  it.each([
    [['合计', '46'], 'total'],
    [['总计：46 人'], 'headcount'],
    [['小计', '4人'], 'total'],
    [['共 46 人'], 'headcount'],
    [['共46名'], 'headcount'],
    [['填表人：刘芳    审核人：陈明'], 'footer'],
    [['审核人', '陈明'], 'footer'],
    [['填报日期：2024年3月'], 'footer'],
    [['幸福社区党委党员花名册', '幸福社区党委党员花名册'], 'title'],
  ])('%j is %s', (texts, kind) => {
    expect(decorationKind(texts)).toBe(kind);
  });

  it('a member row, even one whose 备注 mentions people, is not decoration', () => {
    expect(decorationKind(['1', '张三', '男', '1954.09'])).toBeNull();
    expect(decorationKind(['负责人'])).toBeNull();
    expect(decorationKind([])).toBeNull();
  });
});

describe('branches named by sheets and titles', () => {
  it.each([
    ['第一党支部', '第一党支部'],
    ['一支部', '一支部'],
    ['第一党支部党员花名册', '第一党支部'],
    ['幸福社区第二党支部 2024 年党员名册', '第二党支部'],
    ['离退休党支部', '离退休党支部'],
    ['Sheet1', null],
    ['2024年党员花名册', null],
  ])('%s → %s', (text, branch) => {
    expect(branchNameIn(text)).toBe(branch);
  });

  it('一支部, 第1党支部 and 第一支部 match 第一党支部; 第十一 does not match 第一', () => {
    const key = branchMatchKey('第一党支部');
    for (const typed of ['一支部', '第1党支部', '第一支部', ' 第１党支部 ']) expect(branchMatchKey(typed)).toBe(key);
    expect(branchMatchKey('第11党支部')).toBe(branchMatchKey('第十一党支部'));
    expect(branchMatchKey('第十一党支部')).not.toBe(key);
    expect(branchMatchKey('第二党支部')).not.toBe(key);
  });
});
