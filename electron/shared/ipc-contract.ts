import { z } from 'zod';
import type { MenuCommand } from './channels';
import { MAX_IMPORT_FILE_BYTES, MAX_OPEN_FILE_BYTES } from './limits';

/**
 * Every IPC channel between the renderer and main: its name, the zod schema of its input and
 * the type of its output. Main validates every input with these schemas; the preload and the
 * renderer are typed against the same map, so the three cannot drift.
 */

export { MAX_IMPORT_FILE_BYTES, MAX_OPEN_FILE_BYTES };
export type { MenuCommand };
export { APP_ORIGIN, MENU_COMMAND_CHANNEL } from './channels';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9*]{1,10}$/))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilter>;

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) < 32) return true;
  return false;
}

const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name), '文件名含有不允许的字符');

/** Why an automatic backup was written into userData/backups. */
export const autoBackupReasons = ['daily', 'exit', 'before-restore'] as const;
export type AutoBackupReason = (typeof autoBackupReasons)[number];

export interface AutoBackupEntry {
  name: string;
  size: number;
  createdAt: string;
  reason: AutoBackupReason;
}

/**
 * A file the app keeps under userData/files, named by main when it copied the file in: one
 * generated name, never a path the page made up (no folders, no "..").
 */
const storedPath = z.string().regex(/^[0-9a-f-]{36}(\.[a-z0-9]{1,10})?$/, '不是程序保存的文件');

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, '应为文件内容（字节）');

/**
 * A backup file main holds open for the page, written or read in chunks: the page names it by this
 * token, never by a path (paths come only from main's own dialogs or the backups folder).
 */
const streamToken = z.string().regex(/^[0-9a-f-]{36}$/, '不是有效的文件句柄');

/** Largest slice one `backup:read` returns (a backup part is read whole to check its hash). */
export const MAX_BACKUP_SLICE_BYTES = 1024 * 1024 * 1024;

export const ipcContract = {
  'app:get-info': {
    input: z.undefined(),
  },
  'app:set-locked': {
    input: z.object({ locked: z.boolean() }),
  },
  'file:save-as': {
    input: z.object({
      bytes,
      suggestedName: safeFileName,
      filters: z.array(fileFilter).max(10),
    }),
  },
  'file:save-many': {
    input: z.object({
      /** A new folder of this name is made inside the folder the user picks. */
      folderName: safeFileName,
      files: z
        .array(z.object({ name: safeFileName, bytes }))
        .min(1)
        .max(20_000),
    }),
  },
  'file:open': {
    input: z.object({
      filters: z.array(fileFilter).max(10),
      maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
    }),
  },
  'print:page': {
    input: z.undefined(),
  },
  'print:to-pdf': {
    input: z.object({ suggestedName: safeFileName }),
  },
  'shell:show-in-folder': {
    input: z.object({ path: z.string().min(1).max(4096) }),
  },
  'backup:save-begin': {
    input: z.object({ suggestedName: safeFileName, filters: z.array(fileFilter).max(10) }),
  },
  'backup:auto-begin': {
    input: z.object({ reason: z.enum(autoBackupReasons) }),
  },
  'backup:append': {
    input: z.object({ token: streamToken, bytes }),
  },
  'backup:finish': {
    input: z.object({ token: streamToken }),
  },
  'backup:abort': {
    input: z.object({ token: streamToken }),
  },
  /** Opens a backup being written (flushed, not yet renamed) for reading, to verify it. */
  'backup:verify-open': {
    input: z.object({ token: streamToken }),
  },
  'backup:list-auto': {
    input: z.undefined(),
  },
  'backup:open': {
    input: z.object({ filters: z.array(fileFilter).max(10) }),
  },
  'backup:open-auto': {
    input: z.object({ name: safeFileName }),
  },
  'backup:read': {
    input: z.object({
      token: streamToken,
      offset: z.number().int().min(0),
      length: z.number().int().min(0).max(MAX_BACKUP_SLICE_BYTES),
    }),
  },
  'backup:close': {
    input: z.object({ token: streamToken }),
  },
  'backup:exit-ready': {
    input: z.undefined(),
  },
  'files:import': {
    input: z.object({
      filters: z.array(fileFilter).max(10),
      maxBytes: z.number().int().positive().max(MAX_IMPORT_FILE_BYTES),
    }),
  },
  'files:read': {
    input: z.object({ storedPath }),
  },
  'files:open-external': {
    input: z.object({ storedPath }),
  },
  /** A stored file written back from a backup (its hash was checked by the page); same name rule. */
  'files:restore': {
    input: z.object({ storedPath, bytes }),
  },
  /** Purging a record from the recycle bin deletes its stored file. */
  'files:delete': {
    input: z.object({ storedPath }),
  },
} as const;

export type IpcChannel = keyof typeof ipcContract;

/**
 * Channels main refuses while the 程序锁 is closed: everything that saves, prints, opens or shows
 * data outside the page. Automatic/exit backups, reading stored files for the page and the lock
 * itself stay open.
 */
export const channelsRefusedWhileLocked: readonly IpcChannel[] = [
  'file:save-as',
  'file:save-many',
  'file:open',
  'print:page',
  'print:to-pdf',
  'shell:show-in-folder',
  'backup:save-begin',
  'backup:open',
  'backup:open-auto',
  'files:import',
  'files:open-external',
];
export type IpcInput<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['input']>;

export interface AppInfo {
  version: string;
  dataFolder: string;
  platform: string;
}

export type SaveResult = { saved: true; path: string } | { saved: false };
export type SaveManyResult = { saved: true; folder: string; count: number } | { saved: false };
/** A backup file being written: chunks go to a temporary file beside `path`, renamed on finish. */
export type BackupSaveBegin = { started: true; token: string; path: string } | { started: false };
export interface BackupSaved {
  path: string;
  size: number;
}
/** A backup file main opened for reading in slices. */
export interface BackupOpened {
  token: string;
  name: string;
  size: number;
}
export type BackupOpenResult = ({ opened: true } & BackupOpened) | { opened: false };
export type OpenResult = { opened: true; name: string; bytes: Uint8Array } | { opened: false };

/** A file main copied into userData/files from its own open dialog. */
export type ImportResult = { imported: true; name: string; size: number; storedPath: string } | { imported: false };

export interface IpcOutputs {
  'app:get-info': AppInfo;
  'app:set-locked': null;
  'file:save-as': SaveResult;
  'file:save-many': SaveManyResult;
  'file:open': OpenResult;
  'print:page': { printed: boolean };
  'print:to-pdf': SaveResult;
  'shell:show-in-folder': null;
  'backup:save-begin': BackupSaveBegin;
  'backup:auto-begin': { token: string; path: string };
  'backup:append': null;
  'backup:finish': BackupSaved;
  'backup:abort': null;
  'backup:verify-open': BackupOpened;
  'backup:list-auto': AutoBackupEntry[];
  'backup:open': BackupOpenResult;
  'backup:open-auto': BackupOpened;
  'backup:read': Uint8Array;
  'backup:close': null;
  'backup:exit-ready': null;
  'files:import': ImportResult;
  'files:read': Uint8Array;
  'files:open-external': null;
  'files:restore': null;
  'files:delete': null;
}
export type IpcOutput<C extends IpcChannel> = IpcOutputs[C];

export type IpcErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'file-too-large'
  | 'file-unreadable'
  | 'file-unwritable'
  | 'print-failed'
  | 'open-failed'
  | 'locked'
  | 'not-allowed'
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  /** Shown to the user as is: always Chinese. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The object the preload exposes as `window.api`: one function per channel, grouped by area. */
export interface LedgerApi {
  app: {
    getInfo(): Promise<IpcResult<AppInfo>>;
    setLocked(input: IpcInput<'app:set-locked'>): Promise<IpcResult<null>>;
    onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  };
  file: {
    saveAs(input: IpcInput<'file:save-as'>): Promise<IpcResult<SaveResult>>;
    saveMany(input: IpcInput<'file:save-many'>): Promise<IpcResult<SaveManyResult>>;
    open(input: IpcInput<'file:open'>): Promise<IpcResult<OpenResult>>;
  };
  print: {
    page(): Promise<IpcResult<{ printed: boolean }>>;
    toPdf(input: IpcInput<'print:to-pdf'>): Promise<IpcResult<SaveResult>>;
  };
  shell: {
    showInFolder(input: IpcInput<'shell:show-in-folder'>): Promise<IpcResult<null>>;
  };
  backup: {
    saveBegin(input: IpcInput<'backup:save-begin'>): Promise<IpcResult<BackupSaveBegin>>;
    autoBegin(input: IpcInput<'backup:auto-begin'>): Promise<IpcResult<{ token: string; path: string }>>;
    append(input: IpcInput<'backup:append'>): Promise<IpcResult<null>>;
    finish(input: IpcInput<'backup:finish'>): Promise<IpcResult<BackupSaved>>;
    abort(input: IpcInput<'backup:abort'>): Promise<IpcResult<null>>;
    verifyOpen(input: IpcInput<'backup:verify-open'>): Promise<IpcResult<BackupOpened>>;
    listAuto(): Promise<IpcResult<AutoBackupEntry[]>>;
    open(input: IpcInput<'backup:open'>): Promise<IpcResult<BackupOpenResult>>;
    openAuto(input: IpcInput<'backup:open-auto'>): Promise<IpcResult<BackupOpened>>;
    read(input: IpcInput<'backup:read'>): Promise<IpcResult<Uint8Array>>;
    close(input: IpcInput<'backup:close'>): Promise<IpcResult<null>>;
    exitReady(): Promise<IpcResult<null>>;
  };
  files: {
    import(input: IpcInput<'files:import'>): Promise<IpcResult<ImportResult>>;
    read(input: IpcInput<'files:read'>): Promise<IpcResult<Uint8Array>>;
    openExternal(input: IpcInput<'files:open-external'>): Promise<IpcResult<null>>;
    restore(input: IpcInput<'files:restore'>): Promise<IpcResult<null>>;
    delete(input: IpcInput<'files:delete'>): Promise<IpcResult<null>>;
  };
}
