import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  TextField,
} from '@mui/material';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { errorMessage, useNotify } from '../../app/notifications';
import { todayIso } from '../../domain/entities/dates';
import { educationLevels } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { RecruitmentCase } from '../../domain/entities/recruitment';
import { createCase } from '../../db/repositories/recruitment-repository';
import { useDiscardGuard } from '../../ui/use-discard-guard';
import { useFormChanged } from '../../ui/use-form-changed';

/** 登记入党申请人: the person and the date the written application arrived. */
export function ApplicantDialog({
  branches,
  onClose,
  onCreated,
}: {
  branches: OrgUnit[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [branchId, setBranchId] = useState(branches.length === 1 ? (branches[0]?.id ?? '') : '');
  const [applicationDate, setApplicationDate] = useState(today);
  const [education, setEducation] = useState('');
  const [phone, setPhone] = useState('');
  const [workUnit, setWorkUnit] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged({ name, idNumber, branchId, applicationDate, education, phone, workUnit });
  const guard = useDiscardGuard(changed && !saving, onClose);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const created = await createCase(
        db,
        {
          name,
          idNumber,
          branchId,
          applicationDate,
          ...(education === '' ? {} : { education: education as NonNullable<RecruitmentCase['education']> }),
          ...(phone.trim() === '' ? {} : { phone: phone.trim() }),
          ...(workUnit.trim() === '' ? {} : { workUnit: workUnit.trim() }),
        },
        today,
      );
      notify.success(`已登记入党申请人“${created.name}”`);
      onCreated(created.id);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={guard.close} maxWidth="sm" fullWidth>
      {guard.element}
      <DialogTitle>登记入党申请人</DialogTitle>
      <DialogContent>
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={6}>
            <TextField label="姓名" required value={name} onChange={(event) => setName(event.target.value)} />
          </Grid>
          <Grid size={6}>
            <TextField
              label="公民身份证号"
              required
              value={idNumber}
              onChange={(event) => setIdNumber(event.target.value)}
              helperText="出生日期和性别由身份证号得出"
            />
          </Grid>
          <Grid size={6}>
            <TextField
              select
              label="党支部"
              required
              value={branchId}
              onChange={(event) => setBranchId(event.target.value)}
            >
              {branches.map((branch) => (
                <MenuItem key={branch.id} value={branch.id}>
                  {branch.name}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={6}>
            <DateField
              label="递交入党申请书日期"
              required
              value={applicationDate}
              onChange={setApplicationDate}
              maxDate={today}
            />
          </Grid>
          <Grid size={6}>
            <TextField select label="学历" value={education} onChange={(event) => setEducation(event.target.value)}>
              <MenuItem value="">（未填）</MenuItem>
              {educationLevels.map((level) => (
                <MenuItem key={level} value={level}>
                  {level}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={6}>
            <TextField label="联系电话" value={phone} onChange={(event) => setPhone(event.target.value)} />
          </Grid>
          <Grid size={12}>
            <TextField label="工作单位" value={workUnit} onChange={(event) => setWorkUnit(event.target.value)} />
          </Grid>
        </Grid>
        {error !== null && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button
          variant="contained"
          disabled={saving || name.trim() === '' || idNumber.trim() === '' || branchId === ''}
          onClick={() => void save()}
        >
          登记
        </Button>
      </DialogActions>
    </Dialog>
  );
}
