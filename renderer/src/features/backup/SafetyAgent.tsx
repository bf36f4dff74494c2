import { useEffect } from 'react';
import { useDatabase } from '../../app/database-context';
import { runAutoBackup } from '../../db/repositories/auto-backup-status-repository';
import { setCurrentOperator } from '../../db/change-log/operator';
import { getOperator } from '../../db/repositories/safety-settings-repository';
import { getPlatform } from '../../platform/api';
import { autoBackup } from './backup-file';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Runs in the background of the whole app: sets the 当前操作人 for the change log, and in Electron
 * writes the daily automatic backup and the backup on exit (main asks for it when the window closes).
 */
export function SafetyAgent() {
  const db = useDatabase();
  useEffect(() => {
    void getOperator(db).then(setCurrentOperator);
  }, [db]);

  useEffect(() => {
    const store = getPlatform().autoBackups;
    if (store === null) return;
    const daily = async () => {
      const latest = (await store.list())[0];
      if (latest !== undefined && Date.now() - new Date(latest.createdAt).getTime() < DAY_MS) return;
      // A failure is kept on the 概览 and in the 操作日志 until a later automatic backup succeeds.
      await runAutoBackup(db, '每日自动备份', () => autoBackup(db, 'daily'));
    };
    void daily().catch(() => undefined);
    const timer = setInterval(() => void daily().catch(() => undefined), CHECK_EVERY_MS);
    const stop = getPlatform().onMenuCommand((command) => {
      if (command !== 'backup-before-exit') return;
      void runAutoBackup(db, '退出时自动备份', () => autoBackup(db, 'exit')).finally(() => void store.exitReady());
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [db]);
  return null;
}
