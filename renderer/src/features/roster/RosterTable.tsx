import { styled, TableSortLabel, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { Member } from '../../domain/entities/member';
import { visibleScrollbars } from '../../ui/scrollbars';
import { useFillHeight } from '../../ui/use-fill-height';
import type { ColumnContext, RosterColumn } from './roster-columns';

const ROW_HEIGHT = 44;

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/*
 * One stylesheet for the whole table, rows and cells being plain elements with class names: styling
 * each of the ~400 cells on screen through `sx` cost more than the search itself on every keystroke.
 */
const TableFrame = styled('div')(({ theme }) => ({
  overflow: 'auto',
  ...visibleScrollbars(theme),
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  '& .roster-head': {
    display: 'grid',
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: theme.palette.grey[100],
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  '& .roster-head-cell': { padding: theme.spacing(1), fontWeight: 600, whiteSpace: 'nowrap' },
  '& .roster-body': { position: 'relative' },
  '& .roster-row': {
    display: 'grid',
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    alignItems: 'center',
    borderBottom: `1px solid ${theme.palette.divider}`,
    cursor: 'pointer',
    '&:hover, &:focus': { backgroundColor: theme.palette.action.hover },
  },
  '& .roster-cell': { padding: theme.spacing(0, 1), whiteSpace: 'nowrap' },
  // Only free text (address, work unit) may be cut; its full text is in the cell's title.
  '& .roster-cell-cut': { overflow: 'hidden', textOverflow: 'ellipsis' },
}));

interface RowProps {
  member: Member;
  index: number;
  start: number;
  height: number;
  columns: RosterColumn[];
  template: string;
  context: ColumnContext;
  onOpen: (member: Member) => void;
}

/** A row re-renders only when its member, place or the columns change, not on every keystroke. */
const RosterRow = memo(function RosterRow({
  member,
  index,
  start,
  height,
  columns,
  template,
  context,
  onOpen,
}: RowProps) {
  return (
    <div
      className="roster-row"
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      onClick={() => onOpen(member)}
      onKeyDown={(event) => event.key === 'Enter' && onOpen(member)}
      style={{ gridTemplateColumns: template, height, transform: `translateY(${start}px)` }}
    >
      {columns.map((column) => {
        const text = column.value(member, context);
        return column.maxWidth === undefined ? (
          <div key={column.key} className="roster-cell" role="cell">
            {text}
          </div>
        ) : (
          <div key={column.key} className="roster-cell roster-cell-cut" role="cell" title={text}>
            {text}
          </div>
        );
      })}
    </div>
  );
});

/** A virtualised table: only the rows on screen are in the page, so 10,000 members scroll smoothly. */
export const RosterTable = memo(function RosterTable({
  members,
  columns,
  widths,
  context,
  sort,
  onSort,
  onOpen,
}: {
  members: Member[];
  columns: RosterColumn[];
  /** px, from columnWidths at the current type size. */
  widths: number[];
  context: ColumnContext;
  sort: SortState;
  onSort: (key: string) => void;
  onOpen: (member: Member) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  // 大字模式 makes rows taller rather than cutting their text.
  const rowHeight = Math.round((ROW_HEIGHT * theme.typography.fontSize) / 15);
  const virtualizer = useVirtualizer({
    count: members.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const height = useFillHeight(scrollRef, 300);
  const width = widths.reduce((sum, one) => sum + one, 0);
  const template = widths.map((one) => `${one}px`).join(' ');

  return (
    <TableFrame
      ref={scrollRef}
      role="table"
      aria-label="党员名册"
      aria-rowcount={members.length + 1}
      style={{ height }}
      tabIndex={-1}
    >
      <div className="roster-head" role="row" style={{ gridTemplateColumns: template, minWidth: width }}>
        {columns.map((column) => (
          <div
            key={column.key}
            className="roster-head-cell"
            role="columnheader"
            aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <TableSortLabel
              active={sort.key === column.key}
              direction={sort.key === column.key ? sort.direction : 'asc'}
              onClick={() => onSort(column.key)}
            >
              {column.label}
            </TableSortLabel>
          </div>
        ))}
      </div>
      {members.length === 0 ? (
        <Typography sx={{ p: 3 }} color="text.secondary">
          没有符合条件的党员。
        </Typography>
      ) : (
        <div className="roster-body" style={{ height: virtualizer.getTotalSize(), minWidth: width }}>
          {virtualizer.getVirtualItems().map((item) => {
            const member = members[item.index];
            if (member === undefined) return null;
            return (
              <RosterRow
                key={member.id}
                member={member}
                index={item.index}
                start={item.start}
                height={rowHeight}
                columns={columns}
                template={template}
                context={context}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      )}
    </TableFrame>
  );
});
