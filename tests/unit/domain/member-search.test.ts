import { describe, expect, it } from 'vitest';
import { loadPinyin } from '../../../renderer/src/db/name-pinyin';
import { buildMemberSearchIndex, searchMembers } from '../../../renderer/src/domain/rules/member-search';

async function people(names: string[]) {
  const pinyinOf = await loadPinyin();
  return names.map((name, index) => ({
    id: String(index),
    name,
    ...pinyinOf(name),
    phone: `1380000000${index}`,
    idNumber: `51010419800101${String(index).padStart(3, '0')}X`,
  }));
}

describe('member search', () => {
  it('polyphonic surnames are read as surnames: 单 shan, 曾 zeng, 解 xie, 区 ou, 仇 qiu, 朴 piao', async () => {
    const pinyinOf = await loadPinyin();
    expect(pinyinOf('单雄信')).toEqual({ namePinyin: 'shanxiongxin', nameInitials: 'sxx' });
    expect(pinyinOf('曾国藩')).toEqual({ namePinyin: 'zengguofan', nameInitials: 'zgf' });
    expect(pinyinOf('解缙')).toEqual({ namePinyin: 'xiejin', nameInitials: 'xj' });
    expect(pinyinOf('区志明').namePinyin).toBe('ouzhiming');
    expect(pinyinOf('仇英').namePinyin).toBe('qiuying');
    expect(pinyinOf('朴树').namePinyin).toBe('piaoshu');
    expect(pinyinOf('吕布').namePinyin).toBe('lvbu');
  });

  it('finds by Chinese name, full pinyin, initials, phone and ID fragment', async () => {
    const index = buildMemberSearchIndex(await people(['张三', '单雄信', '曾国藩', '解缙', '李四']));
    const ids = (query: string) => [...(searchMembers(index, query) ?? [])].sort();
    expect(ids('张')).toEqual(['0']);
    expect(ids('zs')).toEqual(['0']);
    expect(ids('zhangsan')).toEqual(['0']);
    expect(ids('shan')).toEqual(['1']);
    expect(ids('sxx')).toEqual(['1']);
    expect(ids('zeng')).toEqual(['2']);
    expect(ids('XIE')).toEqual(['3']);
    expect(ids('13800000004')).toEqual(['4']);
    expect(ids('004x')).toEqual(['4']);
    expect(searchMembers(index, '  ')).toBeNull();
  });
});
