import {
  Button,
  Card,
  CardContent,
  Checkbox,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { activityTypeSchema } from '../../domain/entities/activity';
import { numberFromText, useSchemaForm } from '../../ui/use-schema-form';
import { useLiveQuery } from '../../ui/use-live-query';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { nextActivityTypeOrder } from '../../db/repositories/activity-reads';
import { useNotify } from '../../app/notifications';
import {
  ensureDefaultActivityTypes,
  listActivityTypes,
  saveActivityType,
} from '../../db/repositories/activity-repository';
import { createRecord } from '../../db/records';
import type { ActivityType, FrequencyPeriod } from '../../domain/entities/activity';
import { frequencyPeriods } from '../../domain/entities/activity';
import { todayIso } from '../../domain/entities/dates';
import { LeaveGuard } from '../../ui/LeaveGuard';

const PERIOD_LABELS: Record<FrequencyPeriod, string> = {
  month: '每月',
  quarter: '每季度',
  year: '每年',
  none: '不要求',
};
const LEVEL_LABELS = { branch: '每个支部', group: '每个党小组', committee: '党委' } as const;

function HoursField({ type, onSave }: { type: ActivityType; onSave: (hours: number) => void }) {
  const [text, setText] = useState(String(type.defaultHours));
  const value = numberFromText(text);
  const invalid = !useSchemaForm(activityTypeSchema, { defaultHours: value }).valid;
  return (
    <TextField
      size="small"
      value={text}
      sx={{ width: 80 }}
      error={invalid}
      slotProps={{ htmlInput: { 'aria-label': `${type.name}默认学时`, inputMode: 'decimal' } }}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => {
        if (!invalid && value !== type.defaultHours) onSave(value);
      }}
    />
  );
}

/** 活动类型: default 学时, required frequency (used by the compliance checks) and 组织生活 flag. */
export function ActivityTypesCard() {
  const db = useDatabase();
  const notify = useNotify();
  const types = useLiveQuery(() => listActivityTypes(db), [db]);
  const nextOrder = useLiveQuery(() => nextActivityTypeOrder(db), [db]);
  const [name, setName] = useState('');
  useEffect(() => {
    void ensureDefaultActivityTypes(db);
  }, [db]);
  const save = (type: ActivityType) => {
    saveActivityType(db, type)
      .then(() => notify.success(`“${type.name}”已保存`))
      .catch((error: unknown) => notify.error(error, '保存失败'));
  };
  if (types === undefined || nextOrder === undefined) return null;
  return (
    <Card variant="outlined" data-testid="activity-types-card">
      <LeaveGuard when={name.trim() !== ''} />
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          活动类型
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          默认学时在新建活动时自动填入（每次活动仍可修改）；频次用于检查三会一课是否按时开展。常见算法：支部学习每小时 1
          学时，半天讲座 4 学时，全天培训 8 学时。
        </Typography>
        <Table size="small" aria-label="活动类型">
          <TableHead>
            <TableRow>
              <TableCell>名称</TableCell>
              <TableCell>默认学时</TableCell>
              <TableCell>频次</TableCell>
              <TableCell>次数</TableCell>
              <TableCell>开展单位</TableCell>
              <TableCell>计入组织生活</TableCell>
              <TableCell>集中学习培训</TableCell>
              <TableCell>状态</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {types.map((type) => (
              <TableRow key={type.id}>
                <TableCell>{type.name}</TableCell>
                <TableCell>
                  <HoursField
                    key={type.updatedAt}
                    type={type}
                    onSave={(defaultHours) => save({ ...type, defaultHours })}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={type.frequency.period}
                    slotProps={{ htmlInput: { 'aria-label': `${type.name}频次` } }}
                    onChange={(event) =>
                      save({
                        ...type,
                        frequency: {
                          ...type.frequency,
                          period: event.target.value as FrequencyPeriod,
                          times: event.target.value === 'none' ? 0 : Math.max(1, type.frequency.times),
                        },
                      })
                    }
                  >
                    {frequencyPeriods.map((period) => (
                      <MenuItem key={period} value={period}>
                        {PERIOD_LABELS[period]}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>
                  {type.frequency.period === 'none' ? '—' : `至少 ${String(type.frequency.times)} 次`}
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={type.frequency.level}
                    onChange={(event) =>
                      save({
                        ...type,
                        frequency: {
                          ...type.frequency,
                          level: event.target.value as ActivityType['frequency']['level'],
                        },
                      })
                    }
                  >
                    {(Object.keys(LEVEL_LABELS) as (keyof typeof LEVEL_LABELS)[]).map((level) => (
                      <MenuItem key={level} value={level}>
                        {LEVEL_LABELS[level]}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>
                  <Checkbox
                    checked={type.isOrganisationalLife}
                    slotProps={{ input: { 'aria-label': `${type.name}计入组织生活` } }}
                    onChange={(event) => save({ ...type, isOrganisationalLife: event.target.checked })}
                  />
                </TableCell>
                <TableCell>
                  <Checkbox
                    checked={type.concentrated !== false}
                    slotProps={{ input: { 'aria-label': `${type.name}属于集中学习培训` } }}
                    onChange={(event) => save({ ...type, concentrated: event.target.checked })}
                  />
                </TableCell>
                <TableCell>
                  {type.retiredAt === undefined ? (
                    <Button size="small" onClick={() => save({ ...type, retiredAt: todayIso() })}>
                      停用
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      onClick={() => {
                        const { retiredAt: _retired, ...rest } = type;
                        save(rest);
                      }}
                    >
                      启用
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <TextField size="small" label="新类型名称" value={name} onChange={(event) => setName(event.target.value)} />
          <Button
            variant="outlined"
            disabled={name.trim() === ''}
            onClick={() => {
              const type = createRecord<ActivityType>({
                name: name.trim(),
                defaultHours: 1,
                frequency: { period: 'none', times: 0, level: 'committee' },
                isOrganisationalLife: false,
                order: nextOrder,
                builtIn: false,
              });
              saveActivityType(db, type)
                .then(() => {
                  setName('');
                  notify.success(`已添加活动类型“${type.name}”`);
                })
                .catch((error: unknown) => notify.error(error, '添加失败'));
            }}
          >
            添加类型
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
