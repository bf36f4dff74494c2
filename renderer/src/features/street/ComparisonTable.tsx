import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

/** A plain table of strings with a caption for screen readers and tests; sideways scroll when wide. */
export function ComparisonTable({
  label,
  headers,
  rows,
  testId,
}: {
  label: string;
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  testId: string;
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label} data-testid={testId}>
        <TableHead>
          <TableRow>
            {headers.map((header) => (
              <TableCell key={header} sx={{ whiteSpace: 'nowrap' }}>
                {header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={String(row[0]) + String(row[1])}>
              {row.map((cell, index) => (
                <TableCell key={headers[index] ?? index} sx={{ whiteSpace: 'nowrap' }}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
