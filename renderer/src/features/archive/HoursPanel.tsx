import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import type { MemberYearArchive } from '../../db/repositories/member-archive-repository';
import { studyEntrySourceLabels, studyEntrySources } from '../../domain/entities/study-record';
import { formatHours } from './format-hours';

/** Hours by source against the target, with the rule the target came from. */
export function HoursPanel({ archive }: { archive: MemberYearArchive }) {
  const summary = archive.summary;
  const { split } = archive;
  // 条例 art. 20: 集中 hours meet the target; 自学 too only if the setting says so.
  const counted = split.counted;
  const total = split.total;
  const target = archive.target.target;
  const percent = target > 0 ? Math.min(100, (counted / target) * 100) : 100;
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
      <Typography data-testid="hours-split">
        集中学习培训 {formatHours(split.concentrated)} 学时，自学 {formatHours(split.self)} 学时
        {archive.selfStudyCounts ? '（自学计入年度学时目标）' : '（按设置，自学不计入年度学时目标）'}
      </Typography>
      <Typography data-testid="hours-total" sx={{ fontWeight: 600 }}>
        合计 {formatHours(total)} / 目标 {formatHours(target)} 学时
        {counted >= target
          ? '（已达标）'
          : `（${archive.selfStudyCounts ? '' : '集中学时'}还差 ${formatHours(target - counted)} 学时）`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={counted >= target ? 'success' : 'primary'}
        sx={{ height: 10, borderRadius: 1, my: 1 }}
        aria-label="学时完成进度"
      />
      <Typography variant="body2" color="text.secondary" data-testid="target-rule">
        目标规则：{archive.target.explanation}
      </Typography>
    </Box>
  );
}
