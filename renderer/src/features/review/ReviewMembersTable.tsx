import { Link, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import { DateField } from '../../ui/DateField';
import { isoDateSchema } from '../../domain/entities/dates';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { setReviewEntry } from '../../db/repositories/review-repository';
import type { ReviewRoundView } from '../../db/repositories/review-round-view';
import type { ReviewGrade } from '../../domain/entities/review';
import { reviewGradeLabels, reviewGrades } from '../../domain/entities/review';
import type { GradeCounts } from '../../domain/rules/review-tally';
import { tallyBallots } from '../../domain/rules/review-tally';
import { formatHours } from '../archive/format-hours';

function countsText(counts: GradeCounts | undefined): string {
  if (counts === undefined) return '';
  return reviewGrades.map((g) => counts[g]).join(' / ');
}

/**
 * A date saved as soon as it is whole (or cleared), not at each keystroke of "2026.5.": the typed text
 * stays here meanwhile, so the stored value does not overwrite it.
 */
function SummaryDateCell({
  stored,
  label,
  onSave,
}: {
  stored: string;
  label: string;
  onSave: (value: string) => void;
}) {
  const [value, setValue] = useState(stored);
  return (
    <DateField
      size="small"
      value={value}
      onChange={(next) => {
        setValue(next);
        if (next === '' || isoDateSchema.safeParse(next).success) onSave(next);
      }}
      slotProps={{ htmlInput: { 'aria-label': label } }}
    />
  );
}

/**
 * The decision table: each member's ballots and year (attendance rate, hours against target, 思想汇报)
 * beside the grade the branch decides; the decision may differ from the tally.
 */
export function ReviewMembersTable({ view }: { view: ReviewRoundView }) {
  const db = useDatabase();
  const notify = useNotify();
  const ids = view.members.map((m) => m.id);
  const peer = tallyBallots(ids, view.ballots, 'peer');
  const pub = tallyBallots(ids, view.ballots, 'public');
  const save = (memberId: string, changes: Parameters<typeof setReviewEntry>[3]) => {
    setReviewEntry(db, view.round.id, memberId, changes).catch((error: unknown) => notify.error(error));
  };
  return (
    <Table size="small" aria-label="评定等次">
      <TableHead>
        <TableRow>
          <TableCell>序号</TableCell>
          <TableCell>姓名</TableCell>
          <TableCell>个人总结收到</TableCell>
          <TableCell>互评票 优/合/基/不</TableCell>
          <TableCell>群众票 优/合/基/不</TableCell>
          <TableCell>出勤</TableCell>
          <TableCell>学时 / 目标</TableCell>
          <TableCell>思想汇报</TableCell>
          <TableCell>支部评定等次</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {view.members.map((member, index) => {
          const entry = view.round.entries[member.id] ?? {};
          const facts = view.facts.get(member.id);
          const leading = peer.get(member.id)?.leading;
          const rate =
            facts === undefined || facts.expected === 0
              ? '—'
              : `${facts.attended}/${facts.expected}（${Math.round((facts.attended / facts.expected) * 100)}%）`;
          return (
            <TableRow key={member.id} data-testid="review-member-row">
              <TableCell>{index + 1}</TableCell>
              <TableCell>
                <Link component={RouterLink} to={`/members/${member.id}`}>
                  {member.name}
                </Link>
              </TableCell>
              <TableCell>
                <SummaryDateCell
                  stored={entry.summaryReceivedDate ?? ''}
                  label={`${member.name}个人总结收到日期`}
                  onSave={(value) => save(member.id, { summaryReceivedDate: value })}
                />
              </TableCell>
              <TableCell>{countsText(peer.get(member.id)?.counts)}</TableCell>
              <TableCell>{countsText(pub.get(member.id)?.counts)}</TableCell>
              <TableCell>{rate}</TableCell>
              <TableCell>
                {facts === undefined ? '—' : `${formatHours(facts.hours)} / ${formatHours(facts.target.target)}`}
              </TableCell>
              <TableCell>{facts?.thoughtReports ?? 0} 份</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  sx={{ minWidth: 130 }}
                  value={entry.grade ?? ''}
                  label={leading === undefined ? undefined : `票数最多：${reviewGradeLabels[leading]}`}
                  onChange={(e) =>
                    save(member.id, { grade: e.target.value === '' ? undefined : (e.target.value as ReviewGrade) })
                  }
                  slotProps={{ htmlInput: { 'aria-label': `${member.name}评定等次` } }}
                >
                  <MenuItem value="">未评定</MenuItem>
                  {reviewGrades.map((g) => (
                    <MenuItem key={g} value={g}>
                      {reviewGradeLabels[g]}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
