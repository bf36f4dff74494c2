import { Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { setBranchCommittee } from '../../db/repositories/organisation-repository';
import type { Member } from '../../domain/entities/member';
import type { OrgUnit } from '../../domain/entities/organisation';
import { branchCommittee, fullMembersPerBranch } from '../../domain/rules/branch-committee';

type Choice = 'auto' | 'yes' | 'no';

/** 设支部委员会: derived from the count of 正式党员 (支部工作条例 art. 8), overridable by the office. */
export function CommitteeCard({ unit, members }: { unit: OrgUnit; members: readonly Member[] }) {
  const db = useDatabase();
  const notify = useNotify();
  const count = fullMembersPerBranch(members).get(unit.id) ?? 0;
  const status = branchCommittee(unit.hasCommittee, count);
  const choice: Choice = unit.hasCommittee === undefined ? 'auto' : unit.hasCommittee ? 'yes' : 'no';
  const change = async (next: Choice) => {
    try {
      await setBranchCommittee(db, unit.id, next === 'auto' ? undefined : next === 'yes');
      notify.success('已保存');
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Card variant="outlined" data-testid="committee-card">
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="h6" component="h2">
            支部委员会
          </Typography>
          <Typography data-testid="committee-status">{status.explanation}</Typography>
          <TextField
            select
            size="small"
            label="设支部委员会"
            value={choice}
            onChange={(event) => void change(event.target.value as Choice)}
            sx={{ maxWidth: 320 }}
          >
            <MenuItem value="auto">按正式党员人数（7 名及以上设）</MenuItem>
            <MenuItem value="yes">设支部委员会</MenuItem>
            <MenuItem value="no">不设，只设书记</MenuItem>
          </TextField>
          <Typography variant="body2" color="text.secondary">
            不设支部委员会的党支部不召开支委会，不提示“未召开支委会”；其委员职务不按 56 学时要求（支部工作条例第八条）。
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
}
