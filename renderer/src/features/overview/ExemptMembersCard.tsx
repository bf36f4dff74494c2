import { Card, CardContent, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ExemptItem } from '../../db/repositories/compliance-repository';
import { chineseDate } from '../../domain/rules/calendar';

/**
 * 送学上门对象 (条例 art. 23) and members 出国（境）学习研究 (art. 34): not warnings — the regulations do
 * not require their attendance — but listed so that nobody forgets to bring them study.
 */
export function ExemptMembersCard({ items, year }: { items: readonly ExemptItem[]; year: number }) {
  if (items.length === 0) return null;
  const home = items.filter((item) => item.kind === 'home-study');
  const abroad = items.filter((item) => item.kind === 'abroad');
  return (
    <Card variant="outlined" data-testid="exempt-members">
      <CardContent>
        {home.length > 0 ? (
          <>
            <Typography variant="h6" component="h2" gutterBottom>
              送学上门对象（{home.length} 名）
            </Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              年老体弱、行动不便、身患重病的党员，不作参加组织生活和学时的硬性要求，由支部送学上门（《党员教育管理工作条例》第二十三条）。
            </Typography>
            <Table size="small" aria-label="送学上门对象">
              <TableHead>
                <TableRow>
                  <TableCell>姓名</TableCell>
                  <TableCell>党支部</TableCell>
                  <TableCell>情形</TableCell>
                  <TableCell>自</TableCell>
                  <TableCell>最近一次送学上门</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {home.map((item) => (
                  <TableRow key={item.member.id} data-testid="home-study-row">
                    <TableCell>
                      <Link component={RouterLink} to={`/archive/member/${item.member.id}`}>
                        {item.member.name}
                      </Link>
                    </TableCell>
                    <TableCell>{item.member.branchName}</TableCell>
                    <TableCell>{item.reason}</TableCell>
                    <TableCell>{chineseDate(item.since, year)}</TableCell>
                    <TableCell>{item.lastVisit === undefined ? '无记录' : chineseDate(item.lastVisit, year)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        ) : null}
        {abroad.length > 0 ? (
          <>
            <Typography variant="h6" component="h2" gutterBottom sx={{ mt: home.length > 0 ? 2 : 0 }}>
              出国（境）学习研究党员（{abroad.length} 名）
            </Typography>
            <Table size="small" aria-label="出国（境）学习研究党员">
              <TableHead>
                <TableRow>
                  <TableCell>姓名</TableCell>
                  <TableCell>党支部</TableCell>
                  <TableCell>去向</TableCell>
                  <TableCell>出国（境）</TableCell>
                  <TableCell>回国（境）</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {abroad.map((item) => (
                  <TableRow key={item.member.id}>
                    <TableCell>
                      <Link component={RouterLink} to={`/archive/member/${item.member.id}`}>
                        {item.member.name}
                      </Link>
                    </TableCell>
                    <TableCell>{item.member.branchName}</TableCell>
                    <TableCell>{item.reason}</TableCell>
                    <TableCell>{chineseDate(item.since, year)}</TableCell>
                    <TableCell>{item.until === undefined ? '未定' : chineseDate(item.until, year)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
