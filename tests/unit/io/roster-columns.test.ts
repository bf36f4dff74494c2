import { describe, expect, it } from 'vitest';
import { readCell } from '../../../renderer/src/io/roster-import/cell-values';
import { findHeaderLayout, matchHeader, ROSTER_COLUMN_SPECS } from '../../../renderer/src/io/roster-import/columns';

describe('column mapping', () => {
  it.each([
    ['公民身份证号', 'idNumber'],
    ['身份证号码', 'idNumber'],
    ['公民身份号码', 'idNumber'],
    [' 身份证号 ', 'idNumber'],
    ['姓　名', 'name'],
    ['*姓名', 'name'],
    ['姓名（必填）', 'name'],
    ['电话', 'phone'],
    ['手机', 'phone'],
    ['联系电话', 'phone'],
    ['联系电话（手机）', 'phone'],
    ['出生年月', 'birthDate'],
    ['入党时间', 'joinDate'],
    ['所在支部', 'branch'],
    ['文化程度', 'education'],
    ['外出流向（省）', 'floatingProvince'],
    ['外出流向(省)', 'floatingProvince'],
  ])('“%s” is %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('unknown headers map to nothing', () => {
    expect(matchHeader('序号')).toBeNull();
    expect(matchHeader('')).toBeNull();
    expect(matchHeader('错误原因')).toBeNull();
  });

  it('the header is found below title rows', () => {
    const layout = findHeaderLayout([
      ['幸福社区党员名册', null, null],
      ['填报日期：2024年3月', null, null],
      ['序号', '姓名', '身份证号码'],
      [1, '张三', '110105198001010031'],
    ]);
    expect(layout).toEqual({
      headerRowIndex: 2,
      columns: new Map([
        [1, 'name'],
        [2, 'idNumber'],
      ]),
    });
  });

  it('a two-row header with merged cells is read as one', () => {
    const layout = findHeaderLayout([
      ['姓名', '身份证号', '外出流向', '外出流向', '外出流向'],
      ['姓名', '身份证号', '省', '市', '县'],
      ['张三', '110105198001010031', '广东省', '深圳市', '南山区'],
    ]);
    expect(layout?.headerRowIndex).toBe(1);
    expect([...(layout?.columns.values() ?? [])]).toEqual([
      'name',
      'idNumber',
      'floatingProvince',
      'floatingCity',
      'floatingCounty',
    ]);
  });

  it('a sheet without 姓名 has no header', () => {
    expect(
      findHeaderLayout([
        ['编号', '金额'],
        [1, 2],
      ]),
    ).toBeNull();
  });
});

describe('cell values', () => {
  const spec = (field: string) => {
    const found = ROSTER_COLUMN_SPECS.find((one) => one.field === field);
    if (found === undefined) throw new Error(field);
    return found;
  };

  it('full-width and compatibility characters are normalised; plain text and names are kept as typed', () => {
    expect(readCell(spec('workUnit'), 'ＡＢＣ公司（１号楼）')).toEqual({ value: 'ABC公司(1号楼)' });
    expect(readCell(spec('address'), ' 幸福路 1 号 ')).toEqual({ value: '幸福路 1 号' });
    expect(readCell(spec('name'), '张　三')).toEqual({ value: '张三' });
    expect(readCell(spec('phone'), '１３８００１３８０００')).toEqual({ value: '13800138000' });
    expect(readCell(spec('gender'), '男性\t')).toEqual({ value: '男' });
  });
});
