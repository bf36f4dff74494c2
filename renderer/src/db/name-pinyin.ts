/** Full pinyin and initials of a name, for search ("zhangsan", "zs"). */
export interface NamePinyin {
  namePinyin: string;
  nameInitials: string;
}

export type PinyinOf = (name: string) => NamePinyin;

let loading: Promise<PinyinOf> | undefined;

/**
 * pinyin-pro is large, so it loads on first save. Surname mode reads 单 as shan, 曾 as zeng, 解 as xie,
 * 区 as ou, 仇 as qiu, 朴 as piao when they begin a name.
 */
export function loadPinyin(): Promise<PinyinOf> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => (name: string) => {
    const clean = name.replace(/\s+/g, '');
    const syllables = pinyin(clean, {
      toneType: 'none',
      type: 'array',
      surname: 'head',
      v: true,
      nonZh: 'consecutive',
    });
    const full = syllables
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const initials = syllables
      .map((syllable) => syllable.trim().charAt(0))
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    return { namePinyin: full, nameInitials: initials };
  });
  return loading;
}
