import {
  Button,
  CircularProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { formatHours } from '../archive/format-hours';
import { LedgerSettingField } from '../review/LedgerSettingField';
import { InServiceMemberDialog } from './InServiceMemberDialog';
import { ServiceActivityDialog } from './ServiceActivityDialog';
import { useInServiceList } from './use-in-service';

/** 在职党员到社区报到 (双报到): not the community's members — never on the roster or in its rates. */
export default function InServicePage() {
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const data = useInServiceList(year);
  const [adding, setAdding] = useState(false);
  const [grouping, setGrouping] = useState(false);
  if (data === undefined) return <CircularProgress aria-label="正在读取" />;
  const target = data.settings.inServiceHoursTarget;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Typography variant="h5" component="h1">
        在职党员到社区报到
      </Typography>
      <Typography variant="body2" color="text.secondary">
        在职党员的组织关系不在本社区，不列入党员名册，也不计入本社区的学时、出勤和预警；他们的服务时长记在这里，并定期反馈给所在单位党组织。
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Button variant="contained" onClick={() => setAdding(true)} sx={{ mt: 1 }}>
          登记在职党员报到
        </Button>
        <Button variant="outlined" disabled={data.people.length === 0} onClick={() => setGrouping(true)} sx={{ mt: 1 }}>
          登记社区服务活动
        </Button>
        <LedgerSettingField settings={data.settings} field="inServiceHoursTarget" label="每年服务时长目标（小时）" />
      </Stack>
      {data.people.length === 0 ? (
        <Typography color="text.secondary">还没有在职党员到社区报到。</Typography>
      ) : (
        <Table size="small" aria-label="在职党员">
          <TableHead>
            <TableRow>
              <TableCell>姓名</TableCell>
              <TableCell>工作单位</TableCell>
              <TableCell>所在党组织</TableCell>
              <TableCell>居住小区/网格</TableCell>
              <TableCell>报到日期</TableCell>
              <TableCell>{year}年服务（小时）</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.people.map((person) => {
              const hours = data.hoursThisYear.get(person.id) ?? 0;
              return (
                <TableRow key={person.id}>
                  <TableCell>
                    <Link component={RouterLink} to={`/in-service/${person.id}`}>
                      {person.name}
                    </Link>
                  </TableCell>
                  <TableCell>{person.workUnit}</TableCell>
                  <TableCell>{person.workUnitPartyOrg}</TableCell>
                  <TableCell>{person.neighbourhood ?? ''}</TableCell>
                  <TableCell>{person.reportDate}</TableCell>
                  <TableCell sx={{ color: hours < target ? 'warning.main' : undefined }}>
                    {formatHours(hours)} / {formatHours(target)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {grouping && <ServiceActivityDialog people={data.people} onClose={() => setGrouping(false)} />}
      {adding && (
        <InServiceMemberDialog
          onClose={(saved) => {
            setAdding(false);
            if (saved !== null) void navigate(`/in-service/${saved.id}`);
          }}
        />
      )}
    </Stack>
  );
}
