import { Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { ReportToStreetPanel } from './ReportToStreetPanel';
import { StreetRollupPanel } from './StreetRollupPanel';

/** 汇总上报: a community sends its figures up; a street office (街道) compares its communities. */
export default function StreetPage() {
  const [tab, setTab] = useState(0);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        汇总上报
      </Typography>
      <Tabs value={tab} onChange={(_, value: number) => setTab(value)}>
        <Tab label="上报街道（社区用）" />
        <Tab label="街道汇总（街道用）" />
      </Tabs>
      {tab === 0 ? <ReportToStreetPanel /> : <StreetRollupPanel />}
    </Stack>
  );
}
