import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
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
import { useLiveQuery } from './use-live-query';
import { useState } from 'react';
import { formatStamp } from '../domain/entities/dates';
import { useDatabase } from '../app/database-context';
import { useNotify } from '../app/notifications';
import type { DeletedRow } from '../db/repositories/recycle-bin-repository';
import { getPlatform } from '../platform/api';
import {
  listDeleted,
  purgeDeleted,
  RECYCLE_LIST_LIMIT,
  recycleTables,
  restoreDeleted,
} from '../db/repositories/recycle-bin-repository';
import { tableLabel } from './table-labels';

function describeRow(row: DeletedRow): string {
  for (const field of ['name', 'title', 'personName', 'fileName', 'summary']) {
    const value = row[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return row.id;
}

/**
 * 回收站: records that were deleted, restored from here or, where `purge` is on, deleted for good after
 * confirming. The data page shows every kind of record; the roster's tab shows its members only.
 */
export function RecycleBin({
  only,
  describe = describeRow,
  detail,
  restoredMessage = (rows) => `已恢复 ${rows.length} 条`,
  purge: canPurge = true,
}: {
  /** One table only (no category picker). */
  only?: string;
  describe?: (row: DeletedRow) => string;
  /** A second line under the record's name. */
  detail?: (row: DeletedRow) => string;
  restoredMessage?: (rows: DeletedRow[]) => string;
  purge?: boolean;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const tables = only === undefined ? recycleTables(db).map((table) => table.name) : [only];
  const [kind, setKind] = useState(tables.includes('members') ? 'members' : (tables[0] ?? ''));
  const rows = useLiveQuery(() => (kind === '' ? [] : listDeleted(db, kind)), [db, kind]);
  const [purging, setPurging] = useState<string[] | null>(null);
  // Purging is the one hard delete: it is asked twice (DESIGN.md "Data").
  const [secondAsk, setSecondAsk] = useState(false);

  const restore = async (chosen: DeletedRow[]) => {
    try {
      await restoreDeleted(
        db,
        kind,
        chosen.map((row) => row.id),
      );
      notify.success(restoredMessage(chosen));
    } catch (error) {
      notify.error(error, '恢复失败，数据未改动。');
    }
  };
  const purge = async (ids: string[]) => {
    setPurging(null);
    try {
      const storedPaths = await purgeDeleted(db, kind, ids);
      // The files they pointed at (courseware, receipts in the data folder) go with them.
      const platform = getPlatform();
      const left = (
        await Promise.all(
          storedPaths.map((path) =>
            platform.deleteStoredFile(path).then(
              () => 0,
              () => 1,
            ),
          ),
        )
      ).reduce((sum: number, one) => sum + one, 0);
      notify.success(`已彻底删除 ${ids.length} 条`);
      if (left > 0) notify.error(null, `有 ${left} 个附件文件未能从数据文件夹删除（可能正被其他程序占用）。`);
    } catch (error) {
      notify.error(error, '删除失败，数据未改动。');
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {canPurge
          ? '在各页面删除的记录先放在这里，可以恢复。彻底删除后无法找回（除非从备份恢复）。'
          : '删除的记录先放在这里，可以恢复。'}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        {only === undefined ? (
          <TextField
            select
            label="记录类别"
            value={kind}
            onChange={(event) => setKind(event.target.value)}
            sx={{ minWidth: 240 }}
          >
            {tables.map((name) => (
              <MenuItem key={name} value={name}>
                {tableLabel(name)}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        {canPurge ? (
          <Button
            color="error"
            variant="outlined"
            disabled={rows === undefined || rows.length === 0}
            onClick={() => setPurging((rows ?? []).map((row) => row.id))}
          >
            清空此类回收站
          </Button>
        ) : null}
      </Stack>
      {rows !== undefined && rows.length === 0 ? <Typography>回收站中没有“{tableLabel(kind)}”。</Typography> : null}
      {rows !== undefined && rows.length > 0 ? (
        <Table size="small" data-testid="recycle-bin">
          <TableHead>
            <TableRow>
              <TableCell>记录</TableCell>
              <TableCell>删除时间</TableCell>
              <TableCell align="right">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  {describe(row)}
                  {detail === undefined ? null : (
                    <Typography variant="body2" color="text.secondary">
                      {detail(row)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{formatStamp(row.deletedAt)}</TableCell>
                <TableCell align="right">
                  <Button size="small" aria-label={`恢复 ${describe(row)}`} onClick={() => void restore([row])}>
                    恢复
                  </Button>
                  {canPurge ? (
                    <Button size="small" color="error" onClick={() => setPurging([row.id])}>
                      彻底删除
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {rows !== undefined && rows.length >= RECYCLE_LIST_LIMIT ? (
        <Typography variant="body2">只列出前 {RECYCLE_LIST_LIMIT} 条。</Typography>
      ) : null}
      <Dialog
        open={purging !== null}
        onClose={() => {
          setPurging(null);
          setSecondAsk(false);
        }}
      >
        <DialogTitle>{secondAsk ? '再次确认：彻底删除' : '彻底删除'}</DialogTitle>
        <DialogContent>
          {secondAsk
            ? `这 ${purging?.length ?? 0} 条“${tableLabel(kind)}”将从本机彻底抹去，只能从备份找回。真的要删除吗？`
            : `确定要彻底删除这 ${purging?.length ?? 0} 条“${tableLabel(kind)}”吗？删除后无法找回（除非从备份恢复）。`}
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              setPurging(null);
              setSecondAsk(false);
            }}
          >
            取消
          </Button>
          {secondAsk ? (
            <Button
              color="error"
              variant="contained"
              onClick={() => {
                setSecondAsk(false);
                void purge(purging ?? []);
              }}
            >
              确认彻底删除
            </Button>
          ) : (
            <Button color="error" variant="contained" onClick={() => setSecondAsk(true)}>
              彻底删除
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
