import { Alert, Button, Collapse, Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { WarningLine } from './warnings';

/** One warning: the sentence, and behind it the list of members or meetings it counts. */
export function WarningItem({ line }: { line: WarningLine }) {
  const [open, setOpen] = useState(false);
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
            {line.rows.map((row) => (
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
      </Collapse>
    </div>
  );
}
