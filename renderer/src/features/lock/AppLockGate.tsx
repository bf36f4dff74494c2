import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useDatabase } from '../../app/database-context';
import { getAppLock } from '../../db/repositories/safety-settings-repository';
import { lockPasswordMatches } from './lock-password';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * 程序锁: when a password is set, nothing is shown before it is entered; after the idle minutes the
 * screen is covered again (the page stays as it was underneath, so unsaved typing is not lost).
 */
export function AppLockGate({ children }: { children: ReactNode }) {
  const db = useDatabase();
  const lock = useLiveQuery(async () => (await getAppLock(db)) ?? 'none', [db]);
  const [unlockedOnce, setUnlockedOnce] = useState(false);
  const [locked, setLocked] = useState(true);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const idleMinutes = lock === undefined || lock === 'none' ? 0 : lock.idleMinutes;
  useEffect(() => {
    if (idleMinutes === 0 || locked) return;
    let timer = setTimeout(() => setLocked(true), idleMinutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setLocked(true), idleMinutes * 60_000);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, reset);
    };
  }, [idleMinutes, locked]);

  if (lock === undefined) return null;
  if (lock === 'none') return <>{children}</>;

  const unlock = async () => {
    setChecking(true);
    try {
      if (await lockPasswordMatches(lock, password)) {
        setLocked(false);
        setUnlockedOnce(true);
        setError(null);
      } else {
        setError('密码不正确，请重新输入。');
      }
    } finally {
      setPassword('');
      setChecking(false);
    }
  };

  return (
    <>
      {unlockedOnce ? children : null}
      {locked ? (
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
              <Button type="submit" variant="contained" size="large" disabled={checking || password === ''}>
                {checking ? '正在验证…' : '解锁'}
              </Button>
            </Stack>
          </Paper>
        </Box>
      ) : null}
    </>
  );
}
