import Add from '@mui/icons-material/PersonAddAlt1Outlined';
import { Box, Button, InputAdornment, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import SearchIcon from '@mui/icons-material/Search';
import { useLiveQuery } from '../../ui/use-live-query';
import { memo, useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { loadRoster } from '../../db/repositories/member-reads';
import { createMember } from '../../db/repositories/member-repository';
import { listOrgUnits } from '../../db/repositories/organisation-repository';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import { emptyDraft } from '../../domain/rules/member-draft';
import { maskIdNumber } from '../../domain/rules/masking';
import { compareUnitNames } from '../../domain/rules/unit-names';
import { buildMemberSearchIndex, searchMembers } from '../../domain/rules/member-search';
import type { RosterFilter } from '../../domain/rules/roster-filter';
import { EMPTY_FILTER, matchesRosterFilter } from '../../domain/rules/roster-filter';
import { ColumnChooser } from './ColumnChooser';
import { MemberFormDialog } from './MemberFormDialog';
import { RecycleBin } from '../../ui/RecycleBin';
import { RosterFilters } from './RosterFilters';
import { RosterPrintTable } from './RosterPrintTable';
import { PrintPageButton } from '../../ui/PrintPageButton';
import { usePrintMode } from '../../ui/use-print-mode';
import { RosterTable } from './RosterTable';
import type { SortState } from './RosterTable';
import { columnWidths, ROSTER_COLUMNS } from './roster-columns';
import type { ColumnContext } from './roster-columns';
import { RosterTransfer } from './RosterTransfer';
import { useColumnChoice } from './use-column-choice';

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

const RosterTabs = memo(function RosterTabs({
  tab,
  onChange,
  liveCount,
  deletedCount,
}: {
  tab: 'roster' | 'bin';
  onChange: (tab: 'roster' | 'bin') => void;
  liveCount: number;
  deletedCount: number;
}) {
  return (
    <Tabs value={tab} onChange={(_event, value: 'roster' | 'bin') => onChange(value)}>
      <Tab value="roster" label={`名册（${liveCount}）`} />
      <Tab value="bin" label={`回收站（${deletedCount}）`} />
    </Tabs>
  );
});

/** 党员名册: find anyone at once by name, pinyin, initials, phone or ID fragment; filter, sort, export. */
export default function RosterPage() {
  const db = useDatabase();
  const notify = useNotify();
  const navigate = useNavigate();
  const roster = useLiveQuery(() => loadRoster(db), [db]);
  const units = useLiveQuery(() => listOrgUnits(db), [db]);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<RosterFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<SortState>({ key: 'branch', direction: 'asc' });
  const [columnKeys, setColumnKeys] = useColumnChoice();
  const [adding, setAdding] = useState(false);
  const [tab, setTab] = useState<'roster' | 'bin'>('roster');
  const { printing, print } = usePrintMode();
  const today = todayIso();

  const live = useMemo(() => roster?.live ?? [], [roster]);
  const index = useMemo(() => buildMemberSearchIndex(live), [live]);
  const context = useMemo<ColumnContext>(() => {
    const names = new Map((units ?? []).map((unit) => [unit.id, unit.name]));
    return { unitName: (id) => (id === undefined ? '' : (names.get(id) ?? '')), today };
  }, [units, today]);
  const columns = useMemo(() => ROSTER_COLUMNS.filter((column) => columnKeys.includes(column.key)), [columnKeys]);
  // Body text is 1rem scaled by MUI's typography.fontSize / 14 (CssBaseline): the size the cells are drawn at.
  const fontSize = (useTheme().typography.fontSize * 16) / 14;
  // Measured over everyone on the books, not the search's hits: columns keep their width while typing.
  const widths = useMemo(() => columnWidths(columns, live, context, fontSize), [columns, live, context, fontSize]);

  // Sorting (pinyin collation) runs when the data or the order changes, not on every keystroke.
  const sorted = useMemo(() => {
    const column = ROSTER_COLUMNS.find((one) => one.key === sort.key) ?? ROSTER_COLUMNS[0];
    if (column === undefined) return live;
    const sign = sort.direction === 'asc' ? 1 : -1;
    // 支部 and 党小组 sort as counted (第一, 第二 … 第十), a group within its branch.
    const byUnit = column.key === 'branch' || column.key === 'group';
    const keyed = live.map((member) => ({
      member,
      key: byUnit
        ? `${context.unitName(member.branchId)} ${context.unitName(member.groupId)}`
        : column.value(member, context),
    }));
    const compare = byUnit ? compareUnitNames : collator.compare;
    keyed.sort((a, b) => sign * compare(a.key, b.key) || collator.compare(a.member.name, b.member.name));
    return keyed.map((entry) => entry.member);
  }, [live, sort, context]);

  // The filters change seldom; a keystroke only narrows this list by the search's hits.
  const filtered = useMemo(
    () =>
      Object.values(filter).every((value) => value === '')
        ? sorted
        : sorted.filter((member) => matchesRosterFilter(member, filter, today)),
    [sorted, filter, today],
  );
  // Searching and narrowing 10,000 members takes about a millisecond and the rows are memoised, so the
  // list follows each keystroke in the same render rather than a deferred one.
  const shown = useMemo(() => {
    const found = searchMembers(index, query);
    return found === null ? filtered : filtered.filter((member) => found.has(member.id));
  }, [index, query, filtered]);

  const onSort = useCallback(
    (key: string) =>
      setSort((previous) => ({
        key,
        direction: previous.key === key && previous.direction === 'asc' ? 'desc' : 'asc',
      })),
    [],
  );
  const onOpen = useCallback((member: Member) => void navigate(`/members/${member.id}`), [navigate]);

  if (roster === undefined || units === undefined) return null;
  const deletedCount = roster.deleted.length;

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ mr: 'auto' }}>
          党员名册
        </Typography>
        <Stack direction="row" className="no-print" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
            新增党员
          </Button>
          <RosterTransfer members={roster.all} live={roster.live} units={units} shown={shown} />
          {tab === 'roster' ? <PrintPageButton print={print} /> : null}
        </Stack>
      </Stack>
      <Box className="no-print">
        <RosterTabs tab={tab} onChange={setTab} liveCount={live.length} deletedCount={deletedCount} />
      </Box>
      {tab === 'bin' ? (
        <RecycleBin
          only="members"
          purge={false}
          detail={(row) => {
            const member = row as unknown as Member;
            return `${context.unitName(member.branchId)} · ${maskIdNumber(member.idNumber)} · 删除于 ${row.deletedAt.slice(0, 10)}`;
          }}
          restoredMessage={(rows) => `已恢复 ${rows.map((row) => String(row['name'])).join('、')}`}
        />
      ) : (
        <>
          <Stack direction="row" className="no-print" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              label="搜索"
              placeholder="姓名、拼音或首字母（如 zs）、电话、身份证号片段"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              sx={{ minWidth: 420 }}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon />
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Typography data-testid="roster-count" sx={{ mr: 'auto' }}>
              共 {shown.length} 人
            </Typography>
            <ColumnChooser visible={columnKeys} onChange={setColumnKeys} />
          </Stack>
          <Box className="no-print">
            <RosterFilters filter={filter} units={units} onChange={setFilter} />
          </Box>
          <Box className="no-print">
            <RosterTable
              members={shown}
              columns={columns}
              widths={widths}
              context={context}
              sort={sort}
              onSort={onSort}
              onOpen={onOpen}
            />
          </Box>
          {printing ? <RosterPrintTable members={shown} columns={columns} context={context} /> : null}
        </>
      )}
      {adding && (
        <MemberFormDialog
          title="新增党员"
          initial={{ ...emptyDraft(), branchId: filter.branchId, groupId: filter.groupId }}
          units={units}
          onClose={() => setAdding(false)}
          onSave={async (fields) => {
            try {
              const member = await createMember(db, fields);
              notify.success(`已登记 ${member.name}`);
              return true;
            } catch (error) {
              notify.error(error, '保存失败，已填写的内容仍在表单中。');
              return false;
            }
          }}
        />
      )}
    </Stack>
  );
}
