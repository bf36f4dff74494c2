import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveAttendance } from '../../db/repositories/activity-repository';
import type { AttendanceEdit } from '../../db/repositories/activity-repository';
import type { Activity, Attendance, AttendanceStatus } from '../../domain/entities/activity';
import { attendanceStatusLabels, attendeeCategoryLabels } from '../../domain/entities/activity';
import { todayIso } from '../../domain/entities/dates';
import { ATTENDANCE_KEYS, countAttendance } from '../../domain/rules/attendance-counts';
import { orderAttendanceForSheet } from '../../domain/rules/sign-in-sheet';
import type { ActivityLookups } from './use-activity-lookups';
import { WalkInForm } from './WalkInForm';
import { LeaveGuard } from '../../ui/LeaveGuard';

type Line = AttendanceEdit & { key: string; expected: boolean };

const STATUS_COLORS: Record<AttendanceStatus, 'default' | 'success' | 'warning' | 'info' | 'error'> = {
  unmarked: 'default',
  present: 'success',
  late: 'warning',
  leave: 'info',
  absent: 'error',
};

function toLines(rows: readonly Attendance[]): Line[] {
  return rows.map((row) => ({ ...row, key: row.id, expected: row.expected, reason: row.reason ?? '' }));
}

/** Remount the entry when the stored rows change (after a save), so it shows what was stored. */
export function attendanceVersion(rows: readonly Attendance[]): string {
  return `${String(rows.length)}:${rows.reduce((latest, row) => (row.updatedAt > latest ? row.updatedAt : latest), '')}`;
}

/**
 * Typing attendance back from the paper sheet: the rows in sheet order, one key per row
 * (1 出席, 2 迟到, 3 请假 then the reason, 4 缺席), arrows to move, 全部出席 then the exceptions.
 */
export function AttendanceEntry({
  activity,
  rows,
  lookups,
}: {
  activity: Activity;
  rows: readonly Attendance[];
  lookups: ActivityLookups;
}) {
  const db = useDatabase();
  const notify = useNotify();
  const [lines, setLines] = useState<Line[]>(() => {
    const pinyin = new Map(lookups.members.map((member) => [member.id, member.namePinyin]));
    const pinyinOf = (memberId: string | undefined) => (memberId === undefined ? '' : (pinyin.get(memberId) ?? ''));
    return toLines(orderAttendanceForSheet(rows, activity.sheetSort ?? 'group', pinyinOf, lookups.unitOrder));
  });
  const [current, setCurrent] = useState(0);
  const [editingReason, setEditingReason] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const cancelled = activity.status === 'cancelled';
  const notYet = activity.date > todayIso();
  const locked = cancelled || notYet;

  // Follow the keyboard's row, but not on opening: the activity opens at its top (title, status, buttons).
  const opened = useRef(true);
  useEffect(() => {
    if (opened.current) {
      opened.current = false;
      return;
    }
    rowRefs.current[current]?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const counts = countAttendance(lines);
  const update = (index: number, patch: Partial<Line>) => {
    setDirty(true);
    setLines((previous) => previous.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  };

  const save = async () => {
    setSaving(true);
    try {
      await saveAttendance(
        db,
        activity.id,
        lines.map(({ key: _key, expected: _expected, ...edit }) => edit),
      );
      setDirty(false);
      notify.success(`考勤已保存：应到 ${counts.expected} 人，实到 ${counts.attended} 人，学时已计入`);
    } catch (error) {
      notify.error(error, '考勤保存失败，请重试；录入的内容仍在页面上。');
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (locked || editingReason !== null) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (dirty && !saving) void save();
      return;
    }
    const mapping = ATTENDANCE_KEYS.find((entry) => entry.key === event.key);
    if (mapping !== undefined) {
      event.preventDefault();
      update(current, { status: mapping.status, ...(mapping.status === 'leave' ? {} : { reason: '' }) });
      if (mapping.status === 'leave') setEditingReason(current);
      else setCurrent((index) => Math.min(lines.length - 1, index + 1));
      return;
    }
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setCurrent((index) => Math.max(0, Math.min(lines.length - 1, index + move)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setCurrent(event.key === 'Home' ? 0 : lines.length - 1);
    }
  };

  const memberIds = new Set(lines.flatMap((line) => (line.memberId === undefined ? [] : [line.memberId])));
  return (
    <Stack spacing={2}>
      <LeaveGuard when={dirty} />
      {cancelled ? (
        <Alert severity="warning">
          活动已取消：原有考勤记录保留，但不能再录入。如活动实际举行了，请先把状态改为“已举行”。
        </Alert>
      ) : null}
      {!cancelled && notYet ? <Alert severity="info">活动还未到举行日期，举行后再录入考勤。</Alert> : null}
      <Stack
        direction="row"
        spacing={1}
        sx={{ flexWrap: 'wrap' }}
        useFlexGap
        data-testid="attendance-counts"
        aria-live="polite"
      >
        <Chip label={`应到 ${counts.expected}`} />
        <Chip color="success" label={`实到 ${counts.attended}`} />
        <Chip color="warning" label={`迟到 ${counts.late}`} />
        <Chip color="info" label={`请假 ${counts.leave}`} />
        <Chip color="error" label={`缺席 ${counts.absent}`} />
        <Chip variant="outlined" label={`未登记 ${counts.unmarked}`} />
        <Chip variant="outlined" label={`临时参加 ${counts.walkIns}`} />
      </Stack>
      <Typography variant="body2" color="text.secondary" data-testid="attendance-legend">
        点击名单后用键盘录入：1 出席 · 2 迟到 · 3 请假（随后输入原因，回车确认） · 4 缺席 · 0 清除 · ↑↓
        移动。可先点“全部出席”，再标出例外。
      </Typography>
      <Stack direction="row" spacing={2}>
        <Button
          variant="outlined"
          disabled={locked}
          onClick={() => {
            setDirty(true);
            setLines((previous) =>
              previous.map((line) => (line.status === 'unmarked' ? { ...line, status: 'present' } : line)),
            );
            gridRef.current?.focus();
          }}
        >
          全部出席
        </Button>
        <Button variant="contained" disabled={locked || saving || !dirty} onClick={() => void save()}>
          保存考勤
        </Button>
        {dirty ? (
          <Typography color="warning.main" sx={{ alignSelf: 'center' }}>
            有未保存的修改
          </Typography>
        ) : null}
      </Stack>
      <Box
        ref={gridRef}
        tabIndex={0}
        role="grid"
        aria-label="考勤名单"
        onKeyDown={onKeyDown}
        sx={{
          maxHeight: 560,
          overflow: 'auto',
          border: 1,
          borderColor: 'divider',
          '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main' },
        }}
      >
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>序号</TableCell>
              <TableCell>姓名</TableCell>
              <TableCell>党小组/支部</TableCell>
              <TableCell>考勤</TableCell>
              <TableCell>原因 / 备注</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line, index) => (
              <TableRow
                key={line.key}
                ref={(element) => {
                  rowRefs.current[index] = element;
                }}
                selected={index === current}
                aria-selected={index === current}
                data-testid="attendance-row"
                onClick={() => setCurrent(index)}
              >
                <TableCell>{index + 1}</TableCell>
                <TableCell>
                  {line.memberId === undefined ? (
                    `${line.personName}（${attendeeCategoryLabels[line.personCategory]}）`
                  ) : (
                    <Link component={RouterLink} to={`/activities/member/${line.memberId}`} tabIndex={-1}>
                      {line.personName}
                    </Link>
                  )}
                  {line.expected ? null : <Chip size="small" label="临时参加" sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{lookups.unitLabel(line.branchIdAtTime, line.groupIdAtTime)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={STATUS_COLORS[line.status]}
                    label={attendanceStatusLabels[line.status]}
                    data-testid="attendance-status"
                  />
                </TableCell>
                <TableCell>
                  {editingReason === index ? (
                    <TextField
                      size="small"
                      autoFocus
                      label="请假原因"
                      value={line.reason ?? ''}
                      onChange={(event) => update(index, { reason: event.target.value })}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' || event.key === 'Escape') {
                          event.preventDefault();
                          event.stopPropagation();
                          setEditingReason(null);
                          setCurrent((i) => Math.min(lines.length - 1, i + 1));
                          gridRef.current?.focus();
                        }
                      }}
                    />
                  ) : (
                    (line.reason ?? '')
                  )}
                </TableCell>
                <TableCell>
                  {line.expected || locked ? null : (
                    <Button
                      size="small"
                      tabIndex={-1}
                      onClick={() => {
                        setDirty(true);
                        setLines((previous) => previous.filter((_, i) => i !== index));
                      }}
                    >
                      移除
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {locked ? null : (
        <Box>
          <Typography variant="subtitle1" gutterBottom>
            添加临时参加人员（外支部党员、流动党员、入党积极分子、群众）
          </Typography>
          <WalkInForm
            lookups={lookups}
            excludedMemberIds={memberIds}
            onAdd={(edit) => {
              setDirty(true);
              setLines((previous) => [
                ...previous,
                { ...edit, key: `new-${String(previous.length)}-${edit.personName}`, expected: false },
              ]);
            }}
          />
        </Box>
      )}
    </Stack>
  );
}
