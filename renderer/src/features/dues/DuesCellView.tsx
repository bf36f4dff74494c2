import { TableCell } from '@mui/material';
import type { DuesCell } from '../../domain/rules/dues-grid';
import { formatFen } from '../../domain/rules/money';

const STATE_WORDS = { paid: '已缴', exempt: '免交', owed: '未缴', ahead: '未到', none: '不需缴' } as const;

/** One month of one member in the grid. */
export function DuesCellView({
  cell,
  memberName,
  selected,
  overdue,
  cellRef,
  onClick,
}: {
  cell: DuesCell;
  memberName: string;
  selected: boolean;
  overdue: boolean;
  cellRef: (el: HTMLTableCellElement | null) => void;
  onClick: () => void;
}) {
  const text =
    cell.state === 'paid' ? formatFen(cell.fen) : cell.state === 'exempt' ? '免' : cell.state === 'none' ? '—' : '';
  return (
    <TableCell
      ref={cellRef}
      align="center"
      onClick={onClick}
      data-testid="dues-cell"
      data-month={cell.month}
      data-state={cell.state}
      aria-label={`${memberName} ${cell.month} ${STATE_WORDS[cell.state]}`}
      aria-selected={selected}
      sx={{
        cursor: 'pointer',
        minWidth: 56,
        color: cell.state === 'paid' ? 'success.main' : undefined,
        bgcolor: selected ? 'action.selected' : overdue ? 'rgba(211, 47, 47, 0.08)' : undefined,
        outline: selected ? '2px solid' : undefined,
        outlineColor: 'primary.main',
        outlineOffset: -2,
      }}
    >
      {text}
    </TableCell>
  );
}
