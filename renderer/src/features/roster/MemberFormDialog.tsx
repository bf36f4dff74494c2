import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { todayIso } from '../../domain/entities/dates';
import { educationLevels, memberCategories, occupations, partyStandings } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { checkIdNumber } from '../../domain/rules/id-number';
import { confirmationDueDate } from '../../domain/rules/flexible-date';
import type { DraftField, MemberDraft, MemberFields } from '../../domain/rules/member-draft';
import { validateMemberDraft } from '../../domain/rules/member-draft';
import { DateField } from '../../ui/DateField';
import { useDiscardGuard } from '../../ui/use-discard-guard';

interface FieldSpec {
  key: Exclude<DraftField, 'lostContact' | 'floating' | 'membershipStatus'>;
  label: string;
  width?: number;
  options?: readonly string[];
  date?: boolean;
  placeholder?: string;
  multiline?: boolean;
}

const SECTIONS: { title: string; fields: FieldSpec[]; toggle?: 'lostContact' | 'floating' }[] = [
  {
    title: '基本信息',
    fields: [
      { key: 'name', label: '姓名' },
      { key: 'idNumber', label: '公民身份证号', placeholder: '18 位，末位可为 X' },
      { key: 'gender', label: '性别', options: ['男', '女'] },
      { key: 'birthDate', label: '出生日期', date: true },
      { key: 'ethnicity', label: '民族' },
      { key: 'nativePlace', label: '籍贯' },
      { key: 'education', label: '学历', options: educationLevels },
    ],
  },
  {
    title: '党籍信息',
    fields: [
      { key: 'category', label: '人员类别', options: memberCategories },
      { key: 'branchId', label: '所在党支部' },
      { key: 'groupId', label: '党小组' },
      { key: 'joinDate', label: '加入党组织日期', date: true },
      { key: 'fullMemberDate', label: '转为正式党员日期', date: true },
      { key: 'partyStanding', label: '党籍状态', options: partyStandings },
    ],
  },
  { title: '失联情况', toggle: 'lostContact', fields: [{ key: 'lostContactDate', label: '失去联系日期', date: true }] },
  {
    title: '工作与联系方式',
    fields: [
      { key: 'occupation', label: '工作岗位', options: occupations },
      { key: 'workUnit', label: '工作单位' },
      { key: 'workStartDate', label: '参加工作日期', date: true },
      { key: 'phone', label: '联系电话', placeholder: '手机 11 位或座机 023-12345678' },
      { key: 'address', label: '家庭住址', width: 12 },
    ],
  },
  {
    title: '流动情况',
    toggle: 'floating',
    fields: [
      { key: 'floatingProvince', label: '外出流向（省）' },
      { key: 'floatingCity', label: '外出流向（市）' },
      { key: 'floatingCounty', label: '外出流向（县）' },
      { key: 'floatingSince', label: '外出日期', date: true },
      { key: 'floatingContactPerson', label: '流入地联系人' },
      { key: 'floatingContactPhone', label: '流入地联系电话' },
      { key: 'floatingCertificateNo', label: '流动党员活动证号' },
    ],
  },
  { title: '备注', fields: [{ key: 'note', label: '备注', width: 12, multiline: true }] },
];

const TOGGLE_LABELS = { lostContact: '是否失联党员', floating: '是否流动党员' } as const;

/** Add or edit a member: every field validates as it is typed; an invalid record is not saved and nothing typed is lost. */
/** A draft field as the date field shows it (the draft's list fields never are dates). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function MemberFormDialog({
  title,
  initial,
  units,
  onSave,
  onClose,
}: {
  title: string;
  initial: MemberDraft;
  units: OrgUnit[];
  onSave: (fields: MemberFields) => Promise<boolean>;
  onClose: () => void;
}) {
  const today = todayIso();
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Set<DraftField>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, fields, notes } = validateMemberDraft(draft, today);
  const idCheck = draft.idNumber.trim() === '' ? null : checkIdNumber(draft.idNumber, today);
  const derived = idCheck?.ok === true ? idCheck : null;
  const branches = units.filter(
    (unit) => unit.kind === 'branch' && (unit.retiredAt === undefined || unit.id === draft.branchId),
  );
  const groups = units.filter(
    (unit) =>
      unit.kind === 'group' &&
      unit.parentId === draft.branchId &&
      (unit.retiredAt === undefined || unit.id === draft.groupId),
  );
  const errorCount = Object.keys(errors).length;
  const dirty = (Object.keys(draft) as DraftField[]).some((key) => draft[key] !== initial[key]);
  const guard = useDiscardGuard(dirty && !saving, onClose);

  const set = (key: DraftField, value: string | boolean) => {
    setDraft((previous) => ({ ...previous, [key]: value, ...(key === 'branchId' ? { groupId: '' } : {}) }));
    setTouched((previous) => new Set(previous).add(key));
  };
  const shownError = (key: DraftField) => (showAll || touched.has(key) ? errors[key] : undefined);

  const helper = (spec: FieldSpec): ReactNode => {
    if (spec.key === 'idNumber' && derived !== null) {
      return `出生日期 ${derived.birthDate}，${derived.gender}${derived.upgradedFrom === undefined ? '' : '（已由 15 位升级）'}`;
    }
    if ((spec.key === 'birthDate' || spec.key === 'gender') && derived !== null) return '由身份证号得出';
    if (spec.key === 'fullMemberDate' && draft.category === '预备党员' && draft.joinDate !== '') {
      return `预备期一年，应于 ${confirmationDueDate(draft.joinDate)} 转正`;
    }
    return ' ';
  };

  const optionsOf = (spec: FieldSpec): { value: string; label: string }[] | undefined => {
    if (spec.key === 'branchId') return branches.map((unit) => ({ value: unit.id, label: unit.name }));
    if (spec.key === 'groupId')
      return [{ value: '', label: '（不分党小组）' }, ...groups.map((unit) => ({ value: unit.id, label: unit.name }))];
    return spec.options === undefined
      ? undefined
      : [{ value: '', label: '（未填）' }, ...spec.options.map((value) => ({ value, label: value }))];
  };

  const renderField = (spec: FieldSpec) => {
    const options = optionsOf(spec);
    const derivedValue =
      derived === null
        ? undefined
        : spec.key === 'birthDate'
          ? derived.birthDate
          : spec.key === 'gender'
            ? derived.gender
            : undefined;
    const error = shownError(spec.key);
    const required = spec.key === 'name' || spec.key === 'branchId' || spec.key === 'category';
    return (
      <Grid key={spec.key} size={{ xs: 12, sm: 6, md: spec.width ?? 4 }}>
        {spec.date === true ? (
          <DateField
            label={spec.label}
            name={spec.key}
            required={required}
            value={derivedValue ?? textOf(draft[spec.key])}
            disabled={derivedValue !== undefined}
            maxDate={today}
            onChange={(value) => set(spec.key, value)}
            onBlur={() => setTouched((previous) => new Set(previous).add(spec.key))}
            error={error !== undefined}
            helperText={error ?? helper(spec)}
          />
        ) : (
          <TextField
            label={spec.label}
            name={spec.key}
            required={required}
            value={derivedValue ?? draft[spec.key]}
            disabled={derivedValue !== undefined}
            select={options !== undefined}
            placeholder={spec.placeholder}
            multiline={spec.multiline}
            minRows={spec.multiline === true ? 2 : undefined}
            onChange={(event) => set(spec.key, event.target.value)}
            onBlur={() => setTouched((previous) => new Set(previous).add(spec.key))}
            error={error !== undefined}
            helperText={error ?? helper(spec)}
          >
            {options?.map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Grid>
    );
  };

  const submit = async () => {
    if (fields === undefined) {
      setShowAll(true);
      return;
    }
    setSaving(true);
    try {
      if (await onSave(fields)) onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open fullWidth maxWidth="lg" onClose={guard.close}>
      {guard.element}
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>
        {showAll && errorCount > 0 && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            还有 {errorCount} 处需要修改，未保存：{Object.values(errors).join('；')}
          </Alert>
        )}
        {notes.map((note) => (
          <Alert key={note} severity="info" sx={{ mb: 2 }}>
            {note}
          </Alert>
        ))}
        {branches.length === 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            还没有党支部：请先到“组织架构”建立党支部。
          </Alert>
        )}
        {SECTIONS.map((section) => (
          <section key={section.title}>
            <Typography variant="subtitle1" component="h3" sx={{ mt: 1, mb: 1, fontWeight: 600 }}>
              {section.title}
            </Typography>
            {section.toggle !== undefined && (
              <FormControlLabel
                control={
                  <Switch
                    checked={draft[section.toggle]}
                    onChange={(event) => set(section.toggle ?? 'floating', event.target.checked)}
                    slotProps={{ input: { 'aria-label': TOGGLE_LABELS[section.toggle] } }}
                  />
                }
                label={TOGGLE_LABELS[section.toggle]}
              />
            )}
            {(section.toggle === undefined || draft[section.toggle]) && (
              <Grid container spacing={2} sx={{ mb: 1 }}>
                {section.fields.map(renderField)}
              </Grid>
            )}
          </section>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.close}>取消</Button>
        <Button variant="contained" disabled={saving} onClick={() => void submit()}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
