import { CircularProgress, CssBaseline, GlobalStyles } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { useLiveQuery } from '../ui/use-live-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { createHashRouter, Outlet, RouterProvider, useNavigate } from 'react-router-dom';
import 'dayjs/locale/zh-cn';
import type { LedgerDatabase } from '../db/database';
import { getOfficeSettings } from '../db/repositories/settings-repository';
import { getPlatform } from '../platform/api';
import { RestoreWatch } from '../features/backup/RestoreWatch';
import { SafetyAgent } from '../features/backup/SafetyAgent';
import { OriginRecorder } from '../features/storage/OriginRecorder';
import { AppLockGate } from '../features/lock/AppLockGate';
import { isAppLocked } from '../features/lock/lock-state';
import { AboutDialog } from './AboutDialog';
import { AppFrame } from './AppFrame';
import { DatabaseProvider, useDatabase } from './database-context';
import { NAVIGATION } from './navigation';
import { NotificationProvider } from './notifications';
import { createAppTheme } from './theme';
import { useDisplayPreferences } from './use-display-preferences';

const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.no-print': { display: 'none !important' },
        // A notice still on screen must not land on the paper.
        '.MuiSnackbar-root': { display: 'none !important' },
        '.app-main': { padding: '0 !important' },
        body: { background: '#fff' },
      },
    }}
  />
);

function Loading() {
  return <CircularProgress aria-label="正在加载" sx={{ m: 4 }} />;
}

function MenuCommands({ onAbout }: { onAbout: () => void }) {
  const navigate = useNavigate();
  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        // Main ignores its menu while locked; this is the page's own guard for the same.
        if (isAppLocked()) return;
        if (command === 'open-about') onAbout();
        if (command === 'open-settings') void navigate('/settings');
        if (command === 'backup-now') void navigate('/data', { state: { backupNow: Date.now() } });
      }),
    [navigate, onAbout],
  );
  return null;
}

/** Everything inside the router: the frame, the menu commands, and the page of the route as its outlet. */
function Shell() {
  const db = useDatabase();
  const office = useLiveQuery(() => getOfficeSettings(db), [db]);
  const [aboutOpen, setAboutOpen] = useState(false);
  return (
    <>
      <MenuCommands onAbout={() => setAboutOpen(true)} />
      <SafetyAgent />
      <RestoreWatch />
      <OriginRecorder />
      <AppLockGate>
        <AppFrame officeName={office?.officeName ?? ''}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </AppFrame>
      </AppLockGate>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </>
  );
}

/** A data router, so a page with unsaved edits can hold a navigation and ask first (useBlocker). */
function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: NAVIGATION.flatMap((entry) => [
        { path: entry.path, element: <entry.page /> },
        ...(entry.subRoutes ?? []).map((sub) => ({ path: sub.path, element: <sub.page /> })),
      ]),
    },
  ]);
}

function ThemedApp() {
  const [display] = useDisplayPreferences();
  const theme = useMemo(() => createAppTheme(display.largeType), [display.largeType]);
  const [router] = useState(createAppRouter);
  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn">
        <CssBaseline />
        {printStyles}
        <NotificationProvider>
          <RouterProvider router={router} />
        </NotificationProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}

export function App({ db }: { db: LedgerDatabase }) {
  return (
    <DatabaseProvider db={db}>
      <ThemedApp />
    </DatabaseProvider>
  );
}
