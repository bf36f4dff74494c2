import { Autocomplete, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { AttendeeCategory } from '../../domain/entities/activity';
import { attendeeCategoryLabels } from '../../domain/entities/activity';
import type { Member } from '../../domain/entities/member';
import type { AttendanceEdit } from '../../db/repositories/activity-repository';
import type { ActivityLookups } from './use-activity-lookups';

const NON_MEMBER_CATEGORIES: AttendeeCategory[] = ['activist', 'resident', 'other'];

/** 临时参加人员: a member of another branch (the hours count for them) or a non-member by name. */
export function WalkInForm({
  lookups,
  excludedMemberIds,
  onAdd,
}: {
  lookups: ActivityLookups;
  excludedMemberIds: ReadonlySet<string>;
  onAdd: (edit: AttendanceEdit) => void;
}) {
  const [member, setMember] = useState<Member | null>(null);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<AttendeeCategory>('activist');
  const candidates = lookups.members.filter((m) => !excludedMemberIds.has(m.id) && m.membershipStatus === 'active');
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
      <Autocomplete<Member>
        sx={{ minWidth: 280 }}
        options={candidates}
        value={member}
        onChange={(_event, value) => setMember(value)}
        getOptionLabel={(m) => `${m.name}（${lookups.unitName(m.branchId)}${m.floating ? '，流动党员' : ''}）`}
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
            .slice(0, 30);
        }}
        renderInput={(params) => <TextField {...params} label="外支部党员" />}
      />
      <Button
        variant="outlined"
        disabled={member === null}
        onClick={() => {
          if (member === null) return;
          onAdd({
            memberId: member.id,
            personName: member.name,
            personCategory: 'member',
            branchIdAtTime: member.branchId,
            ...(member.groupId === undefined ? {} : { groupIdAtTime: member.groupId }),
            status: 'present',
          });
          setMember(null);
        }}
      >
        添加党员
      </Button>
      <TextField
        label="非党员姓名"
        value={name}
        onChange={(event) => setName(event.target.value)}
        sx={{ width: 160 }}
      />
      <TextField
        select
        label="身份"
        value={category}
        onChange={(event) => setCategory(event.target.value as AttendeeCategory)}
        sx={{ width: 150 }}
      >
        {NON_MEMBER_CATEGORIES.map((c) => (
          <MenuItem key={c} value={c}>
            {attendeeCategoryLabels[c]}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="outlined"
        disabled={name.trim() === ''}
        onClick={() => {
          onAdd({ personName: name.trim(), personCategory: category, status: 'present' });
          setName('');
        }}
      >
        添加非党员
      </Button>
    </Stack>
  );
}
