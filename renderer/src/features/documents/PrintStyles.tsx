import { Box, GlobalStyles } from '@mui/material';

/**
 * GB/T 9704 §7.5 page numbers on paper: "— 1 —" in 4号宋体, odd pages right, even pages left, each one
 * character in from the edge of the text block, in the bottom margin. Plain CSS because @page margin
 * boxes do not survive the style engine's nesting.
 */
const PAGE_NUMBER_CSS = `
@media print {
  @page :right { @bottom-right { content: "— " counter(page) " —"; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 14pt; padding-right: 14pt; vertical-align: top; padding-top: 7mm; } }
  @page :left { @bottom-left { content: "— " counter(page) " —"; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 14pt; padding-left: 14pt; vertical-align: top; padding-top: 7mm; } }
}`;

/** The printed page is the GB/T 9704 page: A4 with its margins; the preview supplies the type. */
export function PrintStyles({ pageNumbers = false }: { pageNumbers?: boolean }) {
  return (
    <>
      <GlobalStyles
        styles={{
          '@media print': {
            '@page': { size: 'A4', margin: '37mm 26mm 35mm 28mm' },
            '.document-page': {
              boxShadow: 'none !important',
              padding: '0 !important',
              width: 'auto !important',
              minHeight: '0 !important',
            },
            // A notice still on screen must not land on the printed page.
            '.MuiSnackbar-root': { display: 'none !important' },
          },
        }}
      />
      {pageNumbers ? <style>{PAGE_NUMBER_CSS}</style> : null}
    </>
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

/**
 * Bordered form tables as the Word builder draws them: 4号仿宋 single-spaced, fixed columns, the header
 * row repeated on every printed page (thead) and rows never split across pages (cantSplit).
 */
export const formTableSx = {
  width: '100%',
  borderCollapse: 'collapse',
  tableLayout: 'fixed',
  fontSize: '14pt',
  lineHeight: 1.25,
  '& th, & td': {
    border: '0.75pt solid #000',
    padding: '1mm 1.4mm',
    verticalAlign: 'middle',
    textAlign: 'center',
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-line',
  },
  '& th': { fontFamily: PAGE_FONTS.heading1, fontWeight: 'normal' },
  '& thead': { display: 'table-header-group' },
  '& tr': { breakInside: 'avoid' },
} as const;

/** A form sheet's title (会议记录, 学习记录表) as the Word builder sets it: 2号小标宋, centred, then one blank line. */
export function FormSheetTitle({ title }: { title: string }) {
  return (
    <>
      <Box
        component="h2"
        sx={{ fontFamily: PAGE_FONTS.title, fontSize: '22pt', fontWeight: 'normal', textAlign: 'center', m: 0 }}
      >
        {title}
      </Box>
      <p style={{ margin: 0 }}>&nbsp;</p>
    </>
  );
}
