import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDatabase } from '../../app/database-context';
import { activitiesBetween, listAllActivityTypes } from '../../db/repositories/activity-reads';
import { addMonths, chineseDate, daysInMonth, isoOf, parts } from '../../domain/rules/calendar';

/** This month's and next month's planned activities (indexed by date, so cheap at any size). */
export function UpcomingActivities({ today }: { today: string }) {
  const db = useDatabase();
  const { year, month } = parts(today);
  const next = parts(addMonths(isoOf(year, month, 1), 1));
  const from = isoOf(year, month, 1);
  const to = isoOf(next.year, next.month, daysInMonth(next.year, next.month));
  const data = useLiveQuery(async () => {
    const [activities, types] = await Promise.all([activitiesBetween(db, from, to), listAllActivityTypes(db)]);
    const typeName = new Map(types.map((t) => [t.id, t.name]));
    return activities
      .filter((a) => a.status === 'planned')
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((a) => ({ ...a, typeName: typeName.get(a.typeId) ?? '' }));
  }, [db, from, to]);
  const groups = [
    { title: `本月（${month}月）`, rows: data?.filter((a) => a.date.slice(5, 7) === from.slice(5, 7)) ?? [] },
    { title: `下月（${next.month}月）`, rows: data?.filter((a) => a.date.slice(5, 7) !== from.slice(5, 7)) ?? [] },
  ];
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          计划中的活动
        </Typography>
        {groups.map((group) => (
          <div key={group.title} data-testid="upcoming-group">
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {group.title}
            </Typography>
            {group.rows.length === 0 ? (
              <Typography color="text.secondary" sx={{ mb: 1 }}>
                暂无计划
              </Typography>
            ) : (
              <List dense>
                {group.rows.map((a) => (
                  <ListItem key={a.id} disableGutters>
                    <ListItemText
                      primary={`${chineseDate(a.date, year)}${a.startTime === undefined ? '' : ` ${a.startTime}`}  ${a.title}`}
                      secondary={[a.typeName, a.place].filter(Boolean).join(' · ')}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
