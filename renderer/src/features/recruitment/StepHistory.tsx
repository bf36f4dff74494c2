import {
  Button,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import type { RecruitmentStep } from '../../domain/entities/recruitment';
import type { RosterPerson } from '../../domain/rules/recruitment-case';
import { chineseDate } from '../../domain/rules/calendar';
import { describeStep, stepLabel } from '../../domain/rules/recruitment-steps';
import { deleteStep } from '../../db/repositories/recruitment-repository';

/** The steps recorded so far, oldest first; only the last may be taken back (to the recycle bin). */
export function StepHistory({
  steps,
  people,
}: {
  steps: RecruitmentStep[];
  people: ReadonlyMap<string, RosterPerson>;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const last = steps[steps.length - 1];
  const remove = async (step: RecruitmentStep) => {
    try {
      await deleteStep(db, step.id);
      notify.success(`已删除「${stepLabel(step.kind)}」（可在回收站恢复）`);
    } catch (error) {
      notify.error(error);
    }
  };
  if (steps.length === 0) return <Typography color="text.secondary">尚未记录任何步骤。</Typography>;
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="已记录的步骤">
        <TableHead>
          <TableRow>
            <TableCell>日期</TableCell>
            <TableCell>步骤</TableCell>
            <TableCell>情况</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map((step) => (
            <TableRow key={step.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{chineseDate(step.date)}</TableCell>
              <TableCell>{stepLabel(step.kind)}</TableCell>
              <TableCell>{describeStep(step, (id) => people.get(id)?.name ?? '（已删除）')}</TableCell>
              <TableCell>
                {step === last && (
                  <Button size="small" color="error" onClick={() => void remove(step)}>
                    删除
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
