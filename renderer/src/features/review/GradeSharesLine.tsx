import { Alert, Typography } from '@mui/material';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import { reviewGradeLabels, reviewGrades } from '../../domain/entities/review';
import { excellentCeilingWarning } from '../../domain/rules/excellent-ceiling';
import { percentText } from '../../domain/rules/review-summary';
import { gradeShares } from '../../domain/rules/review-tally';

/** The branch's decided grades so far: counts and shares, and the 优秀 ceiling warning. */
export function GradeSharesLine({ view }: { view: ReviewRoundView }) {
  const shares = gradeShares(view.round.memberIds.map((id) => view.round.entries[id]?.grade));
  const warning = excellentCeilingWarning(shares.counts.excellent, shares.total, view.settings.excellentCeilingPercent);
  return (
    <>
      <Typography data-testid="decided-shares">
        已评定 {shares.graded} / {shares.total} 人：
        {reviewGrades
          .map((g) => `${reviewGradeLabels[g]} ${shares.counts[g]} 人（${percentText(shares.shares[g])}）`)
          .join('，')}
      </Typography>
      {warning !== null && <Alert severity="warning">{warning}</Alert>}
    </>
  );
}
