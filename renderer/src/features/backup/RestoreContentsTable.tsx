import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { RestoreContents, RestoreContentsRow } from './restore-contents';
import { SYSTEM_GROUP_LABEL } from './restore-contents';

function Row({ row, muted = false }: { row: RestoreContentsRow; muted?: boolean }) {
  const color = muted ? 'text.secondary' : undefined;
  return (
    <TableRow>
      <TableCell sx={{ color, pl: muted ? 4 : undefined }}>{row.label}</TableCell>
      <TableCell align="right" sx={{ color }}>
        {row.inBackup ?? '—'}
      </TableCell>
      <TableCell align="right" sx={{ color }}>
        {row.current ?? '—'}
      </TableCell>
    </TableRow>
  );
}

/** The backup's records against this PC's: the main records first, the program's own at the bottom. */
export function RestoreContentsTable({ contents }: { contents: RestoreContents }) {
  return (
    <Table size="small" sx={{ my: 1 }} data-testid="restore-preview">
      <TableHead>
        <TableRow>
          <TableCell>内容</TableCell>
          <TableCell align="right">备份中（条）</TableCell>
          <TableCell align="right">本机现有（条）</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...contents.main, ...contents.other].map((row) => (
          <Row key={row.table} row={row} />
        ))}
        {contents.system.length > 0 ? (
          <TableRow>
            <TableCell colSpan={3} sx={{ fontWeight: 'bold', color: 'text.secondary' }}>
              {SYSTEM_GROUP_LABEL}
            </TableCell>
          </TableRow>
        ) : null}
        {contents.system.map((row) => (
          <Row key={row.table} row={row} muted />
        ))}
      </TableBody>
    </Table>
  );
}
