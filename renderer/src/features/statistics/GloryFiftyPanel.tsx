import {
  Button,
  Card,
  CardContent,
  CircularProgress,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { listAllMembers } from '../../db/repositories/member-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import { chineseDate } from '../../domain/rules/calendar';
import { gloryFiftyYears, partyAgeStart } from '../../domain/rules/party-age';
import { exportTables } from '../archive/export-table';

const COLUMNS = [
  '序号',
  '姓名',
  '性别',
  '出生日期',
  '所在党支部',
  '加入党组织日期',
  '转为正式党员日期',
  '党龄满50年日期',
  '备注',
];

/**
 * 光荣在党50年: members whose 党龄 (from the 转正 date, 党章 art. 7) reaches 50 years by 1 July of the
 * chosen year, with the Excel list offices send up (rules/party-age.ts).
 */
export function GloryFiftyPanel({ currentYear }: { currentYear: number }) {
  const db = useDatabase();
  const notify = useNotify();
  const [year, setYear] = useState(currentYear);
  const [includeEarlier, setIncludeEarlier] = useState(false);
  const data = useLiveQuery(async () => {
    const [members, units] = await Promise.all([listAllMembers(db), listOrgUnits(db)]);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    return members
      .filter((member) => member.partyStanding === '正常')
      .map((member) => ({ member, glory: gloryFiftyYears(member, year, { includeEarlier }) }))
      .filter(({ glory }) => glory.eligible)
      .sort((a, b) => (a.glory.reachedOn ?? '').localeCompare(b.glory.reachedOn ?? ''))
      .map(({ member, glory }, index) => [
        String(index + 1),
        member.name,
        member.gender ?? '',
        member.birthDate ?? '',
        unitName.get(member.branchId) ?? '',
        member.joinDate ?? '',
        member.fullMemberDate ?? `（未填写，按入党满一年推算为 ${partyAgeStart(member)?.date ?? ''}）`,
        glory.reachedOn ?? '',
        glory.estimated ? '转正日期待核实' : '',
      ]);
  }, [db, year, includeEarlier]);
  const save = () => {
    if (data === undefined) return;
    exportTables(`光荣在党50年名单（${year}年）.xlsx`, [
      {
        name: '光荣在党50年',
        title: `${year}年“光荣在党50年”纪念章颁发对象名单（党龄截至${year}年7月1日满50年）`,
        columns: COLUMNS,
        rows: data,
      },
    ]).then(
      (ok) => ok && notify.success('已导出 Excel'),
      (error: unknown) => notify.error(error, '导出失败，请重试。'),
    );
  };
  return (
    <Card variant="outlined" data-testid="glory-fifty">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            光荣在党50年
          </Typography>
          <Typography variant="body2" color="text.secondary">
            党龄从转为正式党员之日算起（党章第七条），预备党员没有党龄。列出截至所选年度 7 月 1 日党龄满 50
            年的在册党员； 默认只列当年新满 50 年的（上一年 7 月 2 日至当年 7 月 1 日），往年已满的可打开“含往年已满”。
            未填写转正日期的按入党满一年推算，并在备注中标明待核实。
          </Typography>
          <Stack
            direction="row"
            spacing={2}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
            className="no-print"
          >
            <TextField
              select
              label="颁发年度"
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
              sx={{ width: 140 }}
            >
              {[currentYear + 1, currentYear, currentYear - 1, currentYear - 2].map((y) => (
                <MenuItem key={y} value={y}>
                  {y}年
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={
                <Switch checked={includeEarlier} onChange={(event) => setIncludeEarlier(event.target.checked)} />
              }
              label="含往年已满"
            />
            <Button variant="outlined" onClick={save} disabled={data === undefined || data.length === 0}>
              导出 Excel
            </Button>
          </Stack>
          {data === undefined ? (
            <CircularProgress aria-label="正在统计" />
          ) : data.length === 0 ? (
            <Typography color="text.secondary">截至{chineseDate(`${year}-07-01`)}没有新满 50 年党龄的党员。</Typography>
          ) : (
            <Table size="small" aria-label="光荣在党50年名单">
              <TableHead>
                <TableRow>
                  {COLUMNS.map((column) => (
                    <TableCell key={column}>{column}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((row) => (
                  <TableRow key={row[0]} data-testid="glory-row">
                    {row.map((cell, index) => (
                      <TableCell key={index}>{cell}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
