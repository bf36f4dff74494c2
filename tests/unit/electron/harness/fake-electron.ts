/**
 * A fake `electron` module for running the real main process (electron/main/index.ts) and the real
 * preload in Node, where no Electron binary exists. Each export follows the documented signature of
 * the Electron API it stands for (electron.d.ts, Electron 45), with only the behaviour the app uses;
 * `harness` lets a test drive it: answer dialogs, send IPC as a given frame, fire app events.
 *
 * Tests load it with `vi.mock('electron', () => import('./harness/fake-electron'))`.
 */
import { EventEmitter } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface OpenDialogReturnValue {
  canceled: boolean;
  filePaths: string[];
}
interface SaveDialogReturnValue {
  canceled: boolean;
  filePath: string;
}
interface MessageBoxReturnValue {
  response: number;
  checkboxChecked: boolean;
}

/** What a test tells the next dialogs to answer; each answer is used once, in order. */
const dialogAnswers = {
  save: [] as SaveDialogReturnValue[],
  open: [] as OpenDialogReturnValue[],
  message: [] as MessageBoxReturnValue[],
};

interface IpcMainInvokeEvent {
  sender: FakeWebContents;
  senderFrame: { url: string } | null;
  processId: number;
  frameId: number;
}
type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const invokeHandlers = new Map<string, InvokeHandler>();
const rendererListeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();

/** Everything the app asked of the machine, for tests to assert. */
export const calls = {
  showItemInFolder: [] as string[],
  openPath: [] as string[],
  errorBoxes: [] as { title: string; content: string }[],
  quit: 0,
  exit: [] as number[],
  print: 0,
  printToPDF: 0,
  applicationMenu: null as unknown,
  privilegedSchemes: [] as unknown[],
  sessionSecurity: [] as string[],
};

// ---------------------------------------------------------------------------------------------
// webContents and BrowserWindow

let nextId = 1;
const allContents: FakeWebContents[] = [];

class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  private url = '';
  /** Messages main sent to the page with `send`. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  devToolsOpened = false;

  constructor() {
    super();
    allContents.push(this);
  }

  getURL(): string {
    return this.url;
  }

  async loadURL(url: string): Promise<void> {
    this.url = url;
    await Promise.resolve();
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    for (const listener of rendererListeners.get(channel) ?? []) listener({}, ...args);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  print(_options: Record<string, unknown>, callback?: (success: boolean, failureReason: string) => void): void {
    calls.print += 1;
    callback?.(true, '');
  }

  printToPDF(_options: Record<string, unknown>): Promise<Buffer> {
    calls.printToPDF += 1;
    return Promise.resolve(Buffer.from('%PDF-1.7\n%%EOF\n'));
  }

  openDevTools(): void {
    this.devToolsOpened = true;
  }

  closeDevTools(): void {
    this.devToolsOpened = false;
  }

  isDevToolsOpened(): boolean {
    return this.devToolsOpened;
  }
}

const windows: FakeBrowserWindow[] = [];

class FakeBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  private minimized = false;
  private maximized = false;
  private destroyed = false;
  visible = false;
  focused = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    windows.push(this);
    // Electron emits this on `app` for every new webContents.
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    queueMicrotask(() => this.emit('ready-to-show'));
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return windows.filter((window) => !window.destroyed);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focused = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  minimize(): void {
    this.minimized = true;
  }

  restore(): void {
    this.minimized = false;
  }

  maximize(): void {
    this.maximized = true;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 10, y: 10, width: 1280, height: 820 };
  }

  /** Like Electron: 'close' may be prevented; otherwise the window is destroyed and 'closed' follows. */
  close(): void {
    if (this.destroyed) return;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

export const BrowserWindow = FakeBrowserWindow;

export const webContents = {
  getAllWebContents: (): FakeWebContents[] => [...allContents],
  fromId: (id: number): FakeWebContents | undefined => allContents.find((contents) => contents.id === id),
};

// ---------------------------------------------------------------------------------------------
// app

const paths = new Map<string, string>([
  ['userData', join(tmpdir(), 'fake-electron-userData')],
  ['temp', tmpdir()],
  ['home', tmpdir()],
  ['documents', tmpdir()],
]);
let readyResolve: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  readyResolve = resolve;
});
let isReady = false;
const switches = new Set<string>();

class FakeApp extends EventEmitter {
  isPackaged = false;
  appPath = process.cwd();
  singleInstance = true;
  readonly commandLine = {
    hasSwitch: (name: string): boolean => switches.has(name),
    getSwitchValue: (_name: string): string => '',
    appendSwitch: (name: string): void => void switches.add(name),
  };

  getPath(name: string): string {
    const path = paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    paths.set(name, path);
  }

  getAppPath(): string {
    return this.appPath;
  }

  getVersion(): string {
    return '0.1.0';
  }

  getName(): string {
    return 'party-edu-ledger';
  }

  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }

  whenReady(): Promise<void> {
    return ready;
  }

  isReady(): boolean {
    return isReady;
  }

  quit(): void {
    calls.quit += 1;
  }

  exit(code = 0): void {
    calls.exit.push(code);
  }
}

export const app = new FakeApp();

// ---------------------------------------------------------------------------------------------
// ipcMain / ipcRenderer / contextBridge

export const ipcMain = {
  handle(channel: string, listener: InvokeHandler): void {
    // Electron throws on a second handler for the same channel.
    if (invokeHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    invokeHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    invokeHandlers.delete(channel);
  },
  on(): void {},
};

/** The frame the fake renderer's IPC appears to come from; tests change it to play a foreign page. */
let rendererFrameUrl: string | null = null;

type RendererListener = (event: unknown, ...args: unknown[]) => void;

interface FakeIpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: RendererListener): FakeIpcRenderer;
  removeListener(channel: string, listener: RendererListener): FakeIpcRenderer;
}

export const ipcRenderer: FakeIpcRenderer = {
  invoke(channel, ...args) {
    return harness.invoke(channel, args[0], { frameUrl: rendererFrameUrl ?? windows[0]?.webContents.getURL() });
  },
  on(channel, listener) {
    let set = rendererListeners.get(channel);
    if (set === undefined) rendererListeners.set(channel, (set = new Set()));
    set.add(listener);
    return ipcRenderer;
  },
  removeListener(channel, listener) {
    rendererListeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

const exposed = new Map<string, unknown>();

export const contextBridge = {
  exposeInMainWorld(apiKey: string, api: unknown): void {
    // Electron clones the object into the page: functions survive, nothing else of the preload does.
    exposed.set(apiKey, api);
  },
};

// ---------------------------------------------------------------------------------------------
// dialog, shell, Menu, screen

function dialogArgs(args: unknown[]): Record<string, unknown> {
  // Both `(options)` and `(window, options)` forms exist.
  return (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
}

export const dialog = {
  lastOptions: [] as Record<string, unknown>[],
  showSaveDialog(...args: unknown[]): Promise<SaveDialogReturnValue> {
    dialog.lastOptions.push(dialogArgs(args));
    return Promise.resolve(dialogAnswers.save.shift() ?? { canceled: true, filePath: '' });
  },
  showOpenDialog(...args: unknown[]): Promise<OpenDialogReturnValue> {
    dialog.lastOptions.push(dialogArgs(args));
    return Promise.resolve(dialogAnswers.open.shift() ?? { canceled: true, filePaths: [] });
  },
  showMessageBox(...args: unknown[]): Promise<MessageBoxReturnValue> {
    dialog.lastOptions.push(dialogArgs(args));
    return Promise.resolve(dialogAnswers.message.shift() ?? { response: 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    calls.errorBoxes.push({ title, content });
  },
};

export const shell = {
  showItemInFolder(fullPath: string): void {
    calls.showItemInFolder.push(fullPath);
  },
  openPath(path: string): Promise<string> {
    calls.openPath.push(path);
    return Promise.resolve('');
  },
  openExternal(): Promise<void> {
    return Promise.reject(new Error('openExternal is not used by the app'));
  },
};

interface MenuItemOptions {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  click?: (...args: unknown[]) => void;
  submenu?: MenuItemOptions[];
}

export class Menu {
  constructor(readonly items: MenuItemOptions[]) {}

  static buildFromTemplate(template: MenuItemOptions[]): Menu {
    return new Menu(template);
  }

  static setApplicationMenu(menu: Menu | null): void {
    calls.applicationMenu = menu;
  }

  static getApplicationMenu(): Menu | null {
    return calls.applicationMenu as Menu | null;
  }
}

export const screen = {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
};

// ---------------------------------------------------------------------------------------------
// protocol, net, session

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export const net = {
  /**
   * Electron's net.fetch reads file: URLs itself; a missing file rejects (net::ERR_FILE_NOT_FOUND),
   * a folder rejects too, it never answers 404.
   */
  async fetch(input: string): Promise<Response> {
    const url = new URL(input);
    if (url.protocol !== 'file:') throw new Error('net::ERR_BLOCKED_BY_CLIENT');
    const path = fileURLToPath(url);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) throw new Error('net::ERR_FILE_NOT_FOUND');
    const body = await readFile(path);
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' },
    });
  },
};

function protocolModule() {
  return {
    handle(scheme: string, handler: ProtocolHandler): void {
      if (protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
      protocolHandlers.set(scheme, handler);
    },
    unhandle(scheme: string): void {
      protocolHandlers.delete(scheme);
    },
    isProtocolHandled(scheme: string): boolean {
      return protocolHandlers.has(scheme);
    },
  };
}

export const protocol = {
  ...protocolModule(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    // Electron: only before the app is ready.
    if (isReady) throw new Error('registerSchemesAsPrivileged must be called before app is ready');
    calls.privilegedSchemes.push(...schemes);
  },
};

type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

const defaultSession = {
  protocol: protocolModule(),
  beforeRequest: null as BeforeRequestListener | null,
  permissionRequest: null as
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  permissionCheck: null as ((...args: unknown[]) => boolean) | null,
  webRequest: {
    onBeforeRequest(listener: BeforeRequestListener): void {
      defaultSession.beforeRequest = listener;
      calls.sessionSecurity.push('onBeforeRequest');
    },
  },
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void {
    defaultSession.permissionRequest = handler;
    calls.sessionSecurity.push('permissionRequest');
  },
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    defaultSession.permissionCheck = handler;
    calls.sessionSecurity.push('permissionCheck');
  },
  setDevicePermissionHandler(): void {
    calls.sessionSecurity.push('devicePermission');
  },
};

export const session = { defaultSession };

// ---------------------------------------------------------------------------------------------
// The test's handle on all of it

export const harness = {
  /** Fires `ready` (start() runs) and waits for the promise callbacks that follow it. */
  async makeReady(): Promise<void> {
    isReady = true;
    readyResolve();
    app.emit('ready');
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  },
  setSwitch(name: string): void {
    switches.add(name);
  },
  answerSave(filePath: string | null): void {
    dialogAnswers.save.push(filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath });
  },
  answerOpen(filePaths: string[] | null): void {
    dialogAnswers.open.push(filePaths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths });
  },
  answerMessage(response: number): void {
    dialogAnswers.message.push({ response, checkboxChecked: false });
  },
  channels(): string[] {
    return [...invokeHandlers.keys()].sort();
  },
  /** `ipcRenderer.invoke` as a page at `frameUrl` would send it (null: a frame that is gone). */
  async invoke(channel: string, input: unknown, options: { frameUrl?: string | null | undefined } = {}) {
    await Promise.resolve();
    const handler = invokeHandlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    const window = windows[0];
    const sender = window?.webContents ?? new FakeWebContents();
    const frameUrl = options.frameUrl === undefined ? sender.getURL() : options.frameUrl;
    return handler(
      { sender, senderFrame: frameUrl === null ? null : { url: frameUrl }, processId: 1, frameId: 1 },
      input,
    );
  },
  /** Makes the fake renderer's `ipcRenderer` speak as another frame (null: the window's own). */
  setRendererFrame(url: string | null): void {
    rendererFrameUrl = url;
  },
  exposed(key: string): unknown {
    return exposed.get(key);
  },
  windows(): FakeBrowserWindow[] {
    return windows;
  },
  protocolHandler(scheme: string): ProtocolHandler | undefined {
    return defaultSession.protocol.isProtocolHandled(scheme) ? protocolHandlers.get(scheme) : undefined;
  },
  /** Asks the session's request filter whether a URL may load. */
  requestAllowed(url: string): boolean {
    let cancel = true;
    defaultSession.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel === true;
    });
    return !cancel;
  },
  menuItem(label: string): MenuItemOptions | undefined {
    const menu = calls.applicationMenu as Menu | null;
    const walk = (items: MenuItemOptions[]): MenuItemOptions | undefined => {
      for (const item of items) {
        if (item.label === label) return item;
        const found = item.submenu === undefined ? undefined : walk(item.submenu);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    return menu === null ? undefined : walk(menu.items);
  },
};

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  net,
  protocol,
  screen,
  session,
  shell,
  webContents,
};
