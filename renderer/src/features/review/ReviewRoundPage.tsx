import { Alert, Button, CircularProgress, Link, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useNotify } from '../../app/notifications';
import { BallotEntry } from './BallotEntry';
import { CorrectionCases } from './CorrectionCases';
import { GradeSharesLine } from './GradeSharesLine';
import { ReviewDetails } from './ReviewDetails';
import { ReviewMembersTable } from './ReviewMembersTable';
import { saveBallotSheet, saveReviewReport, saveSummaryWorkbook } from './review-files';
import { useReviewRoundView } from './use-review';

/** One branch's review: 测评表, ballots, the decision with each member's year beside it, 限期改正, outputs. */
export default function ReviewRoundPage() {
  const { roundId = '' } = useParams();
  const notify = useNotify();
  const view = useReviewRoundView(roundId);
  const [tab, setTab] = useState(0);
  if (view === undefined) return <CircularProgress aria-label="正在读取" />;
  if (view === null) return <Alert severity="warning">这次民主评议已被删除或不存在。</Alert>;
  const run = (action: () => Promise<boolean>, done: string) => {
    action().then(
      (saved) => saved && notify.success(done),
      (error: unknown) => notify.error(error, '生成失败，请重试。'),
    );
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 1300 }}>
      <Link component={RouterLink} to="/review">
        ← 民主评议党员
      </Link>
      <Typography variant="h5" component="h1">
        {view.branchName} {view.round.year}年度民主评议党员
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => run(() => saveBallotSheet(view), '已生成测评表')}>
          打印测评表（Word）
        </Button>
        <Button variant="outlined" onClick={() => run(() => saveSummaryWorkbook(view), '已导出汇总表')}>
          导出汇总表（Excel）
        </Button>
        <Button variant="outlined" onClick={() => run(() => saveReviewReport(view), '已生成情况报告')}>
          生成情况报告（Word）
        </Button>
      </Stack>
      <GradeSharesLine view={view} />
      <Tabs value={tab} onChange={(_e, value: number) => setTab(value)}>
        <Tab label="评定等次" />
        <Tab label={`录入测评票（${view.ballots.length}）`} />
        <Tab label={`限期改正（${view.cases.length}）`} />
        <Tab label="评议情况" />
      </Tabs>
      {tab === 0 && <ReviewMembersTable view={view} />}
      {tab === 1 && <BallotEntry view={view} />}
      {tab === 2 && <CorrectionCases view={view} />}
      {tab === 3 && <ReviewDetails view={view} />}
    </Stack>
  );
}
