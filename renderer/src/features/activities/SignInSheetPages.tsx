import { Box, GlobalStyles, Typography } from '@mui/material';
import { useRef } from 'react';
import type { SheetPage } from '../../domain/rules/sign-in-sheet';
import { SHEET_ROW_HEIGHT_MM } from '../../domain/rules/sign-in-sheet';
import { useFitWidth } from '../../ui/use-fit-width';

const A4_WIDTH_PX = Math.ceil((210 / 25.4) * 96);

export interface SheetHeader {
  title: string;
  typeName: string;
  time: string;
  place: string;
  host: string;
  recorder: string;
  expectedCount: number;
}

const pageStyles = (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '12mm' },
      '@media print': {
        '.sheet-page': {
          boxShadow: 'none !important',
          margin: '0 !important',
          padding: '0 !important',
          width: 'auto !important',
          minHeight: '0 !important',
          zoom: '1 !important',
        },
        '.sheet-page:not(:last-of-type)': { breakAfter: 'page' },
        '.sheet-pages': { background: 'none !important', padding: '0 !important' },
        // A notice still on screen must not land on the printed sheet.
        '.MuiSnackbar-root': { display: 'none !important' },
      },
    }}
  />
);

const cell = { border: '1px solid #000', padding: '0 2mm', verticalAlign: 'middle' } as const;

/** The A4 pages exactly as printed: header, column header and "第 x 页 共 y 页" on each page. */
export function SignInSheetPages({
  pages,
  header,
  largeType,
}: {
  pages: SheetPage[];
  header: SheetHeader;
  largeType: boolean;
}) {
  const fontSize = largeType ? '16pt' : '12pt';
  const rowHeight = `${String(largeType ? SHEET_ROW_HEIGHT_MM.large : SHEET_ROW_HEIGHT_MM.normal)}mm`;
  const frameRef = useRef<HTMLDivElement>(null);
  // 210 mm at 96 dpi: the page is shrunk on screen to fit the window; print is always full size.
  const zoom = useFitWidth(frameRef, A4_WIDTH_PX);
  return (
    <Box ref={frameRef} className="sheet-pages" sx={{ bgcolor: 'grey.200', p: 2, overflowX: 'auto' }}>
      {pageStyles}
      {pages.map((page) => (
        <Box
          key={page.pageNumber}
          className="sheet-page"
          data-testid="sheet-page"
          sx={{
            width: '210mm',
            minHeight: '297mm',
            zoom,
            boxSizing: 'border-box',
            p: '12mm',
            mx: 'auto',
            mb: 2,
            bgcolor: '#fff',
            color: '#000',
            boxShadow: 3,
            fontSize,
            fontFamily: '"Noto Serif CJK SC", "SimSun", serif',
          }}
        >
          <Typography
            component="h2"
            sx={{ fontSize: largeType ? '22pt' : '18pt', fontWeight: 700, textAlign: 'center', fontFamily: 'inherit' }}
          >
            {header.title}
          </Typography>
          <Typography
            sx={{ textAlign: 'center', fontSize: largeType ? '16pt' : '14pt', mb: '3mm', fontFamily: 'inherit' }}
          >
            签到表
          </Typography>
          <Box
            component="table"
            sx={{ width: '100%', borderCollapse: 'collapse', mb: '3mm', '& td': { padding: '1mm 1mm', fontSize } }}
          >
            <tbody>
              <tr>
                <td>活动类型：{header.typeName}</td>
                <td colSpan={2}>时间：{header.time}</td>
              </tr>
              <tr>
                <td>地点：{header.place}</td>
                <td>主持人：{header.host}</td>
                <td>记录人：{header.recorder}</td>
              </tr>
              <tr>
                <td>
                  应到：
                  <Box
                    component="span"
                    sx={{ display: 'inline-block', minWidth: '14mm', border: '1px solid #000', textAlign: 'center' }}
                  >
                    {header.expectedCount}
                  </Box>{' '}
                  人
                </td>
                <td>
                  实到：
                  <Box component="span" sx={{ display: 'inline-block', minWidth: '14mm', border: '1px solid #000' }}>
                    &nbsp;
                  </Box>{' '}
                  人
                </td>
                <td>
                  缺席：
                  <Box component="span" sx={{ display: 'inline-block', minWidth: '14mm', border: '1px solid #000' }}>
                    &nbsp;
                  </Box>{' '}
                  人
                </td>
              </tr>
            </tbody>
          </Box>
          <Box
            component="table"
            sx={{
              width: '100%',
              borderCollapse: 'collapse',
              tableLayout: 'fixed',
              '& th, & td': { ...cell, fontSize },
              '& th': { whiteSpace: 'nowrap' },
            }}
          >
            <colgroup>
              <col style={{ width: '15mm' }} />
              <col style={{ width: largeType ? '32mm' : '28mm' }} />
              <col style={{ width: largeType ? '40mm' : '44mm' }} />
              <col />
              <col style={{ width: '30mm' }} />
            </colgroup>
            <thead>
              <tr style={{ height: '9mm' }}>
                <th>序号</th>
                <th>姓名</th>
                <th>党小组/支部</th>
                <th>签名</th>
                <th>备注</th>
              </tr>
            </thead>
            <tbody>
              {page.lines.map((line) => (
                <tr
                  key={line.number}
                  style={{ height: rowHeight, breakInside: 'avoid' }}
                  data-blank={line.blank ? 'true' : undefined}
                >
                  <td style={{ textAlign: 'center' }}>{line.number}</td>
                  <td>{line.name}</td>
                  <td style={{ whiteSpace: 'nowrap', overflow: 'hidden' }}>{line.unit}</td>
                  <td />
                  <td>{line.note}</td>
                </tr>
              ))}
            </tbody>
          </Box>
          <Typography sx={{ textAlign: 'center', mt: '3mm', fontSize: '10.5pt', fontFamily: 'inherit' }}>
            第 {page.pageNumber} 页 共 {page.pageCount} 页
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
