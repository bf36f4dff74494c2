import { memo } from 'react';
import { Button, Stack } from '@mui/material';
import { FilterSelect } from '../../ui/FilterSelect';
import { educationLevels, memberCategories, occupations } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import type { RosterFilter } from '../../domain/rules/roster-filter';
import { ageBands, EMPTY_FILTER, statusFilters } from '../../domain/rules/roster-filter';

interface FilterSpec {
  key: keyof RosterFilter;
  label: string;
  options: { value: string; label: string }[];
}

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** Memoised: the roster page re-renders on every keystroke of the search. */
export const RosterFilters = memo(function RosterFilters({
  filter,
  units,
  onChange,
}: {
  filter: RosterFilter;
  units: OrgUnit[];
  onChange: (filter: RosterFilter) => void;
}) {
  const specs: FilterSpec[] = [
    {
      key: 'branchId',
      label: '党支部',
      options: units.filter((unit) => unit.kind === 'branch').map((unit) => ({ value: unit.id, label: unit.name })),
    },
    {
      key: 'groupId',
      label: '党小组',
      options: units
        .filter((unit) => unit.kind === 'group' && (filter.branchId === '' || unit.parentId === filter.branchId))
        .map((unit) => ({ value: unit.id, label: unit.name })),
    },
    { key: 'category', label: '人员类别', options: plain(memberCategories) },
    { key: 'status', label: '状态', options: statusFilters.map((one) => ({ value: one.key, label: one.label })) },
    { key: 'education', label: '学历', options: plain(educationLevels) },
    { key: 'occupation', label: '工作岗位', options: plain(occupations) },
    { key: 'ageBand', label: '年龄段', options: ageBands.map((band) => ({ value: band.key, label: band.label })) },
    {
      key: 'floating',
      label: '流动党员',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
    },
    { key: 'toVerify', label: '待核实', options: [{ value: 'yes', label: '待核实' }] },
  ];
  const active = Object.values(filter).some((value) => value !== '');
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }} aria-label="筛选">
      {specs.map((spec) => (
        <FilterSelect
          key={spec.key}
          size="small"
          label={spec.label}
          value={filter[spec.key]}
          options={spec.options}
          onChange={(value) =>
            onChange({ ...filter, [spec.key]: value, ...(spec.key === 'branchId' ? { groupId: '' } : {}) })
          }
          minWidth={130}
        />
      ))}
      {active && <Button onClick={() => onChange(EMPTY_FILTER)}>清除筛选</Button>}
    </Stack>
  );
});
