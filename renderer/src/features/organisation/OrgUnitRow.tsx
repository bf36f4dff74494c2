import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DriveFileMove from '@mui/icons-material/DriveFileMoveOutlined';
import Edit from '@mui/icons-material/EditOutlined';
import Add from '@mui/icons-material/Add';
import Archive from '@mui/icons-material/ArchiveOutlined';
import Unarchive from '@mui/icons-material/UnarchiveOutlined';
import { Box, Chip, IconButton, ListItemButton, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import type { OrgUnit } from '../../domain/entities/organisation';
import { orgUnitKindLabels } from '../../domain/entities/organisation';

export type UnitAction = 'rename' | 'up' | 'down' | 'add-child' | 'move' | 'retire' | 'reinstate';

const ACTION_LABELS: Record<UnitAction, string> = {
  rename: '重命名',
  up: '上移',
  down: '下移',
  'add-child': '新建下级',
  move: '移到其他支部',
  retire: '撤销',
  reinstate: '恢复',
};

const ACTION_ICONS: Record<UnitAction, ReactElement> = {
  rename: <Edit fontSize="small" />,
  up: <ArrowUpward fontSize="small" />,
  down: <ArrowDownward fontSize="small" />,
  'add-child': <Add fontSize="small" />,
  move: <DriveFileMove fontSize="small" />,
  retire: <Archive fontSize="small" />,
  reinstate: <Unarchive fontSize="small" />,
};

export function OrgUnitRow({
  unit,
  depth,
  selected,
  memberCount,
  first,
  last,
  onSelect,
  onAction,
}: {
  unit: OrgUnit;
  depth: number;
  selected: boolean;
  memberCount: number;
  first: boolean;
  last: boolean;
  onSelect: () => void;
  onAction: (action: UnitAction) => void;
}) {
  const retired = unit.retiredAt !== undefined;
  const actions: UnitAction[] = retired
    ? ['rename', 'reinstate']
    : [
        'rename',
        ...(first ? [] : (['up'] as const)),
        ...(last ? [] : (['down'] as const)),
        ...(unit.kind === 'group' ? [] : (['add-child'] as const)),
        ...(unit.kind === 'group' ? (['move'] as const) : []),
        ...(unit.kind === 'committee' ? [] : (['retire'] as const)),
      ];
  const childLabel = unit.kind === 'committee' ? '新建党支部' : '新建党小组';
  return (
    <Stack
      direction="row"
      sx={{ pl: depth * 4, borderBottom: 1, borderColor: 'divider', alignItems: 'center' }}
      data-testid="org-unit"
      data-name={unit.name}
    >
      <ListItemButton selected={selected} onClick={onSelect} sx={{ flex: 1, py: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Chip
            size="small"
            label={orgUnitKindLabels[unit.kind]}
            color={unit.kind === 'branch' ? 'primary' : 'default'}
          />
          <Typography
            sx={{ fontWeight: unit.kind === 'group' ? 400 : 600, color: retired ? 'text.disabled' : undefined }}
          >
            {unit.name}
          </Typography>
          {unit.kind !== 'committee' && (
            <Typography variant="body2" color="text.secondary">
              {memberCount} 人
            </Typography>
          )}
          {retired && <Chip size="small" label={`已撤销 ${unit.retiredAt ?? ''}`} variant="outlined" />}
        </Box>
      </ListItemButton>
      {actions.map((action) => {
        const label = `${action === 'add-child' ? childLabel : ACTION_LABELS[action]}：${unit.name}`;
        return (
          <Tooltip key={action} title={label}>
            <IconButton aria-label={label} onClick={() => onAction(action)}>
              {ACTION_ICONS[action]}
            </IconButton>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
