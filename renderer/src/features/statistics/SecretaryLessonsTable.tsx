import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { YearlyCheckData } from '../../db/repositories/yearly-check-repository';
import { chineseDate } from '../../domain/rules/calendar';

/**
 * 书记讲党课 (支部工作条例 art. 15): whether the 党委书记 and each 支部书记 gave at least one 党课 this
 * year, as 主讲人 of a held 党课 (or a meeting combined with one).
 */
export function SecretaryLessonsTable({ data }: { data: YearlyCheckData }) {
  const rows = data.secretaryLessons;
  return (
    <>
      <Typography variant="h6" component="h2">
        书记讲党课
      </Typography>
      <Typography variant="body2" color="text.secondary">
        党委书记和支部书记每年至少讲一次党课（《支部工作条例》）。按活动的“主讲人”统计，须在组织架构中登记书记职务、在活动中选择本人为主讲人。
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">组织架构中还没有登记书记。</Typography>
      ) : (
        <Table size="small" aria-label="书记讲党课" data-testid="secretary-lessons">
          <TableHead>
            <TableRow>
              <TableCell>组织</TableCell>
              <TableCell>书记</TableCell>
              <TableCell>本年度讲党课</TableCell>
              <TableCell>情况</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.unitId}-${row.memberId}`}>
                <TableCell>{row.unitName}</TableCell>
                <TableCell>{row.name}</TableCell>
                <TableCell>
                  {row.lessons.length === 0 ? '—' : row.lessons.map((date) => chineseDate(date, data.year)).join('、')}
                </TableCell>
                <TableCell sx={{ color: row.met ? 'success.main' : 'error.main' }}>
                  {row.met ? '已完成' : '尚未讲党课'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
