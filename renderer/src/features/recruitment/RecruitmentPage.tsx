import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterSelect } from '../../ui/FilterSelect';
import { todayIso } from '../../domain/entities/dates';
import type { RecruitmentStage } from '../../domain/entities/recruitment';
import { recruitmentStages } from '../../domain/entities/recruitment';
import { chineseDate } from '../../domain/rules/calendar';
import type { CaseRow } from '../../db/repositories/recruitment-repository';
import { ApplicantDialog } from './ApplicantDialog';
import { RecruitmentToolbar } from './RecruitmentToolbar';
import { NextStepCell } from './NextStepCell';
import { useBranches, useCaseRows } from './use-recruitment';

type StageFilter = RecruitmentStage | '已取消';

function stageOf(row: CaseRow): StageFilter {
  return row.status.cancelled ? '已取消' : row.status.stage;
}

/** 发展党员: one row per person, the five stages as columns with the date each began, and what comes next. */
export default function RecruitmentPage() {
  const today = todayIso();
  const navigate = useNavigate();
  const rows = useCaseRows(today);
  const branches = useBranches();
  const [branchId, setBranchId] = useState('');
  const [stage, setStage] = useState<StageFilter | ''>('');
  const [adding, setAdding] = useState(false);
  const branchNames = new Map(branches.map((branch) => [branch.id, branch.name]));
  const shown = (rows ?? []).filter(
    (row) => (branchId === '' || row.record.branchId === branchId) && (stage === '' || stageOf(row) === stage),
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          发展党员
        </Typography>
        <Button variant="contained" onClick={() => setAdding(true)}>
          登记入党申请人
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <FilterSelect
          label="党支部"
          value={branchId}
          options={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
          onChange={setBranchId}
          minWidth={180}
        />
        <FilterSelect
          label="阶段"
          value={stage}
          options={[...recruitmentStages, '已取消' as const].map((value) => ({ value, label: value }))}
          onChange={setStage}
        />
        <Box sx={{ flexGrow: 1 }} />
        <RecruitmentToolbar rows={rows ?? []} branchNames={branchNames} />
      </Stack>
      {rows !== undefined && rows.length === 0 ? (
        <Alert severity="info">
          尚无入党申请人。收到书面入党申请书后，点击“登记入党申请人”，之后按步骤记录谈话、推荐、培养考察……直至转为正式党员。
        </Alert>
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="发展党员进度">
            <TableHead>
              <TableRow>
                <TableCell>姓名</TableCell>
                <TableCell>党支部</TableCell>
                {recruitmentStages.map((name) => (
                  <TableCell key={name}>{name}</TableCell>
                ))}
                <TableCell>下一步</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <TableRow
                  key={row.record.id}
                  hover
                  sx={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/recruitment/${row.record.id}`)}
                >
                  <TableCell>{row.record.name}</TableCell>
                  <TableCell>{branchNames.get(row.record.branchId) ?? ''}</TableCell>
                  {recruitmentStages.map((name) => {
                    const date = row.status.stageDates[name];
                    const current = row.status.stage === name && !row.status.ended;
                    return (
                      <TableCell
                        key={name}
                        sx={current ? { fontWeight: 'bold', bgcolor: 'action.selected' } : undefined}
                      >
                        {date === undefined ? '' : chineseDate(date)}
                      </TableCell>
                    );
                  })}
                  <TableCell>
                    {row.status.cancelled ? (
                      <Chip size="small" label="已取消资格" />
                    ) : row.status.ended ? (
                      <Chip size="small" color="success" label="已转正" />
                    ) : (
                      <NextStepCell status={row.status} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {adding && (
        <ApplicantDialog
          branches={branches}
          onClose={() => setAdding(false)}
          onCreated={(id) => void navigate(`/recruitment/${id}`)}
        />
      )}
    </Stack>
  );
}
