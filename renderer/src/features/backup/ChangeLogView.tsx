import { Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { listChangeLog } from '../../db/repositories/change-log-repository';
import { tableNames } from '../../db/repositories/store-repository';
import { FilterSelect } from '../../ui/FilterSelect';
import type { ChangeAction, ChangeLogEntry } from '../../domain/entities/change-log';
import { changeActionLabels, changeActions } from '../../domain/entities/change-log';
import { changedFields } from './change-diff';
import { tableLabel } from '../../ui/table-labels';
import { DateField } from '../../ui/DateField';
import { formatStamp } from '../../domain/entities/dates';

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
    () => listChangeLog(db, { action, tableName, text, from }, SHOWN),
    [db, action, tableName, text, from],
  );
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FilterSelect
          label="操作"
          value={action}
          onChange={setAction}
          options={changeActions.map((value) => ({ value, label: changeActionLabels[value] }))}
        />
        <FilterSelect
          label="内容"
          value={tableName}
          onChange={setTableName}
          minWidth={180}
          options={tableNames(db).map((name) => ({ value: name, label: tableLabel(name) }))}
        />
        <TextField label="操作人或关键字" value={text} onChange={(event) => setText(event.target.value)} />
        <DateField label="起始日期" value={from} onChange={setFrom} />
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
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatStamp(line.at)}</TableCell>
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
