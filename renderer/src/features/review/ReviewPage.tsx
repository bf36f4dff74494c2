import {
  Button,
  CircularProgress,
  Link,
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
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { openReviewRound } from '../../db/repositories/review-repository';
import { pastYears } from '../../ui/YearPicker';
import { LedgerSettingField } from './LedgerSettingField';
import { useReviewYear } from './use-review';

/** 民主评议党员: one round per branch and year (党员教育管理工作条例 art. 18). */
export default function ReviewPage() {
  const db = useDatabase();
  const notify = useNotify();
  const navigate = useNavigate();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const data = useReviewYear(year);
  if (data === undefined) return <CircularProgress aria-label="正在读取" />;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        民主评议党员
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          label="年度"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 140 }}
        >
          {pastYears(currentYear).map((y) => (
            <MenuItem key={y} value={y}>
              {y}年
            </MenuItem>
          ))}
        </TextField>
        <LedgerSettingField settings={data.settings} field="excellentCeilingPercent" label="优秀比例上限（%）" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        步骤：建立评议（名单取该支部当年在册党员）→ 打印测评表 → 录入收回的测评票 → 支部党员大会评定等次 →
        导出汇总表、情况报告。不合格党员须限期改正，期限最长一年。
      </Typography>
      {data.branches.length === 0 ? (
        <Typography color="text.secondary">还没有党支部，请先在“组织架构”中建立。</Typography>
      ) : (
        <Table size="small" aria-label="各支部民主评议">
          <TableHead>
            <TableRow>
              <TableCell>党支部</TableCell>
              <TableCell>参评人数</TableCell>
              <TableCell>已收测评票</TableCell>
              <TableCell>已评定</TableCell>
              <TableCell>支部大会日期</TableCell>
              <TableCell>操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.branches.map((branch) => {
              const round = data.rounds.find((r) => r.branchId === branch.id);
              const graded =
                round === undefined ? 0 : Object.values(round.entries).filter((e) => e.grade !== undefined).length;
              return (
                <TableRow key={branch.id}>
                  <TableCell>{branch.name}</TableCell>
                  <TableCell>{round?.memberIds.length ?? '—'}</TableCell>
                  <TableCell>{round === undefined ? '—' : (data.ballotCounts.get(round.id) ?? 0)}</TableCell>
                  <TableCell>{round === undefined ? '—' : `${graded} / ${round.memberIds.length}`}</TableCell>
                  <TableCell>{round?.decisionDate ?? '—'}</TableCell>
                  <TableCell>
                    {round === undefined ? (
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() => {
                          openReviewRound(db, branch.id, year).then(
                            (opened) => navigate(`/review/${opened.id}`),
                            (error: unknown) => notify.error(error),
                          );
                        }}
                      >
                        建立{branch.name}评议
                      </Button>
                    ) : (
                      <Link component={RouterLink} to={`/review/${round.id}`}>
                        打开{branch.name}评议
                      </Link>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
