import { Alert, Button, Collapse, Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { WarningLine } from './warnings';

/** A street office's list can hold thousands of names: they open a page at a time, not all at once. */
export const WARNING_ROWS_PER_PAGE = 100;

/** One warning: the sentence, and behind it the list of members or meetings it counts. */
export function WarningItem({ line }: { line: WarningLine }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(WARNING_ROWS_PER_PAGE);
  return (
    <div data-testid={`warning-${line.key}`} data-kind={line.kind} data-count={line.count}>
      <Alert
        severity={line.severity}
        action={
          <Button color="inherit" size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? '收起' : `查看名单（${line.count}）`}
          </Button>
        }
      >
        {line.text}
      </Alert>
      <Collapse in={open} unmountOnExit>
        <Table size="small" aria-label={line.text} sx={{ mb: 1 }}>
          <TableHead>
            <TableRow>
              {line.columns.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {line.rows.slice(0, shown).map((row) => (
              <TableRow key={row.key}>
                {row.cells.map((cell, index) => (
                  <TableCell key={index}>
                    {index === 0 && row.member !== undefined ? (
                      <Link component={RouterLink} to={`/archive/member/${row.member.id}`}>
                        {cell}
                      </Link>
                    ) : (
                      cell
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {line.rows.length > shown && (
          <Button sx={{ mb: 1 }} onClick={() => setShown((count) => count + WARNING_ROWS_PER_PAGE)}>
            {`已显示 ${String(shown)} 条，共 ${String(line.rows.length)} 条：再显示 ${String(Math.min(WARNING_ROWS_PER_PAGE, line.rows.length - shown))} 条`}
          </Button>
        )}
      </Collapse>
    </div>
  );
}
