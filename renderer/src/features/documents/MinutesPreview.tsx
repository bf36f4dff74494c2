import { Box } from '@mui/material';
import type { MinutesSheet } from '../../documents/minutes-sheet';
import { chineseNumeral } from '../../documents/text-format';
import { FormSheetTitle, formTableSx, PAGE_FONTS, pageSx } from './PrintStyles';

const ROW = { height: '10.6mm' };
const indent = { textIndent: '2em', margin: 0, textAlign: 'justify' } as const;

/** 会议记录 as it prints: the Word file's title, facts table, numbered sections and signature line. */
export function MinutesPreview({ sheet }: { sheet: MinutesSheet }) {
  return (
    <Box className="document-page" aria-label="会议记录预览" sx={pageSx}>
      <FormSheetTitle title={sheet.title} />
      <Box component="table" sx={formTableSx} aria-label="会议基本情况">
        <colgroup>
          <col style={{ width: '16%' }} />
          <col style={{ width: '34%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '34%' }} />
        </colgroup>
        <tbody>
          <tr style={ROW}>
            <td>会议类型</td>
            <td>{sheet.typeName}</td>
            <td>时间</td>
            <td>{sheet.time}</td>
          </tr>
          <tr style={ROW}>
            <td>地点</td>
            <td colSpan={3} style={{ textAlign: 'left' }}>
              {sheet.place}
            </td>
          </tr>
          <tr style={ROW}>
            <td>主持人</td>
            <td>{sheet.host}</td>
            <td>记录人</td>
            <td>{sheet.recorder}</td>
          </tr>
          <tr style={ROW}>
            <td>应到</td>
            <td>{sheet.expected}</td>
            <td>实到</td>
            <td>{sheet.present}</td>
          </tr>
          <tr style={ROW}>
            <td>缺席人员及原因</td>
            <td colSpan={3} style={{ textAlign: 'left' }}>
              {sheet.absentees}
            </td>
          </tr>
          <tr style={ROW}>
            <td>列席人员</td>
            <td colSpan={3} style={{ textAlign: 'left' }}>
              {sheet.nonVotingAttendees}
            </td>
          </tr>
        </tbody>
      </Box>
      <p style={{ margin: 0 }}>&nbsp;</p>
      {sheet.sections.map((section, index) => (
        <section key={section.heading}>
          <p
            style={{ ...indent, fontFamily: PAGE_FONTS.heading1, breakAfter: 'avoid' }}
          >{`${chineseNumeral(index + 1)}、${section.heading}`}</p>
          {section.paragraphs.map((text, position) => (
            <p key={position} style={indent}>
              {text}
            </p>
          ))}
        </section>
      ))}
      <p style={{ margin: 0 }}>&nbsp;</p>
      <p style={{ margin: 0 }}>{sheet.signatures}</p>
    </Box>
  );
}
