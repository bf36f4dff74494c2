import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import type { MemberYearArchive } from '../../db/repositories/member-archive-repository';
import { studyEntrySourceLabels, studyEntrySources } from '../../domain/entities/study-record';
import { formatHours } from './format-hours';

/** Hours by source against the target, with the rule the target came from. */
export function HoursPanel({ archive }: { archive: MemberYearArchive }) {
  const summary = archive.summary;
  const total = summary?.totalHours ?? 0;
  const target = archive.target.target;
  const percent = target > 0 ? Math.min(100, (total / target) * 100) : 100;
  const sources = [
    { label: '参加组织活动', hours: summary?.attendanceHours ?? 0 },
    ...studyEntrySources.map((source) => ({
      label: studyEntrySourceLabels[source],
      hours: summary?.selfStudyBySource?.[source] ?? 0,
    })),
  ];
  return (
    <Box data-testid="hours-panel">
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        {sources.map((source) => (
          <Box key={source.label}>
            <Typography variant="body2" color="text.secondary">
              {source.label}
            </Typography>
            <Typography variant="h6">{formatHours(source.hours)} 学时</Typography>
          </Box>
        ))}
      </Stack>
      <Typography data-testid="hours-total" sx={{ fontWeight: 600 }}>
        合计 {formatHours(total)} / 目标 {formatHours(target)} 学时
        {total >= target ? '（已达标）' : `（还差 ${formatHours(target - total)} 学时）`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={total >= target ? 'success' : 'primary'}
        sx={{ height: 10, borderRadius: 1, my: 1 }}
        aria-label="学时完成进度"
      />
      <Typography variant="body2" color="text.secondary" data-testid="target-rule">
        目标规则：{archive.target.explanation}
      </Typography>
    </Box>
  );
}
