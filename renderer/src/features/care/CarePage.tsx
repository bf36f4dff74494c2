import { CircularProgress, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { pastYears } from '../../ui/YearPicker';
import { CareObjectsTab } from './CareObjectsTab';
import { CareRoundsTab } from './CareRoundsTab';
import { FiftyYearsTab } from './FiftyYearsTab';
import { HomeVisitsTab } from './HomeVisitsTab';
import { useCarePeople } from './use-care';

/** 关怀帮扶: 困难党员 and 老党员, the 七一 and 春节 visits, 光荣在党50年纪念章, 送学上门. */
export default function CarePage() {
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [tab, setTab] = useState(0);
  const people = useCarePeople();
  if (people === undefined) return <CircularProgress aria-label="正在读取" />;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Typography variant="h5" component="h1">
        关怀帮扶
      </Typography>
      <TextField select label="年度" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 140 }}>
        {pastYears(currentYear).map((y) => (
          <MenuItem key={y} value={y}>
            {y}年
          </MenuItem>
        ))}
      </TextField>
      <Tabs value={tab} onChange={(_e, value: number) => setTab(value)}>
        <Tab label="走访慰问" />
        <Tab label={`关怀对象（${people.objects.length}）`} />
        <Tab label="光荣在党50年" />
        <Tab label="送学上门" />
      </Tabs>
      {tab === 0 && <CareRoundsTab year={year} people={people} />}
      {tab === 1 && <CareObjectsTab people={people} />}
      {tab === 2 && <FiftyYearsTab year={year} people={people} />}
      {tab === 3 && <HomeVisitsTab year={year} people={people} />}
    </Stack>
  );
}
