import {
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import type { ChangeAction, ChangeLogEntry } from '../../domain/entities/change-log';
import { changeActionLabels, changeActions } from '../../domain/entities/change-log';
import { changedFields } from './change-diff';
import { tableLabel } from './table-labels';

const SHOWN = 300;

function detail(line: ChangeLogEntry): string {
  if (line.summary !== '') return line.summary;
  if (line.action === 'update') {
    return changedFields(line.before, line.after)
      .map((change) => `${change.field}：${change.before} → ${change.after}`)
      .join('；');
  }
  const record = (line.after ?? line.before) as Record<string, unknown> | undefined;
  const name = record?.['name'] ?? record?.['title'] ?? record?.['personName'];
  return typeof name === 'string' ? name : line.recordId;
}

/** 操作日志: who changed what when, newest first, filterable by kind of change, table, person and date. */
export function ChangeLogView() {
  const db = useDatabase();
  const [action, setAction] = useState<ChangeAction | ''>('');
  const [tableName, setTableName] = useState('');
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const lines = useLiveQuery(
    () =>
      db.changeLog
        .orderBy('at')
        .reverse()
        .filter(
          (line) =>
            (action === '' || line.action === action) &&
            (tableName === '' || line.tableName === tableName) &&
            (from === '' || line.at >= from) &&
            (text === '' ||
              `${line.operator} ${line.summary} ${line.recordId} ${JSON.stringify(line.after ?? '')}`.includes(text)),
        )
        .limit(SHOWN)
        .toArray(),
    [db, action, tableName, text, from],
  );
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          label="操作"
          value={action}
          onChange={(event) => setAction(event.target.value as ChangeAction | '')}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">全部</MenuItem>
          {changeActions.map((value) => (
            <MenuItem key={value} value={value}>
              {changeActionLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="内容"
          value={tableName}
          onChange={(event) => setTableName(event.target.value)}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">全部</MenuItem>
          {db.tables.map((table) => (
            <MenuItem key={table.name} value={table.name}>
              {tableLabel(table.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label="操作人或关键字" value={text} onChange={(event) => setText(event.target.value)} />
        <TextField
          label="起始日期"
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Table size="small" data-testid="change-log">
        <TableHead>
          <TableRow>
            <TableCell>时间</TableCell>
            <TableCell>操作人</TableCell>
            <TableCell>操作</TableCell>
            <TableCell>内容</TableCell>
            <TableCell>详情</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(lines ?? []).map((line) => (
            <TableRow key={line.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(line.at).toLocaleString('zh-CN')}</TableCell>
              <TableCell>{line.operator}</TableCell>
              <TableCell>{changeActionLabels[line.action]}</TableCell>
              <TableCell>{line.tableName === '' ? '全部数据' : tableLabel(line.tableName)}</TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>{detail(line)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {lines?.length === SHOWN ? (
        <Typography variant="body2">只显示最近 {SHOWN} 条，请用上面的条件筛选。</Typography>
      ) : null}
    </Stack>
  );
}
