import { styled, TableSortLabel, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { Member } from '../../domain/entities/member';
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
  height: 'calc(100vh - 330px)',
  minHeight: 300,
  overflow: 'auto',
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
  '& .roster-head-cell': { padding: theme.spacing(1), fontWeight: 600 },
  '& .roster-body': { position: 'relative' },
  '& .roster-row': {
    display: 'grid',
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: ROW_HEIGHT,
    alignItems: 'center',
    borderBottom: `1px solid ${theme.palette.divider}`,
    cursor: 'pointer',
    '&:hover, &:focus': { backgroundColor: theme.palette.action.hover },
  },
  '& .roster-cell': {
    padding: theme.spacing(0, 1),
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
}));

interface RowProps {
  member: Member;
  index: number;
  start: number;
  columns: RosterColumn[];
  template: string;
  context: ColumnContext;
  onOpen: (member: Member) => void;
}

/** A row re-renders only when its member, place or the columns change, not on every keystroke. */
const RosterRow = memo(function RosterRow({ member, index, start, columns, template, context, onOpen }: RowProps) {
  return (
    <div
      className="roster-row"
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      onClick={() => onOpen(member)}
      onKeyDown={(event) => event.key === 'Enter' && onOpen(member)}
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)` }}
    >
      {columns.map((column) => (
        <div key={column.key} className="roster-cell" role="cell">
          {column.value(member, context)}
        </div>
      ))}
    </div>
  );
});

/** A virtualised table: only the rows on screen are in the page, so 10,000 members scroll smoothly. */
export const RosterTable = memo(function RosterTable({
  members,
  columns,
  context,
  sort,
  onSort,
  onOpen,
}: {
  members: Member[];
  columns: RosterColumn[];
  context: ColumnContext;
  sort: SortState;
  onSort: (key: string) => void;
  onOpen: (member: Member) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: members.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const template = columns.map((column) => `${column.width}px`).join(' ');

  return (
    <TableFrame ref={scrollRef} role="table" aria-label="党员名册" aria-rowcount={members.length + 1}>
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
