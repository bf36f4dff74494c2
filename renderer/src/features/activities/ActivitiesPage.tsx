import {
  Button,
  Card,
  CardContent,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { listActivities } from '../../db/repositories/activity-reads';
import { FilterSelect } from '../../ui/FilterSelect';
import { ListPrintExport } from '../../ui/ListPrintExport';
import type { Activity, ActivityStatus } from '../../domain/entities/activity';
import { activityStatuses, activityStatusLabels } from '../../domain/entities/activity';
import { todayIso } from '../../domain/entities/dates';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityFormDialog } from './ActivityFormDialog';
import { useActivityLookups } from './use-activity-lookups';
import { MonthField } from '../../ui/MonthField';
import { usePrintMode } from '../../ui/use-print-mode';

const PAGE_SIZES = [50, 100, 300];

export const statusColor = { planned: 'info', held: 'success', cancelled: 'default' } as const;

/** 活动: the 三会一课 ledger, as a filtered list or a month calendar. */
export default function ActivitiesPage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const lookups = useActivityLookups();
  const [unitId, setUnitId] = useState('');
  const [typeId, setTypeId] = useState('');
  const [month, setMonth] = useState('');
  const [status, setStatus] = useState<ActivityStatus | ''>('');
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [calendarMonth, setCalendarMonth] = useState(todayIso().slice(0, 7));
  const [creating, setCreating] = useState(false);
  const [pageIndex, setPageIndex] = useState(0);
  const [pageSize, setPageSize] = useState(100);
  // Paper holds the whole filtered list, not the page of 100 on screen.
  const { printing, print } = usePrintMode();
  const shownMonth = view === 'calendar' ? calendarMonth : month;

  const activities = useLiveQuery(
    () => listActivities(db, { month: shownMonth, unitId, typeId, status }),
    [db, shownMonth, unitId, typeId, status],
  );

  if (lookups === undefined || activities === undefined) return null;
  // A filter that leaves fewer pages brings the list back to a page that exists.
  const lastPage = Math.max(0, Math.ceil(activities.length / pageSize) - 1);
  const currentPage = Math.min(pageIndex, lastPage);
  const shown = printing ? activities : activities.slice(currentPage * pageSize, (currentPage + 1) * pageSize);
  const units = (activity: Activity) => activity.orgUnitIds.map((id) => lookups.unitName(id)).join('、');
  const sheet = () => ({
    name: '活动列表',
    title: '活动列表',
    columns: ['日期', '类型', '主题', '组织单位', '学时', '状态'],
    rows: activities.map((activity) => [
      activity.date,
      lookups.typeName(activity.typeId),
      activity.title,
      units(activity),
      activity.hours,
      activityStatusLabels[activity.status],
    ]),
  });
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h5" component="h1">
          活动
        </Typography>
        <Stack direction="row" spacing={1}>
          {view === 'list' ? <ListPrintExport fileName="活动列表.xlsx" sheet={sheet} print={print} /> : null}
          <Button variant="contained" className="no-print" onClick={() => setCreating(true)}>
            新建活动
          </Button>
        </Stack>
      </Stack>
      <Card variant="outlined" className="no-print">
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
            <FilterSelect
              label="组织单位"
              value={unitId}
              onChange={setUnitId}
              minWidth={180}
              options={lookups.units.map((unit) => ({
                value: unit.id,
                label: unit.kind === 'group' ? `${lookups.unitName(unit.parentId)} ${unit.name}` : unit.name,
              }))}
            />
            <FilterSelect
              label="类型"
              value={typeId}
              onChange={setTypeId}
              minWidth={160}
              options={lookups.types.map((type) => ({ value: type.id, label: type.name }))}
            />
            {view === 'list' ? <MonthField label="月份" value={month} onChange={setMonth} sx={{ width: 180 }} /> : null}
            <FilterSelect
              label="状态"
              value={status}
              onChange={setStatus}
              minWidth={120}
              options={activityStatuses.map((one) => ({ value: one, label: activityStatusLabels[one] }))}
            />
            <ToggleButtonGroup
              exclusive
              value={view}
              onChange={(_event, value: 'list' | 'calendar' | null) => value !== null && setView(value)}
              size="small"
            >
              <ToggleButton value="list">列表</ToggleButton>
              <ToggleButton value="calendar">日历</ToggleButton>
            </ToggleButtonGroup>
          </Stack>
        </CardContent>
      </Card>
      {view === 'calendar' ? (
        <ActivityCalendar
          month={calendarMonth}
          onMonthChange={setCalendarMonth}
          activities={activities}
          typeName={lookups.typeName}
        />
      ) : activities.length === 0 ? (
        <Typography color="text.secondary">没有符合条件的活动。点“新建活动”登记一次三会一课或学习活动。</Typography>
      ) : (
        <Table size="small" aria-label="活动列表">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>类型</TableCell>
              <TableCell>主题</TableCell>
              <TableCell>组织单位</TableCell>
              <TableCell>学时</TableCell>
              <TableCell>状态</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((activity) => (
              <TableRow key={activity.id} hover>
                <TableCell>{activity.date}</TableCell>
                <TableCell>
                  {[activity.typeId, ...(activity.combinedTypeIds ?? [])].map((id) => lookups.typeName(id)).join(' + ')}
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/activities/${activity.id}`}>
                    {activity.title}
                  </Link>
                </TableCell>
                <TableCell>{units(activity)}</TableCell>
                <TableCell>{activity.hours}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={activityStatusLabels[activity.status]}
                    color={statusColor[activity.status]}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {view === 'list' && activities.length > (PAGE_SIZES[0] ?? 50) ? (
        <TablePagination
          component="div"
          className="no-print"
          count={activities.length}
          page={currentPage}
          onPageChange={(_event, next) => setPageIndex(next)}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onRowsPerPageChange={(event) => {
            setPageSize(Number(event.target.value));
            setPageIndex(0);
          }}
          labelRowsPerPage="每页"
          labelDisplayedRows={({ from, to, count }) => `第 ${from}–${to} 次，共 ${count} 次`}
        />
      ) : null}
      {creating ? (
        <ActivityFormDialog
          open
          lookups={lookups}
          onClose={() => setCreating(false)}
          onSaved={(activity) => {
            setCreating(false);
            void navigate(`/activities/${activity.id}`);
          }}
        />
      ) : null}
    </Stack>
  );
}
