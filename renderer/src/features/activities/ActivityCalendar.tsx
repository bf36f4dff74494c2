import { Box, Chip, IconButton, Stack, Typography } from '@mui/material';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useNavigate } from 'react-router-dom';
import type { Activity } from '../../domain/entities/activity';
import { addMonths, daysInMonth, weekday } from '../../domain/rules/date-math';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** A month at a glance: each day lists its activities (cancelled ones struck through). */
export function ActivityCalendar({
  month,
  onMonthChange,
  activities,
  typeName,
}: {
  /** 'YYYY-MM' */
  month: string;
  onMonthChange: (month: string) => void;
  activities: readonly Activity[];
  typeName: (id: string) => string;
}) {
  const navigate = useNavigate();
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const first = `${month}-01`;
  const lead = (weekday(first) + 6) % 7;
  const days = daysInMonth(year, m);
  const cells: (number | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const byDay = new Map<number, Activity[]>();
  for (const activity of activities) {
    if (!activity.date.startsWith(month)) continue;
    const day = Number(activity.date.slice(8, 10));
    byDay.set(day, [...(byDay.get(day) ?? []), activity]);
  }
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <IconButton aria-label="上个月" onClick={() => onMonthChange(addMonths(first, -1).slice(0, 7))}>
          <ChevronLeft />
        </IconButton>
        <Typography variant="h6" component="h2">
          {year}年{m}月
        </Typography>
        <IconButton aria-label="下个月" onClick={() => onMonthChange(addMonths(first, 1).slice(0, 7))}>
          <ChevronRight />
        </IconButton>
      </Stack>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', border: 1, borderColor: 'divider' }}
        role="grid"
        aria-label="活动日历"
      >
        {WEEKDAYS.map((day) => (
          <Box
            key={day}
            sx={{ p: 0.5, textAlign: 'center', bgcolor: 'action.hover', fontWeight: 600 }}
            role="columnheader"
          >
            周{day}
          </Box>
        ))}
        {cells.map((day, index) => (
          <Box
            key={index}
            sx={{ minHeight: 96, p: 0.5, borderTop: 1, borderLeft: index % 7 === 0 ? 0 : 1, borderColor: 'divider' }}
            role="gridcell"
          >
            {day === null ? null : (
              <>
                <Typography variant="caption">{day}</Typography>
                <Stack spacing={0.5}>
                  {(byDay.get(day) ?? []).map((activity) => (
                    <Chip
                      key={activity.id}
                      size="small"
                      label={`${typeName(activity.typeId)} ${activity.title}`}
                      color={activity.status === 'held' ? 'primary' : 'default'}
                      variant={activity.status === 'planned' ? 'outlined' : 'filled'}
                      sx={{
                        justifyContent: 'flex-start',
                        textDecoration: activity.status === 'cancelled' ? 'line-through' : 'none',
                      }}
                      onClick={() => void navigate(`/activities/${activity.id}`)}
                    />
                  ))}
                </Stack>
              </>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
