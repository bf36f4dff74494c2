import { Box } from '@mui/material';
import type { StudyRecordSheet } from '../../documents/study-record-sheet';
import { NO_STUDY_ROWS_TEXT, REFLECTION_LABEL, STUDY_RECORD_COLUMNS } from '../../documents/study-record-sheet';
import { FormSheetTitle, formTableSx, pageSx } from './PrintStyles';

/** The columns of the Word sheet, in the same proportions (millimetres of the 156 mm text block). */
const RECORD_COLUMNS = [24, 50, 22, 13, 27, 20];
const INFO_COLUMNS = [28, 36, 14, 22, 24, 32];
const ROW = { height: '8mm' };
const IDEOGRAPHIC_SPACE = '\u3000';

function Columns({ widths }: { widths: readonly number[] }) {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width: `${((width / total) * 100).toFixed(2)}%` }} />
      ))}
    </colgroup>
  );
}

/** Half a line between the parts of the form, as in the Word sheet. */
const spacer = <Box sx={{ height: '14pt' }} />;

/**
 * 党员学习记录表 as it prints: the Word sheet's title, member table, record table (its header repeated
 * on every printed page, rows never split), total against the target, 学习体会 box and signatures.
 */
export function StudyRecordPreview({ sheet }: { sheet: StudyRecordSheet }) {
  return (
    <Box className="document-page" aria-label="学习记录表预览" sx={pageSx}>
      <FormSheetTitle title={sheet.title} />
      <Box component="table" sx={formTableSx} aria-label="党员基本信息">
        <Columns widths={INFO_COLUMNS} />
        <tbody>
          <tr style={ROW}>
            <td>姓名</td>
            <td>{sheet.name}</td>
            <td>性别</td>
            <td>{sheet.gender}</td>
            <td>出生年月</td>
            <td>{sheet.birthMonth}</td>
          </tr>
          <tr style={ROW}>
            <td>所在党支部</td>
            <td>{sheet.branchName}</td>
            <td>年度</td>
            <td>{sheet.yearText}</td>
            <td>入党时间</td>
            <td>{sheet.joinMonth}</td>
          </tr>
        </tbody>
      </Box>
      {spacer}
      <Box component="table" sx={formTableSx} aria-label="学习记录">
        <Columns widths={RECORD_COLUMNS} />
        <thead>
          <tr style={{ height: '10mm' }}>
            {STUDY_RECORD_COLUMNS.map((label) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.length === 0 ? (
            <tr style={ROW}>
              <td colSpan={6}>{NO_STUDY_ROWS_TEXT}</td>
            </tr>
          ) : null}
          {sheet.rows.map(([date, content, form, hours, organiser, note], index) => (
            <tr key={index} style={ROW}>
              <td>{date}</td>
              <td style={{ textAlign: 'left' }}>{content}</td>
              <td>{form}</td>
              <td>{hours}</td>
              <td>{organiser}</td>
              <td style={{ textAlign: 'left' }}>{note}</td>
            </tr>
          ))}
          <tr style={ROW} data-testid="study-record-total">
            <td colSpan={3}>合计</td>
            <td>{sheet.total}</td>
            <td colSpan={2}>{sheet.target}</td>
          </tr>
        </tbody>
      </Box>
      {spacer}
      <Box component="table" sx={formTableSx}>
        <tbody>
          <tr style={{ height: '28mm' }}>
            <td style={{ textAlign: 'left', verticalAlign: 'middle' }}>
              {sheet.reflection === '' ? REFLECTION_LABEL : `${REFLECTION_LABEL}\n${sheet.reflection}`}
            </td>
          </tr>
        </tbody>
      </Box>
      {spacer}
      <Box sx={{ breakInside: 'avoid' }}>
        <p
          style={{ margin: 0 }}
        >{`本人签名：${IDEOGRAPHIC_SPACE.repeat(15)}年${IDEOGRAPHIC_SPACE.repeat(2)}月${IDEOGRAPHIC_SPACE.repeat(2)}日`}</p>
        <p
          style={{ margin: 0 }}
        >{`支部书记签名：${IDEOGRAPHIC_SPACE.repeat(13)}年${IDEOGRAPHIC_SPACE.repeat(2)}月${IDEOGRAPHIC_SPACE.repeat(2)}日`}</p>
      </Box>
    </Box>
  );
}
