import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../renderer/src/domain/entities/organisation';
import { compareUnitNames, fullUnitName, parseChineseNumber } from '../../../renderer/src/domain/rules/unit-names';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百零三', 103],
    ['两', 2],
    ['12', 12],
  ])('%s is %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('a word that is not a number is null', () => {
    expect(parseChineseNumber('社区')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('branches in the order an office counts them', () => {
  it('第一, 第二, 第三 … 第十, 第十一, not by character code', () => {
    const names = ['第十一党支部', '第三党支部', '第十党支部', '第一党支部', '第二党支部', '机关党支部'];
    expect([...names].sort(compareUnitNames)).toEqual([
      '第一党支部',
      '第二党支部',
      '第三党支部',
      '第十党支部',
      '第十一党支部',
      '机关党支部',
    ]);
  });

  it('groups sort by branch, then by their own numeral', () => {
    const names = ['第二党支部 第二党小组', '第十党支部 第一党小组', '第二党支部 第一党小组'];
    expect([...names].sort(compareUnitNames)).toEqual([
      '第二党支部 第一党小组',
      '第二党支部 第二党小组',
      '第十党支部 第一党小组',
    ]);
  });
});

describe('a 党小组 is named with its 党支部', () => {
  const unit = (id: string, kind: OrgUnit['kind'], name: string, parentId?: string): OrgUnit => ({
    id,
    kind,
    name,
    order: 0,
    createdAt: '',
    updatedAt: '',
    ...(parentId === undefined ? {} : { parentId }),
  });
  const branch = unit('b', 'branch', '第二党支部');
  const group = unit('g', 'group', '第二党小组', 'b');
  const byId = new Map([branch, group].map((u) => [u.id, u]));

  it('group → "第二党支部 第二党小组"; a branch keeps its name', () => {
    expect(fullUnitName(group, byId)).toBe('第二党支部 第二党小组');
    expect(fullUnitName(branch, byId)).toBe('第二党支部');
  });

  it('a group already named with its branch is not doubled', () => {
    const named = unit('n', 'group', '第二党支部第一党小组', 'b');
    expect(fullUnitName(named, byId)).toBe('第二党支部第一党小组');
  });
});
