import { ipcMain } from 'electron';
import type { IpcChannel } from '../../shared/ipc-contract';
import { devServerUrl } from '../dev-server';
import { logError } from '../logger';
import type { Handler } from './envelope';
import { runIpcCall } from './envelope';

/** The only way a channel is registered: sender check, input validation and the result envelope. */
export function handle<C extends IpcChannel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, (event, rawInput: unknown) =>
    runIpcCall(channel, event.senderFrame?.url, rawInput, handler, {
      devServerUrl: devServerUrl(),
      logError: (error) => logError(`IPC ${channel}`, error),
    }),
  );
}
