import { Button, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { getActivity } from '../../db/repositories/activity-reads';
import { PrintButtons } from '../../ui/PrintButtons';
import { useDisplayPreferences } from '../../app/use-display-preferences';
import { getActivityAttendance, setSheetSort } from '../../db/repositories/activity-repository';
import { sheetSortLabels, sheetSorts } from '../../domain/rules/expected-attendees';
import type { SheetSort } from '../../domain/rules/expected-attendees';
import { orderAttendanceForSheet, paginateSheet } from '../../domain/rules/sign-in-sheet';
import { SignInSheetPages } from './SignInSheetPages';
import { useActivityLookups } from './use-activity-lookups';

/** 签到表: an A4 preview paginated exactly as printed, then 打印 or 另存为 PDF. */
export default function SignInSheetPage() {
  const { id = '' } = useParams();
  const db = useDatabase();
  const lookups = useActivityLookups();
  const [display] = useDisplayPreferences();
  const activity = useLiveQuery(async () => (await getActivity(db, id)) ?? null, [db, id]);
  const rows = useLiveQuery(() => getActivityAttendance(db, id), [db, id]);
  const [largeType, setLargeType] = useState<boolean | null>(null);
  const [blankText, setBlankText] = useState('5');
  const large = largeType ?? display.largeType;
  const blankRows = Math.max(0, Math.min(200, Math.floor(Number(blankText) || 0)));
  const sort: SheetSort = activity?.sheetSort ?? 'group';

  const pages = useMemo(() => {
    if (rows === undefined || lookups === undefined) return [];
    const pinyin = new Map(lookups.members.map((member) => [member.id, member.namePinyin]));
    const ordered = orderAttendanceForSheet(
      rows.filter((row) => row.expected),
      sort,
      (memberId) => (memberId === undefined ? '' : (pinyin.get(memberId) ?? '')),
      lookups.unitOrder,
    );
    const people = ordered.map((row) => ({
      name: row.personName,
      unit:
        row.groupIdAtTime === undefined ? lookups.unitName(row.branchIdAtTime) : lookups.unitName(row.groupIdAtTime),
    }));
    return paginateSheet(people, { blankRows, largeType: large });
  }, [rows, lookups, sort, blankRows, large]);

  if (activity === null) return <Typography>活动不存在或已删除。</Typography>;
  if (activity === undefined || rows === undefined || lookups === undefined) return null;
  const expectedCount = rows.filter((row) => row.expected).length;
  const header = {
    title: activity.title,
    typeName: lookups.typeName(activity.typeId),
    time: `${activity.date} ${[activity.startTime, activity.endTime].filter(Boolean).join('—')}`,
    place: activity.place ?? '',
    host: activity.hostName ?? '',
    recorder: activity.recorderName ?? '',
    expectedCount,
  };
  return (
    <Stack spacing={2}>
      <Stack
        className="no-print"
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        useFlexGap
      >
        <Typography variant="h5" component="h1">
          签到表
        </Typography>
        <FormControlLabel
          control={<Switch checked={large} onChange={(event) => setLargeType(event.target.checked)} />}
          label="大字"
        />
        <TextField
          label="空白行数"
          value={blankText}
          onChange={(event) => setBlankText(event.target.value)}
          size="small"
          sx={{ width: 110 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          helperText="供临时参加人员签到"
        />
        <TextField
          select
          size="small"
          label="排序"
          value={sort}
          onChange={(event) => void setSheetSort(db, activity.id, event.target.value as SheetSort)}
          sx={{ width: 200 }}
        >
          {sheetSorts.map((s) => (
            <MenuItem key={s} value={s}>
              {sheetSortLabels[s]}
            </MenuItem>
          ))}
        </TextField>
        <Typography color="text.secondary">
          应到 {expectedCount} 人，共 {pages.length} 页
        </Typography>
        <PrintButtons pdfName={`${activity.title}-签到表.pdf`} />
        <Button component={RouterLink} to={`/activities/${activity.id}`}>
          返回活动
        </Button>
      </Stack>
      <SignInSheetPages pages={pages} header={header} largeType={large} />
    </Stack>
  );
}
