import { Breadcrumbs, Link, Stack, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useDatabase } from '../../app/database-context';
import { getMember } from '../../db/repositories/member-repository';
import { MemberStudyArchiveTab } from './MemberStudyArchiveTab';

/** /archive/member/:memberId — one member's study archive on its own page. */
export default function MemberArchivePage() {
  const db = useDatabase();
  const { memberId = '' } = useParams();
  const member = useLiveQuery(async () => (await getMember(db, memberId)) ?? null, [db, memberId]);
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Breadcrumbs className="no-print">
        <Link component={RouterLink} to="/archive">
          学习档案
        </Link>
        <Typography>{member?.name ?? ''}</Typography>
      </Breadcrumbs>
      <Typography variant="h5" component="h1">
        {member === null ? '未找到该党员' : `${member?.name ?? ''} 的学习档案`}
      </Typography>
      {member === null || member === undefined ? null : <MemberStudyArchiveTab memberId={memberId} />}
    </Stack>
  );
}
