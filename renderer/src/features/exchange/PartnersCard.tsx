import {
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { useAppInfo } from '../../app/use-app-info';
import { buildExchangePackage, registerPartner } from '../../db/repositories/exchange-repository';
import { EXCHANGE_EXTENSION } from '../../domain/entities/exchange';
import type { ExchangePartner } from '../../domain/entities/exchange';
import { encodeExchangePackage, exchangeFileName } from '../../io/exchange-file';
import { getPlatform } from '../../platform/api';
import type { ExchangeState } from './use-exchange';
import { scopeOf, scopeText } from './scope-text';
import { LeaveGuard } from '../../ui/LeaveGuard';

/** The desks this one exchanges with: register one by its code, and make the next package for it. */
export function PartnersCard({ state }: { state: ExchangeState }) {
  const db = useDatabase();
  const notify = useNotify();
  const info = useAppInfo();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [scopeValue, setScopeValue] = useState('community');
  const [password, setPassword] = useState('');

  const register = () => {
    const scope = scopeOf(scopeValue, state.branches);
    if (scope === null) return;
    registerPartner(db, { id: code, name, scope }).then(
      (partner) => {
        notify.success(`已登记：${partner.name}`);
        setCode('');
        setName('');
      },
      (error: unknown) => notify.error(error, '登记失败：请核对登记码和名称。'),
    );
  };

  const send = async (partner: ExchangePartner) => {
    const { pkg, rows } = await buildExchangePackage(db, partner.id, info?.version ?? '');
    const bytes = await encodeExchangePackage(pkg, password === '' ? undefined : password);
    const saved = await getPlatform().saveFile(bytes, exchangeFileName(pkg), [
      { name: '交换包', extensions: [EXCHANGE_EXTENSION] },
    ]);
    if (saved !== null) notify.success(`已生成给“${partner.name}”的第 ${pkg.seq} 号交换包（${rows} 条记录）`);
  };

  return (
    <Card variant="outlined">
      <LeaveGuard when={code.trim() !== '' || name.trim() !== ''} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            已登记的电脑
          </Typography>
          {state.identity === null ? (
            <Typography color="text.secondary">先保存“本机交换信息”，再登记对方电脑。</Typography>
          ) : (
            <>
              <Table size="small" aria-label="已登记的电脑">
                <TableHead>
                  <TableRow>
                    <TableCell>名称</TableCell>
                    <TableCell>所管范围</TableCell>
                    <TableCell>已发出</TableCell>
                    <TableCell>已导入</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {state.partners.map((partner) => (
                    <TableRow key={partner.id}>
                      <TableCell>{partner.name}</TableCell>
                      <TableCell>{scopeText(partner.scope)}</TableCell>
                      <TableCell>{partner.lastSentSeq === 0 ? '—' : `第 ${partner.lastSentSeq} 号`}</TableCell>
                      <TableCell>{partner.lastReceivedSeq === 0 ? '—' : `第 ${partner.lastReceivedSeq} 号`}</TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          variant="outlined"
                          onClick={() => {
                            send(partner).catch((error: unknown) => notify.error(error, '生成交换包失败，请重试。'));
                          }}
                        >
                          生成给“{partner.name}”的交换包
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <TextField
                label="交换包密码（可不填）"
                type="password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                sx={{ maxWidth: 320 }}
                helperText="填写后生成的交换包加密，对方导入时要输入同一密码"
              />
              <Typography variant="subtitle1">登记一台电脑</Typography>
              <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                <TextField label="对方名称" value={name} onChange={(event) => setName(event.target.value)} />
                <TextField
                  label="对方登记码"
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                  sx={{ minWidth: 360 }}
                />
                <TextField
                  select
                  label="对方所管范围"
                  value={scopeValue}
                  onChange={(event) => setScopeValue(event.target.value)}
                  sx={{ minWidth: 200 }}
                >
                  <MenuItem value="community">全社区</MenuItem>
                  {state.branches.map((branch) => (
                    <MenuItem key={branch.id} value={branch.id}>
                      只管{branch.name}
                    </MenuItem>
                  ))}
                </TextField>
                <Button variant="contained" onClick={register}>
                  登记
                </Button>
              </Stack>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
