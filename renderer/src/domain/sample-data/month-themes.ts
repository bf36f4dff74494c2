/**
 * The year a community's 主题党日 follows: commemorations and seasonal work by month, as offices plan
 * them (七一 建党纪念日, 八一 建军节, 五四, 清明, 3月5日 学雷锋纪念日, 9月3日 抗战胜利纪念日, 10月1日 国庆,
 * 12月4日 国家宪法日, 4月15日 全民国家安全教育日, 5月12日 防灾减灾日, 11月9日 消防日). The sample data
 * takes its themes from here, so no activity's theme contradicts its date.
 */
export const MONTH_THEMES: Readonly<Record<number, readonly string[]>> = {
  1: ['新春走访慰问困难党员', '寒冬送温暖志愿服务'],
  2: ['春节平安志愿巡逻', '新春邻里互助活动'],
  3: ['学雷锋志愿服务', '学习全国两会精神'],
  4: ['清明祭扫 缅怀革命先烈', '全民国家安全教育日宣传'],
  5: ['纪念五四运动 青年党员讲党史', '防灾减灾日安全宣传'],
  6: ['迎七一 重温入党誓词', '垃圾分类宣传进楼栋'],
  7: ['庆祝建党纪念日 重温入党誓词', '七一走访慰问老党员'],
  8: ['八一走访慰问退役军人', '防汛安全隐患排查'],
  9: ['纪念抗战胜利 参观红色教育基地', '教师节慰问老教师党员'],
  10: ['庆祝国庆 唱响红色歌曲', '重阳敬老志愿服务'],
  11: ['消防安全宣传进楼栋', '冬季防诈骗宣传'],
  12: ['国家宪法日宪法宣传', '年终组织生活会准备 征求群众意见'],
};

/**
 * Words that tie a theme to its months: a title holding one belongs only in those months. A theme held
 * a few days early (迎七一 in late June) or in the weeks after (春节 in January or February) is allowed.
 */
export const DATED_KEYWORDS: readonly { word: string; months: readonly number[] }[] = [
  { word: '元旦', months: [12, 1] },
  { word: '新年', months: [12, 1] },
  { word: '春节', months: [1, 2] },
  { word: '新春', months: [1, 2] },
  { word: '寒冬', months: [12, 1, 2] },
  { word: '送温暖', months: [12, 1, 2] },
  { word: '雷锋', months: [3] },
  { word: '两会', months: [3] },
  { word: '植树', months: [3] },
  { word: '清明', months: [4] },
  { word: '缅怀革命先烈', months: [4, 9] },
  { word: '国家安全教育日', months: [4] },
  { word: '五四', months: [4, 5] },
  { word: '防灾减灾', months: [5] },
  { word: '七一', months: [6, 7] },
  { word: '建党', months: [6, 7] },
  { word: '八一', months: [7, 8] },
  { word: '建军', months: [7, 8] },
  { word: '退役军人', months: [7, 8] },
  { word: '防汛', months: [5, 6, 7, 8] },
  { word: '抗战胜利', months: [8, 9] },
  { word: '教师节', months: [9] },
  { word: '国庆', months: [9, 10] },
  { word: '重阳', months: [10, 11] },
  { word: '消防', months: [11, 12, 1] },
  { word: '宪法日', months: [12] },
  { word: '年终', months: [11, 12] },
  { word: '总结全年', months: [11, 12] },
  { word: '年度工作计划', months: [1, 2, 3] },
  { word: '组织生活会', months: [11, 12, 1, 2] },
  { word: '民主评议', months: [11, 12, 1, 2] },
];

/** The months a title's dated words allow; null when the title names no dated theme. */
export function monthsOfTheme(title: string): number[] | null {
  let months: number[] | null = null;
  for (const { word, months: allowed } of DATED_KEYWORDS) {
    if (!title.includes(word)) continue;
    months = months === null ? [...allowed] : months.filter((m) => allowed.includes(m));
  }
  return months;
}

/** Whether a title can be held in `month` (1–12): no 建党纪念日 in December. */
export function themeFitsMonth(title: string, month: number): boolean {
  const months = monthsOfTheme(title);
  return months === null || months.includes(month);
}

/** A month's 主题党日 theme; `variant` spreads the branches over the month's themes. */
export function themedDayTopic(month: number, variant: number): string {
  const themes = MONTH_THEMES[month] ?? [];
  return themes[variant % Math.max(1, themes.length)] ?? '集中学习';
}
