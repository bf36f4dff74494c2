import { Box, Typography } from '@mui/material';
import type { Member } from '../../domain/entities/member';
import { chineseDate } from '../../domain/rules/calendar';
import type { ColumnContext, RosterColumn } from './roster-columns';

/**
 * The roster on paper. The screen's table is virtualised (only the rows in view exist), so printing it
 * would print a screenful: this plain table holds every member of the filtered list, its header row
 * repeating on each page and no row split across pages. Shown only in print; rendered only while
 * printing (usePrintMode), so 10,000 members cost nothing on screen.
 */
export function RosterPrintTable({
  members,
  columns,
  context,
}: {
  members: readonly Member[];
  columns: readonly RosterColumn[];
  context: ColumnContext;
}) {
  return (
    <Box
      data-testid="roster-print"
      sx={{
        display: 'none',
        '@media print': { display: 'block' },
        '& table': { width: '100%', borderCollapse: 'collapse', fontSize: '10.5pt' },
        '& th, & td': { border: '1px solid #000', padding: '2px 4px', textAlign: 'left', verticalAlign: 'top' },
        '& th': { fontWeight: 600, whiteSpace: 'nowrap' },
        '& thead': { display: 'table-header-group' },
        '& tr': { breakInside: 'avoid' },
      }}
    >
      <Typography sx={{ mb: 1 }}>
        共 {members.length} 人（{chineseDate(context.today)}打印）
      </Typography>
      <table aria-label="党员名册（打印）">
        <thead>
          <tr>
            <th>序号</th>
            {columns.map((column) => (
              <th key={column.key}>{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            <tr key={member.id}>
              <td>{index + 1}</td>
              {columns.map((column) => (
                <td key={column.key}>{column.value(member, context)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
