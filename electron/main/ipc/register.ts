import { ipcMain } from 'electron';
import type { IpcChannel } from '../../shared/ipc-contract';
import { channelsRefusedWhileLocked } from '../../shared/ipc-contract';
import { isAppLocked } from '../lock-state';
import { devServerUrl } from '../dev-server';
import { logError } from '../logger';
import type { Handler } from './envelope';
import { IpcFailure, runIpcCall } from './envelope';

/** The only way a channel is registered: sender check, input validation and the result envelope. */
export function handle<C extends IpcChannel>(channel: C, handler: Handler<C>): void {
  const refusedWhileLocked = channelsRefusedWhileLocked.includes(channel);
  const guarded: Handler<C> = (input) => {
    if (refusedWhileLocked && isAppLocked()) {
      throw new IpcFailure('locked', '程序已锁定，请先输入程序密码解锁。');
    }
    return handler(input);
  };
  ipcMain.handle(channel, (event, rawInput: unknown) =>
    runIpcCall(channel, event.senderFrame?.url, rawInput, guarded, {
      devServerUrl: devServerUrl(),
      logError: (error) => logError(`IPC ${channel}`, error),
    }),
  );
}
