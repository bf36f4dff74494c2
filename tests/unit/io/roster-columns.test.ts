import { describe, expect, it } from 'vitest';
import { readCell } from '../../../renderer/src/io/roster-import/cell-values';
import {
  findHeaderLayout,
  IMPORT_ONLY_SPECS,
  matchHeader,
  ROSTER_COLUMN_SPECS,
} from '../../../renderer/src/io/roster-import/columns';

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

describe('office habits in cells', () => {
  const spec = (field: string) => {
    const found = [...ROSTER_COLUMN_SPECS, ...IMPORT_ONLY_SPECS].find((one) => one.field === field);
    if (found === undefined) throw new Error(field);
    return found;
  };

  it('民族 without 族, 学历 and 人员类别 as offices write them', () => {
    expect(readCell(spec('ethnicity'), '汉')).toEqual({ value: '汉族' });
    expect(readCell(spec('ethnicity'), '蒙古')).toEqual({ value: '蒙古族' });
    expect(readCell(spec('ethnicity'), '回族')).toEqual({ value: '回族' });
    expect(readCell(spec('education'), '大学')).toEqual({ value: '大学本科' });
    expect(readCell(spec('education'), '本科')).toEqual({ value: '大学本科' });
    expect(readCell(spec('education'), '中技')).toEqual({ value: '中专' });
    expect(readCell(spec('category'), '正式')).toEqual({ value: '正式党员' });
    expect(readCell(spec('category'), '预备')).toEqual({ value: '预备党员' });
  });

  it('phones with spaces or dashes are one number; a second number in the cell is kept aside for 备注', () => {
    expect(readCell(spec('phone'), '138 0013 8000')).toEqual({ value: '138 0013 8000' });
    expect(readCell(spec('phone'), '023-6888-1234')).toEqual({ value: '023-6888-1234' });
    expect(readCell(spec('phone'), '13900139000/023-68881234')).toEqual({
      value: '13900139000',
      extra: '023-68881234',
    });
    expect(readCell(spec('phone'), '13900139000，13800138000')).toEqual({ value: '13900139000', extra: '13800138000' });
    expect(readCell(spec('phone'), '139 0013 9000 138 0013 8000')).toEqual({
      value: '13900139000',
      extra: '13800138000',
    });
  });

  it('an ID number with spaces inside is one number; 出生年月 is read as a month', () => {
    expect(readCell(spec('idNumber'), '110105 19540915 0011')).toEqual({ value: '110105195409150011' });
    expect(readCell(spec('birthDate'), 1954.1)).toEqual({ value: '1954-10-01', monthOnly: true });
    expect(readCell(spec('birthDate'), new Date(Date.UTC(1954, 8, 15)))).toEqual({ value: '1954-09-15' });
  });

  it('外出流向 in one column is known by its usual headers', () => {
    expect(matchHeader('外出流向')).toBe('floatingDestination');
    expect(matchHeader('流向')).toBe('floatingDestination');
  });
});
