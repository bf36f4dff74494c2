import {
  Button,
  CircularProgress,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { deleteHonour } from '../../db/repositories/honour-repository';
import { honourKindLabels } from '../../domain/entities/honour';
import { exportTables } from '../archive/export-table';
import { pastYears } from '../../ui/YearPicker';
import { HonourForm } from './HonourForm';
import { PledgesTab } from './PledgesTab';
import { useHonoursYear } from './use-honours';

const COLUMNS = ['姓名', '所在支部', '类别', '名称', '级别', '日期', '授予单位'];

/** 创先争优 (条例 art. 22): the year's honours and 党员示范岗, and the members' 承诺践诺. */
export default function HonoursPage() {
  const db = useDatabase();
  const notify = useNotify();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [tab, setTab] = useState(0);
  const data = useHonoursYear(year);
  if (data === undefined) return <CircularProgress aria-label="正在读取" />;
  const rows = data.honours.map((h) => {
    const member = data.byId.get(h.memberId);
    return [
      member?.name ?? '（已删除）',
      member === undefined ? '' : (data.unitName.get(member.branchId) ?? ''),
      honourKindLabels[h.kind],
      h.title,
      h.level,
      h.date,
      h.issuer ?? '',
    ];
  });
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Typography variant="h5" component="h1">
        创先争优
      </Typography>
      <TextField select label="年度" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 140 }}>
        {pastYears(currentYear).map((y) => (
          <MenuItem key={y} value={y}>
            {y}年
          </MenuItem>
        ))}
      </TextField>
      <Tabs value={tab} onChange={(_e, value: number) => setTab(value)}>
        <Tab label={`荣誉与示范岗（${data.honours.length}）`} />
        <Tab label={`承诺践诺（${data.pledges.length}）`} />
      </Tabs>
      {tab === 0 && (
        <Stack spacing={2}>
          <HonourForm data={data} />
          <Button
            variant="outlined"
            sx={{ alignSelf: 'flex-start' }}
            disabled={rows.length === 0}
            onClick={() => {
              exportTables(`${year}年创先争优名单.xlsx`, [
                { name: '荣誉与示范岗', title: `${year}年创先争优名单`, columns: COLUMNS, rows },
              ]).then(
                (ok) => ok && notify.success('已导出 Excel'),
                (error: unknown) => notify.error(error, '导出失败，请重试。'),
              );
            }}
          >
            导出本年名单（Excel）
          </Button>
          {rows.length === 0 ? (
            <Typography color="text.secondary">本年度还没有登记荣誉或示范岗。</Typography>
          ) : (
            <Table size="small" aria-label="荣誉与示范岗">
              <TableHead>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableCell key={c}>{c}</TableCell>
                  ))}
                  <TableCell>操作</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.honours.map((honour, index) => (
                  <TableRow key={honour.id}>
                    {(rows[index] ?? []).map((cell, i) => (
                      <TableCell key={i}>{cell}</TableCell>
                    ))}
                    <TableCell>
                      <Button
                        size="small"
                        onClick={() => {
                          deleteHonour(db, honour.id).then(
                            () => notify.info('已删除（可在回收站恢复）'),
                            (error: unknown) => notify.error(error),
                          );
                        }}
                      >
                        删除
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      )}
      {tab === 1 && <PledgesTab year={year} data={data} />}
    </Stack>
  );
}
