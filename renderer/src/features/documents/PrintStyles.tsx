import { GlobalStyles } from '@mui/material';

/** The printed page is the GB/T 9704 page: A4 with its margins; the preview supplies the type. */
export function PrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          '@page': { size: 'A4', margin: '37mm 26mm 35mm 28mm' },
          '.document-page': { boxShadow: 'none !important', padding: '0 !important', width: 'auto !important' },
        },
      }}
    />
  );
}

export const PAGE_FONTS = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "SimSun", serif',
  body: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif',
  heading1: '"黑体", "SimHei", "Noto Sans CJK SC", sans-serif',
  heading2: '"楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif',
};

/** An A4 sheet on screen: 210 mm wide with the GB/T 9704 margins, body 16 pt on a 28.95 pt line. */
export const pageSx = {
  width: '210mm',
  maxWidth: '100%',
  minHeight: '297mm',
  boxSizing: 'border-box',
  padding: '37mm 26mm 35mm 28mm',
  bgcolor: '#fff',
  color: '#000',
  boxShadow: 3,
  fontFamily: PAGE_FONTS.body,
  fontSize: '16pt',
  lineHeight: '28.95pt',
} as const;
