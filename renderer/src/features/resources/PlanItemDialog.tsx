import { Alert, Autocomplete, Grid, MenuItem, TextField } from '@mui/material';
import { planItemSchema } from '../../domain/entities/education-plan';
import { numberFromText, useSchemaForm } from '../../ui/use-schema-form';
import { FormDialog } from '../../ui/FormDialog';
import { useFormChanged } from '../../ui/use-form-changed';
import { useState } from 'react';
import type { ActivityType } from '../../domain/entities/activity';
import type { PlanItem } from '../../domain/entities/education-plan';
import type { Lecturer } from '../../domain/entities/lecturer';
import type { NewRecord } from '../../domain/entities/record';
import { formatFen, parseYuanToFen } from '../../domain/rules/money';
import { planYearProblem } from '../../domain/rules/plan-vs-actual';

/** Forms named by the regulations, offered when the activities' own types are not set up yet. */
const FALLBACK_TYPES = ['党课', '主题党日', '集中轮训', '专题讲座', '实地考察', '远程教育', '交流发言', '案例分析'];
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

export function PlanItemDialog({
  item,
  year,
  today,
  types,
  lecturers,
  onClose,
  onSave,
}: {
  item: PlanItem | null;
  year: number;
  today: string;
  types: ActivityType[];
  lecturers: Lecturer[];
  onClose: () => void;
  onSave: (fields: NewRecord<PlanItem>) => Promise<void>;
}) {
  const typeNames = types.length > 0 ? types.map((type) => type.name) : FALLBACK_TYPES;
  const [itemYear, setItemYear] = useState(String(item?.year ?? year));
  const [month, setMonth] = useState(String(item?.month ?? ''));
  const [typeName, setTypeName] = useState(item?.typeName ?? '');
  const [topic, setTopic] = useState(item?.topic ?? '');
  const [targetGroup, setTargetGroup] = useState(item?.targetGroup ?? '全体党员');
  const [lecturerName, setLecturerName] = useState(item?.lecturerName ?? '');
  const [hours, setHours] = useState(
    String(item?.hours ?? types.find((type) => type.name === item?.typeName)?.defaultHours ?? 2),
  );
  const [budget, setBudget] = useState(item === null ? '0' : formatFen(item.budgetFen));
  const [saving, setSaving] = useState(false);
  const changed = useFormChanged({ itemYear, month, typeName, topic, targetGroup, lecturerName, hours, budget });

  const yearNumber = Number(itemYear);
  const yearProblem = /^\d{4}$/.test(itemYear) ? planYearProblem(yearNumber, today) : '请填写四位年份';
  const budgetParse = parseYuanToFen(budget);
  const hoursNumber = numberFromText(hours);
  const hoursError = useSchemaForm(planItemSchema, { hours: hoursNumber }).errors.hours;
  const missing = month === '' || typeName.trim() === '' || topic.trim() === '';
  const lecturer = lecturers.find((candidate) => candidate.name === lecturerName.trim());
  const type = types.find((candidate) => candidate.name === typeName.trim());
  const valid = yearProblem === null && budgetParse.ok && hoursError === undefined && !missing;

  return (
    <FormDialog
      title={item === null ? '添加计划项目' : '编辑计划项目'}
      maxWidth="md"
      onClose={onClose}
      dirty={changed && !saving}
      submitDisabled={!valid || saving}
      onSubmit={() => {
        if (!budgetParse.ok) return;
        setSaving(true);
        void onSave({
          year: yearNumber,
          month: Number(month),
          typeName: typeName.trim(),
          ...(type === undefined ? {} : { activityTypeId: type.id }),
          topic: topic.trim(),
          targetGroup: targetGroup.trim(),
          ...(lecturerName.trim() === '' ? {} : { lecturerName: lecturerName.trim() }),
          ...(lecturer === undefined ? {} : { lecturerId: lecturer.id }),
          hours: hoursNumber,
          budgetFen: budgetParse.fen,
        }).finally(() => setSaving(false));
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        {yearProblem === null ? null : (
          <Grid size={12}>
            <Alert severity="error">{yearProblem}</Alert>
          </Grid>
        )}
        <Grid size={3}>
          <TextField
            label="年度"
            value={itemYear}
            onChange={(event) => setItemYear(event.target.value)}
            error={yearProblem !== null}
          />
        </Grid>
        <Grid size={3}>
          <TextField select label="月份" required value={month} onChange={(event) => setMonth(event.target.value)}>
            {MONTHS.map((value) => (
              <MenuItem key={value} value={String(value)}>
                {value} 月
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={6}>
          <Autocomplete
            freeSolo
            options={typeNames}
            inputValue={typeName}
            onInputChange={(_event, value) => {
              setTypeName(value);
              const chosen = types.find((candidate) => candidate.name === value);
              if (chosen !== undefined && item === null) setHours(String(chosen.defaultHours));
            }}
            renderInput={(params) => <TextField {...params} label="形式" required />}
          />
        </Grid>
        <Grid size={12}>
          <TextField label="主题" required value={topic} onChange={(event) => setTopic(event.target.value)} />
        </Grid>
        <Grid size={6}>
          <TextField
            label="对象"
            value={targetGroup}
            onChange={(event) => setTargetGroup(event.target.value)}
            placeholder="如：全体党员、老年党员、流动党员"
          />
        </Grid>
        <Grid size={6}>
          <Autocomplete
            freeSolo
            options={lecturers.map((candidate) => candidate.name)}
            inputValue={lecturerName}
            onInputChange={(_event, value) => setLecturerName(value)}
            renderInput={(params) => <TextField {...params} label="主讲人" />}
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
        <Grid size={6}>
          <TextField
            label="预算（元）"
            value={budget}
            onChange={(event) => setBudget(event.target.value)}
            error={!budgetParse.ok}
            helperText={budgetParse.ok ? undefined : budgetParse.message}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
