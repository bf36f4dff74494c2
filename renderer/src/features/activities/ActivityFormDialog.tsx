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
import { activitySchema } from '../../domain/entities/activity';
import { numberFromText, useSchemaForm } from '../../ui/use-schema-form';
import { useMemo, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { createActivity, updateActivity } from '../../db/repositories/activity-repository';
import type { ActivityInput } from '../../db/repositories/activity-repository';
import type { Activity, ActivityStatus } from '../../domain/entities/activity';
import { activityStatuses, activityStatusLabels } from '../../domain/entities/activity';
import { todayIso } from '../../domain/entities/dates';
import { checkActivity } from '../../domain/rules/activity-checks';
import { selectExpectedAttendees, sortForSheet } from '../../domain/rules/expected-attendees';
import { DEFAULT_EXPECTED_FORM, describeSelection, ExpectedPicker, toSelection } from './ExpectedPicker';
import type { ExpectedForm } from './ExpectedPicker';
import { LecturerPoolField } from './LecturerPoolField';
import { CombinedTypesField } from './CombinedTypesField';
import { PersonField } from './PersonField';
import type { PersonValue } from './PersonField';
import type { ActivityLookups } from './use-activity-lookups';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import { useDiscardGuard } from '../../ui/use-discard-guard';

interface FormState {
  typeId: string;
  combinedTypeIds: string[];
  title: string;
  orgUnitIds: string[];
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  host: PersonValue;
  recorder: PersonValue;
  lecturer: PersonValue;
  lecturerId: string;
  form: string;
  content: string;
  hours: string;
  status: ActivityStatus;
}

function fromActivity(activity: Activity | undefined, lookups: ActivityLookups): FormState {
  const firstType = lookups.types[0];
  if (activity === undefined) {
    return {
      typeId: firstType?.id ?? '',
      combinedTypeIds: [],
      title: '',
      orgUnitIds: [],
      date: todayIso(),
      startTime: '09:00',
      endTime: '11:00',
      place: '',
      host: { name: '' },
      recorder: { name: '' },
      lecturer: { name: '' },
      lecturerId: '',
      form: '',
      content: '',
      hours: String(firstType?.defaultHours ?? 1),
      status: 'planned',
    };
  }
  return {
    typeId: activity.typeId,
    combinedTypeIds: activity.combinedTypeIds ?? [],
    title: activity.title,
    orgUnitIds: activity.orgUnitIds,
    date: activity.date,
    startTime: activity.startTime ?? '',
    endTime: activity.endTime ?? '',
    place: activity.place ?? '',
    host: { name: activity.hostName ?? '', memberId: activity.hostMemberId },
    recorder: { name: activity.recorderName ?? '', memberId: activity.recorderMemberId },
    lecturer: { name: activity.lecturerName ?? '', memberId: activity.lecturerMemberId },
    lecturerId: activity.lecturerId ?? '',
    form: activity.form ?? '',
    content: activity.content ?? '',
    hours: String(activity.hours),
    status: activity.status,
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? {} : ({ [key]: trimmed } as Partial<Record<K, string>>);
}

function combined(state: FormState): string[] {
  return [...new Set(state.combinedTypeIds.filter((id) => id !== state.typeId))];
}

function toInput(state: FormState, base: Activity | undefined): ActivityInput {
  return {
    typeId: state.typeId,
    ...(combined(state).length === 0 ? {} : { combinedTypeIds: combined(state) }),
    title: state.title.trim(),
    orgUnitIds: state.orgUnitIds,
    date: state.date,
    ...optional('startTime', state.startTime),
    ...optional('endTime', state.endTime),
    ...optional('place', state.place),
    ...optional('hostName', state.host.name),
    ...optional('hostMemberId', state.host.memberId),
    ...optional('recorderName', state.recorder.name),
    ...optional('recorderMemberId', state.recorder.memberId),
    ...optional('lecturerName', state.lecturer.name),
    ...optional('lecturerMemberId', state.lecturer.memberId),
    ...optional('lecturerId', state.lecturerId),
    ...optional('form', state.form),
    ...optional('content', state.content),
    hours: Number(state.hours),
    materialFileIds: base?.materialFileIds ?? [],
    status: state.status,
    ...(base?.minutes === undefined ? {} : { minutes: base.minutes }),
    ...(base?.expectedDescription === undefined ? {} : { expectedDescription: base.expectedDescription }),
    ...(base?.sheetSort === undefined ? {} : { sheetSort: base.sheetSort }),
  };
}

/** 新建活动 / 编辑活动. On creation the expected list is chosen and frozen. */
export function ActivityFormDialog({
  open,
  activity,
  lookups,
  onClose,
  onSaved,
}: {
  open: boolean;
  activity?: Activity;
  lookups: ActivityLookups;
  onClose: () => void;
  onSaved: (activity: Activity) => void;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [initial] = useState<FormState>(() => fromActivity(activity, lookups));
  const [state, setState] = useState<FormState>(initial);
  const [expected, setExpected] = useState<ExpectedForm>(DEFAULT_EXPECTED_FORM);
  const [saving, setSaving] = useState(false);
  const creating = activity === undefined;
  const set = (patch: Partial<FormState>) => setState((previous) => ({ ...previous, ...patch }));
  const dirty = JSON.stringify(state) !== JSON.stringify(initial);
  const guard = useDiscardGuard(dirty && !saving, onClose);

  const hours = Number(state.hours);
  const problems = checkActivity(
    {
      date: state.date,
      startTime: state.startTime || undefined,
      endTime: state.endTime || undefined,
      status: state.status,
      hours: Number.isFinite(hours) ? hours : 0,
      orgUnitIds: state.orgUnitIds,
    },
    todayIso(),
  );
  const hoursError = useSchemaForm(activitySchema, { hours: numberFromText(state.hours) }).errors.hours;
  const titleError = state.title.trim() === '' ? '请填写主题' : undefined;

  const expectedPeople = useMemo(() => {
    if (!creating) return [];
    const chosen = selectExpectedAttendees(
      lookups.members,
      toSelection(expected, state.orgUnitIds, lookups, state.date),
    );
    return sortForSheet(chosen, 'group', lookups.unitOrder);
  }, [creating, lookups, expected, state.orgUnitIds, state.date]);

  const canSave =
    !saving &&
    titleError === undefined &&
    hoursError === undefined &&
    Object.keys(problems.errors).length === 0 &&
    (!creating || expectedPeople.length > 0);

  const save = async () => {
    setSaving(true);
    try {
      const input = toInput(state, activity);
      const saved = creating
        ? await createActivity(
            db,
            {
              ...input,
              expectedDescription: describeSelection(expected, state.orgUnitIds, lookups),
              sheetSort: 'group',
            },
            expectedPeople,
          )
        : await updateActivity(db, { ...activity, ...input });
      notify.success(creating ? `活动已创建，应到 ${expectedPeople.length} 人` : '活动已保存');
      onSaved(saved);
    } catch (error) {
      notify.error(error, '保存失败，请重试；已填写的内容仍在表单中。');
    } finally {
      setSaving(false);
    }
  };

  const unitOptions = [
    ...lookups.units.filter((unit) => unit.kind === 'committee'),
    ...lookups.branches.flatMap((branch) => [
      branch,
      ...lookups.groups.filter((group) => group.parentId === branch.id).sort((a, b) => a.order - b.order),
    ]),
  ].filter((unit) => unit.retiredAt === undefined || state.orgUnitIds.includes(unit.id));

  return (
    <Dialog open={open} onClose={guard.close} maxWidth="md" fullWidth>
      {guard.element}
      <DialogTitle>{creating ? '新建活动' : '编辑活动'}</DialogTitle>
      <DialogContent>
        <Grid container spacing={2} sx={{ mt: 0.5 }}>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              select
              label="活动类型"
              value={state.typeId}
              onChange={(event) => {
                const type = lookups.types.find((t) => t.id === event.target.value);
                set({
                  typeId: event.target.value,
                  ...(type === undefined ? {} : { hours: String(type.defaultHours) }),
                });
              }}
            >
              {lookups.types
                .filter((type) => type.retiredAt === undefined || type.id === state.typeId)
                .map((type) => (
                  <MenuItem key={type.id} value={type.id}>
                    {type.name}
                  </MenuItem>
                ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <CombinedTypesField
              types={lookups.types}
              mainTypeId={state.typeId}
              value={state.combinedTypeIds}
              onChange={(ids) => set({ combinedTypeIds: ids })}
            />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <TextField
              label="主题"
              value={state.title}
              onChange={(event) => set({ title: event.target.value })}
              error={titleError !== undefined && state.title !== ''}
              helperText={titleError ?? ' '}
            />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <TextField
              select
              label="组织单位（可多选）"
              value={state.orgUnitIds}
              slotProps={{
                select: {
                  multiple: true,
                  renderValue: (ids) => (ids as string[]).map((id) => lookups.unitName(id)).join('、'),
                },
              }}
              onChange={(event) => set({ orgUnitIds: event.target.value as unknown as string[] })}
              error={problems.errors.orgUnitIds !== undefined}
              helperText={
                problems.errors.orgUnitIds ??
                (lookups.units.length === 0
                  ? '还没有组织架构：请先在“组织架构”中建立支部，或在设置中载入示例数据'
                  : ' ')
              }
            >
              {unitOptions.map((unit) => (
                <MenuItem
                  key={unit.id}
                  value={unit.id}
                  sx={{ pl: unit.kind === 'group' ? 5 : unit.kind === 'branch' ? 3 : 1 }}
                >
                  {unit.name}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DateField
              label="日期"
              value={state.date}
              onChange={(date) => set({ date })}
              error={problems.errors.date !== undefined}
              helperText={problems.errors.date ?? ' '}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TimeField
              label="开始时间"
              value={state.startTime}
              onChange={(startTime) => set({ startTime })}
              error={problems.errors.startTime !== undefined}
              helperText={problems.errors.startTime ?? ' '}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TimeField
              label="结束时间"
              value={state.endTime}
              onChange={(endTime) => set({ endTime })}
              error={problems.errors.endTime !== undefined}
              helperText={problems.errors.endTime ?? ' '}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField label="地点" value={state.place} onChange={(event) => set({ place: event.target.value })} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <PersonField
              label="主持人"
              value={state.host}
              members={lookups.members}
              onChange={(host) => set({ host })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <PersonField
              label="记录人"
              value={state.recorder}
              members={lookups.members}
              onChange={(recorder) => set({ recorder })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <PersonField
              label="主讲人（党员或外请）"
              value={state.lecturer}
              members={lookups.members}
              onChange={(lecturer) => set({ lecturer })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <LecturerPoolField
              value={state.lecturerId}
              onChange={(picked) =>
                set(
                  picked === null
                    ? { lecturerId: '' }
                    : {
                        lecturerId: picked.id,
                        lecturer: { name: picked.name, memberId: picked.memberId },
                      },
                )
              }
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              label="形式"
              placeholder="集中学习、讨论、实践活动…"
              value={state.form}
              onChange={(event) => set({ form: event.target.value })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TextField
              label="学时"
              value={state.hours}
              onChange={(event) => set({ hours: event.target.value })}
              error={hoursError !== undefined}
              helperText={hoursError ?? '按类型默认'}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TextField
              select
              label="状态"
              value={state.status}
              onChange={(event) => set({ status: event.target.value as ActivityStatus })}
            >
              {activityStatuses.map((status) => (
                <MenuItem key={status} value={status}>
                  {activityStatusLabels[status]}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12 }}>
            <TextField
              label="内容 / 议程"
              multiline
              minRows={3}
              value={state.content}
              onChange={(event) => set({ content: event.target.value })}
            />
          </Grid>
          {problems.errors.status === undefined ? null : (
            <Grid size={{ xs: 12 }}>
              <Alert severity="error">{problems.errors.status}</Alert>
            </Grid>
          )}
          {problems.warnings.map((warning) => (
            <Grid key={warning} size={{ xs: 12 }}>
              <Alert severity="warning">{warning}</Alert>
            </Grid>
          ))}
          {creating ? (
            <Grid size={{ xs: 12 }}>
              <ExpectedPicker form={expected} onChange={setExpected} lookups={lookups} count={expectedPeople.length} />
            </Grid>
          ) : null}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={!canSave} onClick={() => void save()}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
