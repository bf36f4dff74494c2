import { Stack, Tab, Tabs, Typography } from '@mui/material';
import { pastYears, YearPicker } from '../../ui/YearPicker';
import { useState } from 'react';
import { todayIso } from '../../domain/entities/dates';
import { GloryFiftyPanel } from './GloryFiftyPanel';
import { MemberStatisticsPanel } from './MemberStatisticsPanel';
import { TalkCoveragePanel } from './TalkCoveragePanel';
import { YearlyCheckPanel } from './YearlyCheckPanel';

/** 统计考核: the yearly check of branches, and counts of the membership. */
export default function StatisticsPage() {
  const today = todayIso();
  const currentYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(currentYear);
  const [tab, setTab] = useState(0);
  return (
    <Stack spacing={2} sx={{ maxWidth: 1300 }}>
      <Typography variant="h5" component="h1">
        统计考核
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} className="no-print">
        <Tabs value={tab} onChange={(_event, next: number) => setTab(next)}>
          <Tab label="年度考核" />
          <Tab label="党员队伍统计" />
          <Tab label="光荣在党50年" />
          <Tab label="谈心谈话" />
        </Tabs>
        {tab === 0 || tab === 3 ? <YearPicker value={year} onChange={setYear} years={pastYears(currentYear)} /> : null}
      </Stack>
      {tab === 0 ? <YearlyCheckPanel year={year} today={today} /> : null}
      {tab === 1 ? <MemberStatisticsPanel today={today} /> : null}
      {tab === 2 ? <GloryFiftyPanel currentYear={currentYear} /> : null}
      {tab === 3 ? <TalkCoveragePanel year={year} /> : null}
    </Stack>
  );
}
