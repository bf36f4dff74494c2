import { Box } from '@mui/material';
import type { NoticeData } from '../../documents/notice';
import {
  chineseDate,
  chineseNumeral,
  contactLine,
  REQUIREMENTS_HEADING,
  withoutItemNumber,
} from '../../documents/text-format';
import { PAGE_FONTS, pageSx } from './PrintStyles';

const indent = { textIndent: '2em', margin: 0, textAlign: 'justify' } as const;

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The notice as it will print: same order, fonts and numbering as the Word builder. */
export function NoticePreview({ data }: { data: NoticeData }) {
  const requirements = data.requirements.map((item) => item.trim()).filter((item) => item !== '');
  const sections = data.sections.filter((section) => section.heading.trim() !== '' || section.text.trim() !== '');
  const contact = contactLine(data.contactPerson, data.contactPhone);
  return (
    <Box className="document-page" aria-label="通知预览" sx={pageSx}>
      {data.issuerMark && data.issuer.trim() !== '' ? (
        <Box
          sx={{
            color: '#e00',
            fontFamily: PAGE_FONTS.title,
            fontSize: '30pt',
            lineHeight: 1.4,
            textAlign: 'center',
            borderBottom: '2px solid #e00',
            // GB/T 9704 §7.3.1: the title sits 红色分隔线下空二行.
            mb: '57.9pt',
          }}
        >
          {data.issuer}
        </Box>
      ) : null}
      <Box
        component="h2"
        sx={{
          fontFamily: PAGE_FONTS.title,
          fontSize: '22pt',
          fontWeight: 'normal',
          textAlign: 'center',
          m: 0,
          lineHeight: '28.95pt',
        }}
      >
        {data.title}
      </Box>
      <p style={{ margin: 0 }}>&nbsp;</p>
      {data.addressee.trim() === '' ? null : (
        <p style={{ margin: 0 }}>{`${data.addressee.trim().replace(/[:：]+$/, '')}：`}</p>
      )}
      {lines(data.purpose).map((line, position) => (
        <p key={`p${position}`} style={indent}>
          {line}
        </p>
      ))}
      {sections.map((section, position) => {
        const index = position + 1;
        return (
          <div key={section.heading}>
            <p
              style={{ ...indent, fontFamily: PAGE_FONTS.heading1, breakAfter: 'avoid' }}
            >{`${chineseNumeral(index)}、${section.heading}`}</p>
            {section.list === true && lines(section.text).length > 1
              ? lines(section.text).map((line, position) => (
                  <p key={position} style={indent}>
                    <span style={{ fontFamily: PAGE_FONTS.heading2 }}>{`（${chineseNumeral(position + 1)}）`}</span>
                    {withoutItemNumber(line)}
                  </p>
                ))
              : lines(section.text).map((line, position) => (
                  <p key={position} style={indent}>
                    {line}
                  </p>
                ))}
          </div>
        );
      })}
      {requirements.length === 0 ? null : (
        <>
          <p
            style={{ ...indent, fontFamily: PAGE_FONTS.heading1, breakAfter: 'avoid' }}
          >{`${chineseNumeral(sections.length + 1)}、${REQUIREMENTS_HEADING}`}</p>
          {requirements.map((item, position) => (
            <p key={position} style={indent}>
              <span style={{ fontFamily: PAGE_FONTS.heading2 }}>{`（${chineseNumeral(position + 1)}）`}</span>
              {item}
            </p>
          ))}
        </>
      )}
      {contact === '' ? null : <p style={{ ...indent, breakAfter: 'avoid' }}>{contact}</p>}
      {/* The 落款 and date never start a page on their own (GB/T 9704 §7.3.5), as in the Word file. */}
      <div style={{ breakInside: 'avoid' }}>
        <p style={{ margin: 0 }}>&nbsp;</p>
        <p style={{ margin: 0, textAlign: 'right', paddingRight: '2em' }}>{data.issuer}</p>
        <p style={{ margin: 0, textAlign: 'right', paddingRight: '4em' }}>
          {/^\d{4}-\d{2}-\d{2}$/.test(data.date) ? chineseDate(data.date) : ''}
        </p>
      </div>
    </Box>
  );
}
