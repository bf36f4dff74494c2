import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import type { AppLock } from '../../db/repositories/safety-settings-repository';
import { saveAppLock } from '../../db/repositories/safety-settings-repository';
import { lockNeedsUpgrade, lockPasswordMatches, makeAppLock } from './lock-password';
import { clearUnlockFailures, readUnlockFailures, recordUnlockFailure } from './unlock-backoff';

/** The full-screen password form of the 程序锁, with a growing wait after wrong passwords. */
export function UnlockForm({ lock, onUnlocked }: { lock: AppLock; onUnlocked: () => void }) {
  const db = useDatabase();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [notBefore, setNotBefore] = useState(() => readUnlockFailures().notBefore);
  const [now, setNow] = useState(() => Date.now());
  const waitSeconds = Math.max(0, Math.ceil((notBefore - now) / 1000));

  useEffect(() => {
    if (waitSeconds === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitSeconds]);

  const unlock = async () => {
    if (Date.now() < readUnlockFailures().notBefore) return;
    setChecking(true);
    try {
      if (await lockPasswordMatches(lock, password)) {
        clearUnlockFailures();
        // A lock hashed with an older, smaller iteration count is re-hashed now that the password is known.
        if (lockNeedsUpgrade(lock)) await saveAppLock(db, await makeAppLock(password, lock.idleMinutes));
        setError(null);
        onUnlocked();
      } else {
        const failures = recordUnlockFailure(Date.now());
        setNotBefore(failures.notBefore);
        setNow(Date.now());
        setError(`密码不正确，请重新输入。（已连续错误 ${failures.count} 次）`);
      }
    } finally {
      setPassword('');
      setChecking(false);
    }
  };

  return (
    <Box
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: (theme) => theme.zIndex.modal + 10,
        bgcolor: 'background.default',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <Paper sx={{ p: 4, width: 420 }} elevation={3}>
        <Stack
          spacing={2}
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <Typography variant="h5" component="h1">
            社区党员教育台账已锁定
          </Typography>
          <TextField
            type="password"
            label="程序密码"
            value={password}
            autoFocus
            onChange={(event) => setPassword(event.target.value)}
          />
          {error !== null ? <Alert severity="error">{error}</Alert> : null}
          {waitSeconds > 0 ? (
            <Alert severity="warning" role="status">
              密码错误次数过多，请 {waitSeconds} 秒后再试。
            </Alert>
          ) : null}
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={checking || password === '' || waitSeconds > 0}
          >
            {checking ? '正在验证…' : '解锁'}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
