import { Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { saveDeskIdentity } from '../../db/repositories/exchange-repository';
import type { ExchangeState } from './use-exchange';
import { scopeOf } from './scope-text';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** This PC's name in exchanges, what it holds, and the code other desks register it by. */
export function DeskIdentityCard({ state }: { state: ExchangeState }) {
  const db = useDatabase();
  const notify = useNotify();
  const identity = state.identity;
  const [name, setName] = useState<string | null>(null);
  const [scopeValue, setScopeValue] = useState<string | null>(null);
  const shownName = name ?? identity?.deskName ?? '';
  const shownScope =
    scopeValue ??
    (identity === null ? 'community' : identity.scope.kind === 'community' ? 'community' : identity.scope.branchId);

  const save = () => {
    const scope = scopeOf(shownScope, state.branches);
    if (scope === null) {
      notify.error('请选择本机所管的范围。');
      return;
    }
    saveDeskIdentity(db, { deskName: shownName, scope }).then(
      () => notify.success('本机交换信息已保存'),
      (error: unknown) => notify.error(error, '保存失败：请填写本机名称（最多 40 个字）。'),
    );
  };

  return (
    <Card variant="outlined">
      <LeaveGuard when={name !== null && name !== (identity?.deskName ?? '')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            本机交换信息
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              label="本机名称"
              value={shownName}
              onChange={(event) => setName(event.target.value)}
              sx={{ minWidth: 240 }}
              helperText="如“社区办公室”“第一党支部书记”"
            />
            <TextField
              select
              label="本机所管范围"
              value={shownScope}
              onChange={(event) => setScopeValue(event.target.value)}
              sx={{ minWidth: 220 }}
            >
              <MenuItem value="community">全社区（社区电脑）</MenuItem>
              {state.branches.map((branch) => (
                <MenuItem key={branch.id} value={branch.id}>
                  只管{branch.name}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="contained" onClick={save}>
              保存
            </Button>
          </Stack>
          {identity !== null && (
            <Typography data-testid="desk-code">
              本机登记码：<strong style={{ userSelect: 'all' }}>{identity.deskId}</strong>
              （在对方电脑上登记本机时填写这串编码）
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
