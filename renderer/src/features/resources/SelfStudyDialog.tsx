import { Autocomplete, DialogContentText, Grid, TextField } from '@mui/material';
import { studyEntrySchema } from '../../domain/entities/study-record';
import { numberFromText, useSchemaForm } from '../../ui/use-schema-form';
import { FormDialog } from '../../ui/FormDialog';
import { useFormChanged } from '../../ui/use-form-changed';
import { DateField } from '../../ui/DateField';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { logSelfStudyViewing } from '../../db/repositories/courseware-repository';
import type { Courseware } from '../../domain/entities/courseware';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import { coursewareHours } from '../../domain/rules/courseware-file';
import { useActiveMembers } from './use-resource-data';

/** Logs members' own viewing of a courseware as self-study (个人自学). */
export function SelfStudyDialog({ courseware, onClose }: { courseware: Courseware; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const members = useActiveMembers();
  const [chosen, setChosen] = useState<Member[]>([]);
  const [date, setDate] = useState(todayIso());
  const defaultHours = coursewareHours(courseware.durationSeconds ?? 0);
  const [hours, setHours] = useState(String(Math.max(0.5, defaultHours)));
  const changed = useFormChanged({ chosen: chosen.map((member) => member.id), date, hours });
  const hoursValue = numberFromText(hours);
  // Self-study becomes a study-archive entry: its hours obey that schema (at least 0.5, one decimal).
  const hoursError = useSchemaForm(studyEntrySchema, { hours: hoursValue }).errors.hours;
  const dateError = /^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : '请选择日期';

  return (
    <FormDialog
      title={<>登记个人自学：{courseware.title}</>}
      maxWidth="sm"
      onClose={onClose}
      dirty={changed}
      submitLabel="登记"
      submitDisabled={chosen.length === 0 || hoursError !== undefined || dateError !== undefined}
      onSubmit={() => {
        logSelfStudyViewing(
          db,
          courseware.id,
          chosen.map((member) => member.id),
          date,
          hoursValue,
        )
          .then((count) => {
            notify.success(`已为 ${count} 名党员登记自学`);
            onClose();
          })
          .catch((error: unknown) => notify.error(error, '未能保存，请重试。'));
      }}
    >
      <DialogContentText sx={{ mb: 2 }}>
        党员自行观看或阅读这条课件，记为个人自学，计入学习档案和年度学时。
      </DialogContentText>
      <Grid container spacing={2}>
        <Grid size={12}>
          <Autocomplete
            multiple
            options={members}
            value={chosen}
            getOptionLabel={(member) => member.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            onChange={(_event, value) => setChosen(value)}
            renderInput={(params) => <TextField {...params} label="观看的党员" />}
          />
        </Grid>
        <Grid size={6}>
          <DateField
            label="日期"
            value={date}
            onChange={setDate}
            error={dateError !== undefined}
            helperText={dateError}
          />
        </Grid>
        <Grid size={6}>
          <TextField
            label="学时"
            value={hours}
            onChange={(event) => setHours(event.target.value)}
            error={hoursError !== undefined}
            helperText={hoursError}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
