import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { useNotify } from '../../app/notifications';
import { getAppLock, getOperator, saveAppLock, saveOperator } from '../../db/repositories/safety-settings-repository';
import { lockPasswordMatches, lockPasswordProblem, makeAppLock, MIN_LOCK_PASSWORD } from './lock-password';

const IDLE_CHOICES = [0, 5, 10, 15, 30, 60];

/** 当前操作人 (for the 操作日志) and the optional 程序锁. */
export function SafetySettingsCard() {
  const db = useDatabase();
  const notify = useNotify();
  const operator = useLiveQuery(() => getOperator(db), [db]);
  const lock = useLiveQuery(async () => (await getAppLock(db)) ?? 'none', [db]);
  const [name, setName] = useState<string | null>(null);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState(10);
  const [problem, setProblem] = useState<string | null>(null);
  const hasLock = lock !== undefined && lock !== 'none';

  const saveLock = async (remove: boolean) => {
    setProblem(null);
    if (hasLock && !(await lockPasswordMatches(lock, current))) return setProblem('当前密码不正确，未做改动。');
    const weak = remove ? null : lockPasswordProblem(password);
    if (weak !== null) return setProblem(weak);
    if (!remove && password !== confirm) return setProblem('两次输入的新密码不一致。');
    try {
      await saveAppLock(db, remove ? null : await makeAppLock(password, idle));
      notify.success(remove ? '已取消程序密码' : '程序密码已设置，下次启动时需要输入');
      setCurrent('');
      setPassword('');
      setConfirm('');
    } catch (error) {
      notify.error(error, '保存失败，请重试。');
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          操作人与程序锁
        </Typography>
        <Stack direction="row" spacing={2} sx={{ mb: 3, alignItems: 'center' }}>
          <TextField
            label="当前操作人"
            value={name ?? operator ?? ''}
            onChange={(event) => setName(event.target.value)}
            helperText="记入操作日志的“操作人”"
          />
          <Button
            variant="outlined"
            disabled={name === null}
            onClick={() =>
              void saveOperator(db, name ?? '').then(
                () => {
                  setName(null);
                  notify.success('当前操作人已保存');
                },
                (error: unknown) => notify.error(error),
              )
            }
          >
            设为操作人
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          设置程序密码后，每次启动和闲置一段时间后都要输入密码。密码忘记后无法找回，请牢记。
          {hasLock ? '（已设置程序密码）' : '（未设置）'}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {hasLock ? (
            <TextField
              type="password"
              label="当前密码"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
          ) : null}
          <TextField
            type="password"
            label="新密码"
            helperText={`至少 ${MIN_LOCK_PASSWORD} 位`}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <TextField
            type="password"
            label="再次输入新密码"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
          />
          <TextField select label="闲置自动锁定" value={idle} onChange={(event) => setIdle(Number(event.target.value))}>
            {IDLE_CHOICES.map((minutes) => (
              <MenuItem key={minutes} value={minutes}>
                {minutes === 0 ? '不自动锁定' : `${minutes} 分钟`}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {problem !== null ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button variant="contained" onClick={() => void saveLock(false)}>
            {hasLock ? '修改程序密码' : '设置程序密码'}
          </Button>
          {hasLock ? (
            <Button color="warning" onClick={() => void saveLock(true)}>
              取消程序密码
            </Button>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
}
