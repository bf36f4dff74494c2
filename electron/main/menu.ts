import { Menu, app, shell } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import { MENU_COMMAND_CHANNEL } from '../shared/ipc-contract';
import { printWindow, savePrintViewAsPdf } from './ipc/print';
import { isAppLocked } from './lock-state';

export function buildMenuTemplate(
  getWindow: () => BrowserWindow | null,
  isPackaged: boolean,
): MenuItemConstructorOptions[] {
  // While the 程序锁 is closed the menu's commands do nothing (the accelerators included).
  const send = (command: MenuCommand) => {
    if (!isAppLocked()) getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const withWindow = (action: (window: BrowserWindow) => unknown) => () => {
    const window = getWindow();
    if (window !== null && !isAppLocked()) void action(window);
  };
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: withWindow(printWindow) },
        { label: '另存为 PDF…', click: withWindow((window) => savePrintViewAsPdf(window, '打印.pdf')) },
        { type: 'separator' },
        { label: '备份数据…', accelerator: 'CmdOrCtrl+Shift+B', click: () => send('backup-now') },
        { type: 'separator' },
        { label: '设置', click: () => send('open-settings') },
        {
          label: '打开数据文件夹',
          click: () => {
            if (!isAppLocked()) void shell.openPath(app.getPath('userData'));
          },
        },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(isPackaged
          ? []
          : ([
              { type: 'separator' },
              { label: '重新加载', role: 'reload' },
              { label: '开发者工具', role: 'toggleDevTools' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: '关于', click: () => send('open-about') }],
    },
  ];
}

export function installMenu(getWindow: () => BrowserWindow | null): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(getWindow, app.isPackaged)));
}
