import { contextBridge, ipcRenderer } from 'electron';
import type { MenuCommand } from '../shared/channels';
import { MENU_COMMAND_CHANNEL, menuCommands } from '../shared/channels';
import type { IpcChannel, IpcInput, IpcOutput, IpcResult, LedgerApi } from '../shared/ipc-contract';

function invoke<C extends IpcChannel>(channel: C, input?: IpcInput<C>): Promise<IpcResult<IpcOutput<C>>> {
  return ipcRenderer.invoke(channel, input) as Promise<IpcResult<IpcOutput<C>>>;
}

const api = {
  app: {
    getInfo: () => invoke('app:get-info'),
    setLocked: (input) => invoke('app:set-locked', input),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      // The page gets only a known command name, never the raw IPC event.
      const wrapped = (_event: unknown, command: unknown) => {
        if ((menuCommands as readonly unknown[]).includes(command)) listener(command as MenuCommand);
      };
      ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    },
  },
  file: {
    saveAs: (input) => invoke('file:save-as', input),
    saveMany: (input) => invoke('file:save-many', input),
    open: (input) => invoke('file:open', input),
  },
  print: {
    page: () => invoke('print:page'),
    toPdf: (input) => invoke('print:to-pdf', input),
  },
  shell: {
    showInFolder: (input) => invoke('shell:show-in-folder', input),
  },
  backup: {
    saveBegin: (input) => invoke('backup:save-begin', input),
    autoBegin: (input) => invoke('backup:auto-begin', input),
    append: (input) => invoke('backup:append', input),
    finish: (input) => invoke('backup:finish', input),
    abort: (input) => invoke('backup:abort', input),
    verifyOpen: (input) => invoke('backup:verify-open', input),
    listAuto: () => invoke('backup:list-auto'),
    open: (input) => invoke('backup:open', input),
    openAuto: (input) => invoke('backup:open-auto', input),
    read: (input) => invoke('backup:read', input),
    close: (input) => invoke('backup:close', input),
    exitReady: () => invoke('backup:exit-ready'),
  },
  files: {
    import: (input) => invoke('files:import', input),
    read: (input) => invoke('files:read', input),
    openExternal: (input) => invoke('files:open-external', input),
    restore: (input) => invoke('files:restore', input),
    delete: (input) => invoke('files:delete', input),
  },
} satisfies LedgerApi;

contextBridge.exposeInMainWorld('api', api);
