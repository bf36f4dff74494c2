import {
  Link,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { addPost, endPost } from '../../db/repositories/organisation-repository';
import { todayIso } from '../../domain/entities/dates';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit, Post, PostTitle } from '../../domain/entities/organisation';
import { postTitles } from '../../domain/entities/organisation';
import { isPostCurrent } from '../../domain/rules/cadre';
import { DateDialog } from './ChoiceDialogs';
import { usePostMembers } from './use-post-members';
import { DateField } from '../../ui/DateField';

const GROUP_TITLES: PostTitle[] = ['党小组长', '副组长'];

/** Posts of one unit (支部工作条例 arts. 21–23): who holds them, from when, until when. */
export function PostsPanel({ unit, posts }: { unit: OrgUnit; posts: Post[] }) {
  const db = useDatabase();
  const notify = useNotify();
  const today = todayIso();
  const titles = unit.kind === 'group' ? GROUP_TITLES : postTitles.filter((title) => !GROUP_TITLES.includes(title));
  const [title, setTitle] = useState<PostTitle | ''>('');
  const [member, setMember] = useState<Member | null>(null);
  const [startDate, setStartDate] = useState(today);
  const [ending, setEnding] = useState<Post | null>(null);
  const { holders: byId, candidates } = usePostMembers(unit, posts);
  const own = posts.filter((post) => post.orgUnitId === unit.id).sort((a, b) => b.startDate.localeCompare(a.startDate));
  const startProblem =
    startDate === ''
      ? '请选择日期'
      : !/^\d{4}-\d{2}-\d{2}$/.test(startDate)
        ? '请填写正确的日期（如 2013-05-28）'
        : startDate > today
          ? '日期不能晚于今天'
          : null;

  const submit = async () => {
    if (title === '' || member === null || startProblem !== null) return;
    try {
      await addPost(db, { orgUnitId: unit.id, memberId: member.id, title, startDate });
      notify.success(`已任命 ${member.name} 为${title}`);
      setTitle('');
      setMember(null);
    } catch (error) {
      notify.error(error);
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {unit.name} · 职务
        </Typography>
        {own.length === 0 ? (
          <Typography color="text.secondary">尚未登记职务。</Typography>
        ) : (
          <List dense aria-label="职务列表">
            {own.map((post) => {
              const current = isPostCurrent(post, today);
              return (
                <ListItem
                  key={post.id}
                  secondaryAction={
                    current ? (
                      <Button size="small" onClick={() => setEnding(post)}>
                        卸任
                      </Button>
                    ) : undefined
                  }
                >
                  <ListItemText
                    primary={`${post.title}：${byId.get(post.memberId)?.name ?? '（已删除的党员）'}`}
                    secondary={`${post.startDate} 起${post.endDate === undefined ? '，现任' : ` 至 ${post.endDate}`}`}
                    sx={{ opacity: current ? 1 : 0.6 }}
                  />
                </ListItem>
              );
            })}
          </List>
        )}
        {unit.retiredAt === undefined && (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle1" gutterBottom>
              添加职务
            </Typography>
            <Stack spacing={2}>
              <TextField
                select
                label="职务"
                value={title}
                onChange={(event) => setTitle(event.target.value as PostTitle)}
              >
                {titles.map((one) => (
                  <MenuItem key={one} value={one}>
                    {one}
                  </MenuItem>
                ))}
              </TextField>
              <Autocomplete
                options={candidates}
                value={member}
                onChange={(_event, value) => setMember(value)}
                getOptionLabel={(option) => option.name}
                isOptionEqualToValue={(option, value) => option.id === value.id}
                filterOptions={(options, state) => {
                  const query = state.inputValue.trim().toLowerCase();
                  return query === ''
                    ? options
                    : options.filter(
                        (option) =>
                          option.name.includes(query) ||
                          option.namePinyin.includes(query) ||
                          option.nameInitials.includes(query),
                      );
                }}
                noOptionsText={candidates.length === 0 ? '本组织还没有党员，请先在党员名册中登记' : '没有匹配的党员'}
                renderInput={(params) => <TextField {...params} label="担任人" />}
              />
              {candidates.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  本组织还没有党员，职务无人可任。请先到{' '}
                  <Link component={RouterLink} to="/members">
                    党员名册
                  </Link>{' '}
                  登记或导入党员。
                </Typography>
              ) : null}
              <DateField
                label="任职日期"
                value={startDate}
                onChange={setStartDate}
                maxDate={today}
                error={startProblem !== null}
                helperText={startProblem ?? ' '}
              />
              <Button
                variant="contained"
                disabled={title === '' || member === null || startProblem !== null}
                onClick={() => void submit()}
              >
                添加职务
              </Button>
            </Stack>
          </Box>
        )}
      </CardContent>
      {ending !== null && (
        <DateDialog
          title="卸任"
          text={`${byId.get(ending.memberId)?.name ?? ''} 卸任${ending.title}，卸任日期：`}
          label="卸任日期"
          onClose={() => setEnding(null)}
          onSubmit={async (date) => {
            try {
              await endPost(db, ending.id, date);
              notify.success('已登记卸任');
              return true;
            } catch (error) {
              notify.error(error);
              return false;
            }
          }}
        />
      )}
    </Card>
  );
}
