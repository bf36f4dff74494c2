import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveDuesProfiles } from '../../db/repositories/dues-repository';
import type { DuesProfile, DuesRelief, DuesReliefKind } from '../../domain/entities/dues';
import { duesReliefKinds, duesReliefSchema } from '../../domain/entities/dues';
import { parseYuanToFen } from '../../domain/rules/money';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** 党费规定 第四条: 少交/免交, with the branch decision and the approving committee and date. */
export function ReliefDialog({
  name,
  memberId,
  from,
  profile,
  onClose,
}: {
  name: string;
  memberId: string;
  from: string;
  profile: DuesProfile | undefined;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const old = profile?.relief;
  const [kind, setKind] = useState<DuesReliefKind | ''>(old?.kind ?? '');
  const [reduced, setReduced] = useState(old?.reducedFen === undefined ? '' : String(old.reducedFen / 100));
  const [reason, setReason] = useState(old?.reason ?? '');
  const [decisionDate, setDecisionDate] = useState(old?.decisionDate ?? '');
  const [approvedBy, setApprovedBy] = useState(old?.approvedBy ?? '');
  const [approvedDate, setApprovedDate] = useState(old?.approvedDate ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const changed = useFormChanged({ kind, reduced, reason, decisionDate, approvedBy, approvedDate });
  const guard = useDiscardGuard(changed, onClose);

  const save = async () => {
    if (profile === undefined) return;
    let relief: DuesRelief | undefined;
    if (kind !== '') {
      let reducedFen: number | undefined;
      if (kind === '少交') {
        const parsed = parseYuanToFen(reduced);
        if (!parsed.ok) return setProblem(`每月应交金额：${parsed.message}`);
        reducedFen = parsed.fen;
      }
      const result = duesReliefSchema.safeParse({ kind, reducedFen, reason, decisionDate, approvedBy, approvedDate });
      if (!result.success) return setProblem(result.error.issues.map((i) => i.message).join('；'));
      relief = result.data;
    }
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      deletedAt: _d,
      memberId: _m,
      effectiveFrom: _e,
      relief: _r,
      ...fields
    } = profile;
    try {
      await saveDuesProfiles(db, [
        { memberId, effectiveFrom: from, fields: { ...fields, ...(relief === undefined ? {} : { relief }) } },
      ]);
      notify.success(
        relief === undefined ? `已取消${name}的少交/免交` : `已登记${name}${relief.kind}（自 ${from} 起）`,
      );
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const date = (label: string, value: string, set: (v: string) => void) => (
    <DateField label={label} value={value} onChange={set} />
  );
  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>{`${name}：少交 / 免交（自 ${from} 起）`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label="类型" value={kind} onChange={(e) => setKind(e.target.value as DuesReliefKind | '')}>
            <MenuItem value="">不少交、不免交</MenuItem>
            {duesReliefKinds.map((k) => (
              <MenuItem key={k} value={k}>
                {k}
              </MenuItem>
            ))}
          </TextField>
          {kind === '少交' ? (
            <TextField label="每月应交金额（元）" value={reduced} onChange={(e) => setReduced(e.target.value)} />
          ) : null}
          {kind === '' ? null : (
            <>
              <TextField label="原因" value={reason} onChange={(e) => setReason(e.target.value)} />
              {date('支部决定日期', decisionDate, setDecisionDate)}
              <TextField label="批准的上级党组织" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} />
              {date('批准日期', approvedDate, setApprovedDate)}
            </>
          )}
          {problem === null ? null : <Alert severity="error">{problem}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" onClick={() => void save()}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
