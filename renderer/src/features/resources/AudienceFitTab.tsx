import {
  Autocomplete,
  Card,
  CardContent,
  Chip,
  Grid,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { listBranches } from '../../db/repositories/org-unit-reads';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { Suggestion } from '../../domain/rules/audience-fit';
import { ageBands, audienceMix, educationBands, suggestForMix } from '../../domain/rules/audience-fit';
import { coursewareKindLabels } from '../../domain/entities/courseware';
import { formatDuration } from '../../domain/rules/courseware-file';
import { useActiveMembers, useCourseware, useLecturers } from './use-resource-data';

function SuggestionList<T>({
  title,
  suggestions,
  primary,
  secondary,
}: {
  title: string;
  suggestions: Suggestion<T>[];
  primary: (item: T) => string;
  secondary: (item: T) => string;
}) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          按适合程度排序，全部列出，供选择参考。
        </Typography>
        {suggestions.length === 0 ? <Typography sx={{ mt: 1 }}>暂无。</Typography> : null}
        <List dense aria-label={title}>
          {suggestions.map(({ item, score, reasons }, index) => (
            <ListItem key={index} divider>
              <ListItemText
                primary={
                  <>
                    {primary(item)}
                    {score > 0 && index < 3 ? <Chip size="small" color="primary" label="推荐" sx={{ ml: 1 }} /> : null}
                  </>
                }
                secondary={[secondary(item), reasons.length === 0 ? '未标注适合当前对象' : reasons.join('；')]
                  .filter((text) => text !== '')
                  .join(' — ')}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

/** 因人施教: who the members are (education, age) and which lecturers and materials suit them. */
export function AudienceFitTab() {
  const db = useDatabase();
  const members = useActiveMembers();
  const lecturers = useLecturers();
  const courseware = useCourseware() ?? [];
  const branches = useLiveQuery(() => listBranches(db), [db]);
  const [branchId, setBranchId] = useState('');
  const [picked, setPicked] = useState<Member[]>([]);
  const selected =
    picked.length > 0 ? picked : branchId === '' ? members : members.filter((member) => member.branchId === branchId);
  const mix = audienceMix(selected, todayIso());
  const percent = (count: number) => (mix.total === 0 ? '' : `（${Math.round((count / mix.total) * 100)}%）`);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          select
          sx={{ width: 240 }}
          label="党支部"
          value={branchId}
          onChange={(event) => setBranchId(event.target.value)}
        >
          <MenuItem value="">全体在册党员</MenuItem>
          {(branches ?? []).map((branch) => (
            <MenuItem key={branch.id} value={branch.id}>
              {branch.name}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete
          multiple
          sx={{ minWidth: 360, flex: 1 }}
          options={members}
          value={picked}
          getOptionLabel={(member) => member.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          onChange={(_event, value) => setPicked(value)}
          renderInput={(params) => <TextField {...params} label="或指定党员（优先于支部）" />}
        />
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            对象构成：共 {mix.total} 人{mix.floating > 0 ? `，其中流动党员 ${mix.floating} 人` : ''}
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <Table size="small" aria-label="按文化程度">
                <TableBody>
                  {educationBands.map((band) => (
                    <TableRow key={band}>
                      <TableCell>{band}</TableCell>
                      <TableCell>
                        {mix.byEducation[band]} 人{percent(mix.byEducation[band])}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Table size="small" aria-label="按年龄">
                <TableBody>
                  {ageBands.map((band) => (
                    <TableRow key={band}>
                      <TableCell>{band}</TableCell>
                      <TableCell>
                        {mix.byAge[band]} 人{percent(mix.byAge[band])}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Grid>
          </Grid>
        </CardContent>
      </Card>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SuggestionList
            title="推荐讲师"
            suggestions={suggestForMix(lecturers, mix, (item) => item.name)}
            primary={(item) => item.name}
            secondary={(item) => [item.unit, item.subjects.join('、')].filter(Boolean).join(' · ')}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SuggestionList
            title="推荐课件"
            suggestions={suggestForMix(courseware, mix, (item) => item.title)}
            primary={(item) => item.title}
            secondary={(item) =>
              [
                coursewareKindLabels[item.kind],
                item.themes.join('、'),
                item.durationSeconds === undefined ? '' : formatDuration(item.durationSeconds),
              ]
                .filter(Boolean)
                .join(' · ')
            }
          />
        </Grid>
      </Grid>
    </Stack>
  );
}
