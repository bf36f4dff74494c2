import { Box, TableSortLabel, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Member } from '../../domain/entities/member';
import type { ColumnContext, RosterColumn } from './roster-columns';

const ROW_HEIGHT = 44;

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/** A virtualised table: only the rows on screen are in the page, so 10,000 members scroll smoothly. */
export function RosterTable({
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
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is meant to be used this way.
  const virtualizer = useVirtualizer({
    count: members.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const template = columns.map((column) => `${column.width}px`).join(' ');

  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label="党员名册"
      aria-rowcount={members.length + 1}
      sx={{
        height: 'calc(100vh - 330px)',
        minHeight: 300,
        overflow: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <Box
        role="row"
        sx={{
          display: 'grid',
          gridTemplateColumns: template,
          minWidth: width,
          position: 'sticky',
          top: 0,
          zIndex: 1,
          bgcolor: 'grey.100',
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        {columns.map((column) => (
          <Box
            key={column.key}
            role="columnheader"
            aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            sx={{ px: 1, py: 1, fontWeight: 600 }}
          >
            <TableSortLabel
              active={sort.key === column.key}
              direction={sort.key === column.key ? sort.direction : 'asc'}
              onClick={() => onSort(column.key)}
            >
              {column.label}
            </TableSortLabel>
          </Box>
        ))}
      </Box>
      {members.length === 0 ? (
        <Typography sx={{ p: 3 }} color="text.secondary">
          没有符合条件的党员。
        </Typography>
      ) : (
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: width }}>
          {virtualizer.getVirtualItems().map((item) => {
            const member = members[item.index];
            if (member === undefined) return null;
            return (
              <Box
                key={member.id}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={0}
                onClick={() => onOpen(member)}
                onKeyDown={(event) => event.key === 'Enter' && onOpen(member)}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: template,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  alignItems: 'center',
                  borderBottom: 1,
                  borderColor: 'divider',
                  cursor: 'pointer',
                  '&:hover, &:focus': { bgcolor: 'action.hover' },
                }}
              >
                {columns.map((column) => (
                  <Box
                    key={column.key}
                    role="cell"
                    sx={{ px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {column.value(member, context)}
                  </Box>
                ))}
              </Box>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
