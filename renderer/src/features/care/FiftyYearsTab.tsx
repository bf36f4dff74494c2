import { Button, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { awardFiftyYears } from '../../db/repositories/care-repository';
import { todayIso } from '../../domain/entities/dates';
import { partyAgeStart, partyAgeYears } from '../../domain/rules/party-age';
import { saveFiftyYearList } from './fifty-year-files';
import type { CarePeople } from './use-care';
import { useFiftyYearList } from './use-care';

/** 光荣在党50年纪念章: members whose 党龄 (from 转正) reaches 50 by 1 July, the award, the 颁发名单. */
export function FiftyYearsTab({ year, people }: { year: number; people: CarePeople }) {
  const db = useDatabase();
  const notify = useNotify();
  const list = useFiftyYearList(year);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [date, setDate] = useState(todayIso());
  if (list === undefined) return null;
  const july = `${year}-07-01`;
  const unit = (branchId: string) => people.unitName.get(branchId) ?? '';
  const save = (kind: 'docx' | 'xlsx') => {
    saveFiftyYearList(kind, year, list, people).then(
      (saved) => saved && notify.success('已导出颁发名单'),
      (error: unknown) => notify.error(error, '导出失败，请重试。'),
    );
  };
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        党龄自转正之日起计算（党章第七条）；{year}
        年7月1日前党龄满50年且尚未颁发的党员列在下面。没有转正日期的党员无法判断，请先补全。
      </Typography>
      <Typography variant="h6" component="h2">
        符合条件（{list.eligible.length} 人）
      </Typography>
      {list.eligible.length > 0 && (
        <>
          <Table size="small" aria-label="符合条件的党员">
            <TableHead>
              <TableRow>
                <TableCell>选择</TableCell>
                <TableCell>姓名</TableCell>
                <TableCell>所在支部</TableCell>
                <TableCell>转正日期</TableCell>
                <TableCell>7月1日党龄</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.eligible.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <Checkbox
                      checked={chosen.has(m.id)}
                      slotProps={{ input: { 'aria-label': `选择${m.name}` } }}
                      onChange={(e) =>
                        setChosen((s) => {
                          const next = new Set(s);
                          if (e.target.checked) next.add(m.id);
                          else next.delete(m.id);
                          return next;
                        })
                      }
                    />
                  </TableCell>
                  <TableCell>{m.name}</TableCell>
                  <TableCell>{unit(m.branchId)}</TableCell>
                  <TableCell>
                    {m.fullMemberDate ?? `${partyAgeStart(m)?.date ?? ''}（按入党日期推算，请核实）`}
                  </TableCell>
                  <TableCell>{`${partyAgeYears(m, july) ?? ''} 年`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <DateField label="颁发日期" value={date} onChange={setDate} />
            <Button
              variant="contained"
              disabled={chosen.size === 0}
              onClick={() => {
                awardFiftyYears(db, [...chosen], year, date).then(
                  () => {
                    notify.success(`已记录 ${chosen.size} 人颁发纪念章`);
                    setChosen(new Set());
                  },
                  (error: unknown) => notify.error(error),
                );
              }}
            >
              记录颁发（{chosen.size} 人）
            </Button>
          </Stack>
        </>
      )}
      <Typography variant="h6" component="h2">
        {year}年已颁发（{list.awarded.length} 人）
      </Typography>
      <Stack direction="row" spacing={2}>
        <Button variant="outlined" disabled={list.awarded.length === 0} onClick={() => save('docx')}>
          颁发名单（Word）
        </Button>
        <Button variant="outlined" disabled={list.awarded.length === 0} onClick={() => save('xlsx')}>
          颁发名单（Excel）
        </Button>
      </Stack>
      {list.awarded.map(({ award, member }) => (
        <Typography key={award.id}>
          {member?.name ?? '（已删除）'}，{award.awardedDate} 颁发
        </Typography>
      ))}
    </Stack>
  );
}
