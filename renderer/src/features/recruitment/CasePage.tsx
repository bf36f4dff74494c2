import { Alert, Button, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { todayIso } from '../../domain/entities/dates';
import type { RecruitmentStepKind } from '../../domain/entities/recruitment';
import { chineseDate } from '../../domain/rules/calendar';
import { DEFAULT_RECRUITMENT_SETTINGS, evaluateCase } from '../../domain/rules/recruitment-case';
import { AttendanceCard } from './AttendanceCard';
import { CasePapers } from './CasePapers';
import { stepTiming } from './NextStepCell';
import { StepDialog } from './StepDialog';
import { StepHistory } from './StepHistory';
import { STATE_COLORS, STATE_LABELS } from './text';
import { useBranches, useCaseData, useFullMembers, useRecruitmentSettings } from './use-recruitment';

/** One person's case: where they are, what may be recorded next and when, the steps so far and the papers. */
export default function CasePage() {
  const { id = '' } = useParams();
  const today = todayIso();
  const data = useCaseData(id);
  const branches = useBranches();
  const fullMembers = useFullMembers();
  const settings = useRecruitmentSettings() ?? DEFAULT_RECRUITMENT_SETTINGS;
  const [recording, setRecording] = useState<RecruitmentStepKind | null>(null);
  if (data === undefined) return null;
  const { record, steps, people } = data;
  if (record === undefined) return <Alert severity="warning">该入党申请人记录不存在或已删除。</Alert>;
  const status = evaluateCase(record, steps, today, settings);
  const branch = branches.find((unit) => unit.id === record.branchId)?.name ?? '';

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Link component={RouterLink} to="/recruitment">
          ← 发展党员
        </Link>
        <Typography variant="h5" component="h1">
          {record.name}
        </Typography>
        <Chip label={status.cancelled ? '已取消资格' : status.stage} color={status.ended ? 'default' : 'primary'} />
        {record.memberId !== undefined && (
          <Link component={RouterLink} to={`/members/${record.memberId}`}>
            查看党员名册记录
          </Link>
        )}
      </Stack>
      <Typography color="text.secondary">
        {branch} · {record.gender} · 出生 {chineseDate(record.birthDate)} · 递交入党申请书{' '}
        {chineseDate(record.applicationDate)}
        {status.probationEnd !== undefined && ` · 预备期满 ${chineseDate(status.probationEnd)}`}
        {record.workUnit !== undefined && ` · ${record.workUnit}`}
      </Typography>
      {status.warnings.map((warning) => (
        <Alert key={warning.message} severity={warning.level === 'alarm' ? 'error' : 'warning'}>
          {warning.message}
        </Alert>
      ))}
      {!status.ended && (
        <Paper sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            可记录的步骤
          </Typography>
          <Stack spacing={1}>
            {status.open.map((step) => (
              <Stack key={step.kind} direction="row" spacing={2} sx={{ alignItems: 'center' }} data-step={step.kind}>
                <Chip
                  size="small"
                  color={STATE_COLORS[step.state]}
                  label={STATE_LABELS[step.state]}
                  sx={{ minWidth: 88 }}
                />
                <Typography sx={{ minWidth: 220 }}>{step.label}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
                  {stepTiming(step)}
                </Typography>
                <Button size="small" variant="outlined" onClick={() => setRecording(step.kind)}>
                  记录「{step.label}」
                </Button>
              </Stack>
            ))}
            {status.next !== undefined && status.next.state === 'blocked' && (
              <Typography color="text.secondary">
                下一步「{status.next.label}」{stepTiming(status.next)}
              </Typography>
            )}
            <Stack direction="row">
              <Button size="small" color="error" onClick={() => setRecording('cancellation')}>
                取消资格…
              </Button>
            </Stack>
          </Stack>
        </Paper>
      )}
      <Typography variant="h6" component="h2">
        已记录的步骤
      </Typography>
      <StepHistory steps={steps} people={people} />
      <AttendanceCard record={record} steps={steps} />
      <CasePapers record={record} steps={steps} people={people} branchName={branch} />
      {recording !== null && (
        <StepDialog
          caseId={record.id}
          kind={recording}
          status={status.open.find((step) => step.kind === recording)}
          fullMembers={fullMembers}
          publicityDays={settings.publicityDays}
          onClose={() => setRecording(null)}
        />
      )}
    </Stack>
  );
}
