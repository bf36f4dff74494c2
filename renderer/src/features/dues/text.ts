/** Keys of the dues grid, shown under it (keyboard-first like attendance). */
export const GRID_KEYS_HELP =
  '方向键选择党员和月份；空格或回车：按应交金额登记该月已缴；B：补交/预交（可多个月，可改金额、日期、方式）；A：本月全员已缴；Delete：冲销该月的记录。';

export const MONTH_LABELS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
