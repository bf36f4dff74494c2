import { createTheme } from '@mui/material/styles';
import type { Theme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';
import { zhCN as pickersZhCN } from '@mui/x-date-pickers/locales';

const FONT_STACK = [
  '"Microsoft YaHei"',
  '"微软雅黑"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(',');

/** Base type size in px: office PCs at normal distance, and 大字模式 for older staff. */
export const BASE_FONT_SIZE = { normal: 15, large: 19 } as const;

export function createAppTheme(largeType: boolean): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: '#b3261e', contrastText: '#ffffff' },
        secondary: { main: '#a87a1b', contrastText: '#ffffff' },
        background: { default: '#f6f4f1', paper: '#ffffff' },
        text: { primary: '#1f1a17', secondary: '#5c534d' },
      },
      typography: {
        fontFamily: FONT_STACK,
        fontSize: largeType ? BASE_FONT_SIZE.large : BASE_FONT_SIZE.normal,
        button: { textTransform: 'none', fontWeight: 600 },
      },
      shape: { borderRadius: 6 },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTextField: { defaultProps: { size: largeType ? 'medium' : 'small', fullWidth: true } },
        MuiTooltip: { defaultProps: { arrow: true } },
      },
    },
    zhCN,
    pickersZhCN,
  );
}
