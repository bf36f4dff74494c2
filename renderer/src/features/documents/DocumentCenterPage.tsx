import { Stack, Typography } from '@mui/material';
import { ActivityDocumentsCard } from './ActivityDocumentsCard';
import { RecentFilesCard } from './RecentFilesCard';
import { StudyRecordExportCard } from './StudyRecordExportCard';

/** 文书中心: every Word document the office issues, in GB/T 9704 format. */
export default function DocumentCenterPage() {
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <Typography variant="h5" component="h1">
        文书中心
      </Typography>
      <ActivityDocumentsCard />
      <StudyRecordExportCard />
      <RecentFilesCard />
    </Stack>
  );
}
