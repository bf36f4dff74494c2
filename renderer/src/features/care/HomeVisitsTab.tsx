import {
  Alert,
  CircularProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { chineseDate } from '../../domain/rules/calendar';
import type { CarePeople } from './use-care';
import { useHomeVisits } from './use-care';

/**
 * 送学上门 (条例 art. 23) seen from the care side: who is flagged, how often the branch has brought them
 * study this year, and every visit. Visits are recorded in the member's 学习档案 (来源“送学上门”).
 */
export function HomeVisitsTab({ year, people }: { year: number; people: CarePeople }) {
  const visits = useHomeVisits(year);
  if (visits === undefined) return <CircularProgress aria-label="正在读取" />;
  const flagged = people.members.filter((member) => member.homeStudy !== undefined);
  const visitsOf = (memberId: string) => visits.filter((visit) => visit.memberId === memberId);
  const branchOf = (memberId: string) => {
    const member = people.byId.get(memberId);
    return member === undefined ? '' : (people.unitName.get(member.branchId) ?? '');
  };
  const unvisited = flagged.filter((member) => visitsOf(member.id).length === 0);
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        年老体弱、行动不便的党员由支部送学上门（《党员教育管理工作条例》第二十三条）。在党员的“学习档案”中登记，
        来源选“送学上门”，这里按年度汇总。
      </Typography>
      {flagged.length === 0 ? (
        <Alert severity="info">还没有标记为送学上门对象的党员。在党员详情的“送学上门/出国（境）”页中标记。</Alert>
      ) : (
        <>
          {unvisited.length > 0 ? (
            <Alert severity="warning">
              {year}年尚未送学上门：{unvisited.map((member) => member.name).join('、')}
            </Alert>
          ) : null}
          <Table size="small" aria-label="送学上门对象">
            <TableHead>
              <TableRow>
                <TableCell>姓名</TableCell>
                <TableCell>党支部</TableCell>
                <TableCell>情形</TableCell>
                <TableCell>{year}年送学次数</TableCell>
                <TableCell>学时</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {flagged.map((member) => {
                const own = visitsOf(member.id);
                return (
                  <TableRow key={member.id} data-testid="home-visit-member">
                    <TableCell>
                      <Link component={RouterLink} to={`/archive/member/${member.id}`}>
                        {member.name}
                      </Link>
                    </TableCell>
                    <TableCell>{branchOf(member.id)}</TableCell>
                    <TableCell>{member.homeStudy?.reason}</TableCell>
                    <TableCell>{own.length}</TableCell>
                    <TableCell>{own.reduce((sum, visit) => sum + visit.hours, 0)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
      <Typography variant="h6" component="h2">
        {year}年送学上门记录（{visits.length} 次）
      </Typography>
      {visits.length === 0 ? (
        <Typography color="text.secondary">本年度还没有送学上门记录。</Typography>
      ) : (
        <Table size="small" aria-label="送学上门记录">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>党员</TableCell>
              <TableCell>党支部</TableCell>
              <TableCell>学习内容</TableCell>
              <TableCell>学时</TableCell>
              <TableCell>送学人</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visits.map((visit) => (
              <TableRow key={visit.id} data-testid="home-visit-row">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{chineseDate(visit.date, year)}</TableCell>
                <TableCell>{people.byId.get(visit.memberId)?.name ?? '（已删除）'}</TableCell>
                <TableCell>{branchOf(visit.memberId)}</TableCell>
                <TableCell>{visit.content}</TableCell>
                <TableCell>{visit.hours}</TableCell>
                <TableCell>{visit.organiser ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
