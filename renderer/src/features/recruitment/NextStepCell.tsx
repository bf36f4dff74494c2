import { Chip, Stack, Typography } from '@mui/material';
import type { CaseStatus, StepStatus } from '../../domain/rules/recruitment-case';
import { chineseDate } from '../../domain/rules/calendar';
import { stepLabel } from '../../domain/rules/recruitment-steps';
import { STATE_COLORS, STATE_LABELS } from './text';

/** When a step may happen or must be done by, in one short line. */
export function stepTiming(status: StepStatus): string {
  if (status.state === 'blocked') return `须先完成：${status.missing.map(stepLabel).join('、')}`;
  if (status.state === 'too-early' && status.earliest !== undefined) return `最早 ${chineseDate(status.earliest.date)}`;
  if (status.due !== undefined) return `应于 ${chineseDate(status.due.date)} 前`;
  return '';
}

/** The board's 下一步: the step the case waits for, or the most urgent one, coloured by its state. */
export function NextStepCell({ status }: { status: CaseStatus }) {
  const urgent = status.open.find((step) => step.state === 'overdue' || step.state === 'due-soon');
  const shown = urgent ?? status.next;
  if (shown === undefined) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-state={shown.state}>
      <Chip size="small" color={STATE_COLORS[shown.state]} label={STATE_LABELS[shown.state]} />
      <Typography variant="body2">
        {shown.label}
        {stepTiming(shown) === '' ? '' : `（${stepTiming(shown)}）`}
      </Typography>
    </Stack>
  );
}
