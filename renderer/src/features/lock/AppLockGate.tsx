import { Box } from '@mui/material';
import { useLiveQuery } from '../../ui/use-live-query';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useDatabase } from '../../app/database-context';
import { getAppLock } from '../../db/repositories/safety-settings-repository';
import { setAppLocked } from './lock-state';
import { UnlockForm } from './UnlockForm';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * 程序锁: when a password is set, nothing is shown before it is entered; after the idle minutes the
 * screen is covered again. The page underneath stays as it was (unsaved typing is not lost) but is
 * `inert` and hidden from assistive technology: no Tab, click or shortcut reaches it, and main is told,
 * so it refuses saving, printing and its menu until the password is entered again.
 */
export function AppLockGate({ children }: { children: ReactNode }) {
  const db = useDatabase();
  const lock = useLiveQuery(async () => (await getAppLock(db)) ?? 'none', [db]);
  const [unlockedOnce, setUnlockedOnce] = useState(false);
  const [locked, setLocked] = useState(true);
  const closed = lock !== undefined && lock !== 'none' && locked;

  useEffect(() => {
    if (lock !== undefined) setAppLocked(closed);
  }, [lock, closed]);

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

  return (
    <>
      {unlockedOnce ? (
        <Box inert={closed} aria-hidden={closed ? true : undefined} data-testid="app-content">
          {children}
        </Box>
      ) : null}
      {closed ? (
        <UnlockForm
          lock={lock}
          onUnlocked={() => {
            setLocked(false);
            setUnlockedOnce(true);
          }}
        />
      ) : null}
    </>
  );
}
