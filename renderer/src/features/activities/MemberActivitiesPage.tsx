import { Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { getMember } from '../../db/repositories/member-repository';
import { MemberActivitiesTab } from './MemberActivitiesTab';

/** A member's 参加活动 on its own page, reached from any attendance list. */
export default function MemberActivitiesPage() {
  const { memberId = '' } = useParams();
  const db = useDatabase();
  const member = useLiveQuery(async () => (await getMember(db, memberId)) ?? null, [db, memberId]);
  if (member === undefined) return null;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1">
          {member === null ? '党员' : member.name} · 参加活动
        </Typography>
        {member === null ? null : (
          <>
            <Button component={RouterLink} to={`/members/${memberId}`}>
              党员详情
            </Button>
            <Button component={RouterLink} to={`/archive/member/${memberId}`}>
              学习档案
            </Button>
          </>
        )}
        <Button component={RouterLink} to="/activities">
          返回活动
        </Button>
      </Stack>
      <MemberActivitiesTab memberId={memberId} />
    </Stack>
  );
}
