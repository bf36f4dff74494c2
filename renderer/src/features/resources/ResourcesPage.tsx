import { Box, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { AudienceFitTab } from './AudienceFitTab';
import { BudgetTab } from './BudgetTab';
import { CoursewareTab } from './CoursewareTab';
import { LecturersTab } from './LecturersTab';
import { PlanTab } from './PlanTab';

const TABS = [
  { key: 'lecturers', label: '师资库' },
  { key: 'courseware', label: '课件资料库' },
  { key: 'fit', label: '因人施教' },
  { key: 'plan', label: '年度计划' },
  { key: 'budget', label: '教育经费' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** 师资课件: lecturers, courseware, audience fit, the yearly plan and the education budget. */
export default function ResourcesPage() {
  const [params, setParams] = useSearchParams();
  const current: TabKey = TABS.find((tab) => tab.key === params.get('tab'))?.key ?? 'lecturers';
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Typography variant="h5" component="h1">
        师资课件
      </Typography>
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }} className="no-print">
        <Tabs
          value={current}
          onChange={(_event, value: TabKey) => setParams({ tab: value })}
          variant="scrollable"
          aria-label="师资课件分页"
        >
          {TABS.map((tab) => (
            <Tab key={tab.key} value={tab.key} label={tab.label} />
          ))}
        </Tabs>
      </Box>
      {current === 'lecturers' ? <LecturersTab /> : null}
      {current === 'courseware' ? <CoursewareTab /> : null}
      {current === 'fit' ? <AudienceFitTab /> : null}
      {current === 'plan' ? <PlanTab /> : null}
      {current === 'budget' ? <BudgetTab /> : null}
    </Stack>
  );
}
