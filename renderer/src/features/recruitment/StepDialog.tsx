import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid } from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { errorMessage, useNotify } from '../../app/notifications';
import { todayIso } from '../../domain/entities/dates';
import type { RecruitmentStepKind } from '../../domain/entities/recruitment';
import { chineseDate } from '../../domain/rules/calendar';
import type { RosterPerson, StepDraft, StepRefusal, StepStatus } from '../../domain/rules/recruitment-case';
import { stepLabel } from '../../domain/rules/recruitment-steps';
import { addStep, RecruitmentError } from '../../db/repositories/recruitment-repository';
import type { StepForm } from './StepFields';
import { StepFields } from './StepFields';
import { stepTiming } from './NextStepCell';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

function numberOrUndefined(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}

function draftOf(kind: RecruitmentStepKind, form: StepForm): StepDraft {
  const draft: StepDraft = { kind, date: form.date };
  if (form.content.trim() !== '') draft.content = form.content.trim();
  if (kind === 'contacts' || kind === 'sponsors') draft.memberIds = form.memberIds.filter((id) => id !== '');
  const days = numberOrUndefined(form.trainingDays);
  const hours = numberOrUndefined(form.trainingHours);
  if (kind === 'training' && days !== undefined) draft.trainingDays = days;
  if (kind === 'training' && hours !== undefined) draft.trainingHours = hours;
  const publicity = numberOrUndefined(form.publicityDays);
  if (kind === 'publicity' && publicity !== undefined) draft.publicityDays = publicity;
  const months = numberOrUndefined(form.extensionMonths);
  if (kind === 'extension') draft.extensionMonths = months ?? 0;
  if (kind === 'admission-vote' || kind === 'confirmation-vote') {
    draft.vote = {
      entitled: Number(form.entitled || 0),
      present: Number(form.present || 0),
      yes: Number(form.yes || 0),
      no: Number(form.no || 0),
      abstain: Number(form.abstain || 0),
      declared: form.declared,
    };
  }
  return draft;
}

/** Records one step; a step the rules forbid is refused with the rule and the date it becomes possible. */
export function StepDialog({
  caseId,
  kind,
  status,
  fullMembers,
  publicityDays,
  onClose,
}: {
  caseId: string;
  kind: RecruitmentStepKind;
  status: StepStatus | undefined;
  fullMembers: RosterPerson[];
  publicityDays: number;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const [form, setFormState] = useState<StepForm>({
    date: today,
    content: '',
    memberIds: [],
    trainingDays: '',
    trainingHours: '',
    publicityDays: String(publicityDays),
    extensionMonths: '6',
    entitled: '',
    present: '',
    yes: '',
    no: '0',
    abstain: '0',
    declared: '通过',
  });
  const [refusal, setRefusal] = useState<StepRefusal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged(form);
  const guard = useDiscardGuard(changed && !saving, onClose);
  const setForm = (change: Partial<StepForm>) => setFormState((before) => ({ ...before, ...change }));
  const timing = status === undefined ? '' : stepTiming(status);

  const save = async () => {
    setSaving(true);
    setRefusal(null);
    setError(null);
    try {
      await addStep(db, caseId, draftOf(kind, form), today);
      notify.success(`已记录「${stepLabel(kind)}」`);
      onClose();
    } catch (caught) {
      if (caught instanceof RecruitmentError && caught.refusal !== undefined) setRefusal(caught.refusal);
      else setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>记录：{stepLabel(kind)}</DialogTitle>
      <DialogContent>
        {timing !== '' && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {timing}
            {status?.due !== undefined ? `。${status.due.rule}` : ''}
          </Alert>
        )}
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={6}>
            <DateField
              label="日期"
              required
              value={form.date}
              onChange={(value) => setForm({ date: value })}
              maxDate={today}
            />
          </Grid>
          <StepFields kind={kind} form={form} setForm={setForm} fullMembers={fullMembers} />
        </Grid>
        {refusal !== null && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            不能记录：{refusal.message}
            <br />
            依据：{refusal.rule}
            {refusal.earliest !== undefined && (
              <>
                <br />
                最早可在 {chineseDate(refusal.earliest)} 记录
              </>
            )}
          </Alert>
        )}
        {error !== null && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={saving || form.date === ''} onClick={() => void save()}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
