import {
  Autocomplete,
  Checkbox,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { Member } from '../../domain/entities/member';
import type { ExpectedSelection } from '../../domain/rules/expected-attendees';
import type { ActivityLookups } from './use-activity-lookups';

export type ExpectedMode = 'organisers' | 'all' | 'individuals';

export interface ExpectedForm {
  mode: ExpectedMode;
  onlyProbationary: boolean;
  includeFloating: boolean;
  individualIds: string[];
}

export const DEFAULT_EXPECTED_FORM: ExpectedForm = {
  mode: 'organisers',
  onlyProbationary: false,
  includeFloating: true,
  individualIds: [],
};

/** Turns the picker's choices and the organising units into the pure selection rule. */
export function toSelection(
  form: ExpectedForm,
  orgUnitIds: readonly string[],
  lookups: ActivityLookups,
  date: string,
): ExpectedSelection {
  const kinds = new Map(lookups.units.map((unit) => [unit.id, unit.kind]));
  const chosen = orgUnitIds.map((id) => kinds.get(id));
  const scope: ExpectedSelection['scope'] =
    form.mode === 'individuals'
      ? { kind: 'none' }
      : form.mode === 'all' || chosen.includes('committee')
        ? { kind: 'all' }
        : chosen.every((kind) => kind === 'group')
          ? { kind: 'groups', orgUnitIds: [...orgUnitIds] }
          : { kind: 'branches', orgUnitIds: orgUnitIds.filter((id) => kinds.get(id) === 'branch') };
  return {
    scope,
    ...(form.onlyProbationary ? { categories: ['预备党员'] } : {}),
    includeFloating: form.includeFloating,
    individualIds: form.individualIds,
    onDate: date,
  };
}

export function describeSelection(form: ExpectedForm, orgUnitIds: readonly string[], lookups: ActivityLookups): string {
  const base =
    form.mode === 'individuals'
      ? '逐个选定的党员'
      : form.mode === 'all'
        ? '全体党员'
        : `${orgUnitIds.map((id) => lookups.unitName(id)).join('、')}全体党员`;
  const parts = [form.onlyProbationary ? base.replace('全体党员', '预备党员') : base];
  if (!form.includeFloating) parts.push('不含流动党员');
  if (form.mode !== 'individuals' && form.individualIds.length > 0) parts.push(`另加 ${form.individualIds.length} 人`);
  return parts.join('，');
}

export function ExpectedPicker({
  form,
  onChange,
  lookups,
  count,
}: {
  form: ExpectedForm;
  onChange: (form: ExpectedForm) => void;
  lookups: ActivityLookups;
  count: number;
}) {
  const selected = lookups.members.filter((member) => form.individualIds.includes(member.id));
  return (
    <Stack spacing={1}>
      <FormLabel id="expected-mode">应到人员（保存后名单即固定，之后党员调动不影响本次记录）</FormLabel>
      <RadioGroup
        row
        aria-labelledby="expected-mode"
        value={form.mode}
        onChange={(event) => onChange({ ...form, mode: event.target.value as ExpectedMode })}
      >
        <FormControlLabel value="organisers" control={<Radio />} label="组织单位的全体党员" />
        <FormControlLabel value="all" control={<Radio />} label="全体党员" />
        <FormControlLabel value="individuals" control={<Radio />} label="只要逐个选定的党员" />
      </RadioGroup>
      <Stack direction="row" spacing={2}>
        <FormControlLabel
          control={
            <Checkbox
              checked={form.onlyProbationary}
              onChange={(event) => onChange({ ...form, onlyProbationary: event.target.checked })}
            />
          }
          label="只含预备党员"
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={form.includeFloating}
              onChange={(event) => onChange({ ...form, includeFloating: event.target.checked })}
            />
          }
          label="含流动党员"
        />
      </Stack>
      <Autocomplete<Member, true>
        multiple
        options={lookups.members}
        value={selected}
        getOptionLabel={(member) => `${member.name}（${lookups.unitName(member.branchId)}）`}
        filterOptions={(options, state) => {
          const query = state.inputValue.trim().toLowerCase();
          return options
            .filter(
              (m) =>
                query === '' ||
                m.name.includes(query) ||
                m.namePinyin.startsWith(query) ||
                m.nameInitials.startsWith(query),
            )
            .slice(0, 50);
        }}
        onChange={(_event, members) => onChange({ ...form, individualIds: members.map((member) => member.id) })}
        renderInput={(params) => <TextField {...params} label="另外添加党员（可输入姓名或拼音首字母）" />}
      />
      <Typography data-testid="expected-count" color={count === 0 ? 'error' : 'text.primary'}>
        应到 {count} 人{count === 0 ? '：名单为空，请选择组织单位或添加党员' : ''}
      </Typography>
    </Stack>
  );
}
