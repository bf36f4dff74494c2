import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

interface Notice {
  severity: 'success' | 'error' | 'info' | 'warning';
  message: string;
  key: number;
}

export interface Notify {
  success(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Shows the error's own message when it is meant for users (Chinese), else a generic one. */
  error(error: unknown, fallback?: string): void;
}

const NotifyContext = createContext<Notify | null>(null);

export function errorMessage(error: unknown, fallback = '操作失败，请重试。'): string {
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  if (typeof error === 'string' && error !== '') return error;
  return fallback;
}

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((severity: Notice['severity'], message: string) => {
    setNotice({ severity, message, key: Date.now() });
  }, []);
  const notify = useMemo<Notify>(
    () => ({
      success: (message) => show('success', message),
      info: (message) => show('info', message),
      warning: (message) => show('warning', message),
      error: (error, fallback) => show('error', errorMessage(error, fallback)),
    }),
    [show],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' ? null : 4000}
        onClose={(_event, reason) => reason !== 'clickaway' && setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice === null ? undefined : (
          <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)} role="alert">
            {notice.message}
          </Alert>
        )}
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (notify === null) throw new Error('useNotify outside NotificationProvider');
  return notify;
}
