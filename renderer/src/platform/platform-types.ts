import type {
  AppInfo,
  AutoBackupEntry,
  AutoBackupReason,
  FileFilter,
  MenuCommand,
} from '../../../electron/shared/ipc-contract';
import type { BackupSink } from '../io/backup/backup-sink';
import type { BackupSource } from '../io/backup/backup-source';

export type { AppInfo, AutoBackupEntry, AutoBackupReason, BackupSource, FileFilter, MenuCommand };

/** A backup file being written chunk by chunk, never whole in memory. */
export interface BackupFileWriter extends BackupSink {
  /** Puts the finished file in place (Electron: the temporary file is renamed; browser: it is downloaded). */
  finish(): Promise<SavedFile>;
  /** Drops what was written: no half file is left behind. */
  abort(): Promise<void>;
  /**
   * The bytes written so far, read back from where they went (Electron: the flushed temporary file,
   * through main; browser: the Blob about to be downloaded), to verify them before `finish`.
   */
  written(): Promise<BackupSource>;
}

/** Backups into userData/backups: Electron only (a browser has no folder of its own). */
export interface AutoBackupStore {
  begin(reason: AutoBackupReason): Promise<BackupFileWriter>;
  list(): Promise<AutoBackupEntry[]>;
  open(name: string): Promise<BackupSource>;
  /** Tells main the exit backup is written, so the window may close. */
  exitReady(): Promise<void>;
}

export interface SavedFile {
  name: string;
  /** Full path where Electron saved it; browsers do not reveal where a download went. */
  path?: string;
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface SavedFolder {
  /** Shown to the user: the folder (Electron) or the .zip download (browser). */
  name: string;
  path?: string;
  count: number;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file taken into the app's keeping: a Blob in browser mode, a copy under userData/files in Electron. */
export interface ImportedFile {
  name: string;
  size: number;
  blob?: Blob;
  storedPath?: string;
}

/**
 * What the renderer needs from the machine, in one interface: Electron implements it over
 * `window.api`, a plain browser with a download link, a file input and `window.print()`.
 * Every method throws `PlatformError` with a Chinese message meant for the user.
 */
export interface PlatformApi {
  readonly kind: 'electron' | 'browser';
  getInfo(): Promise<AppInfo>;
  /** Resolves null when the user cancels the dialog. */
  saveFile(bytes: Uint8Array, suggestedName: string, filters: FileFilter[]): Promise<SavedFile | null>;
  /**
   * Saves many files at once: Electron asks for a folder and writes them into a new subfolder
   * `folderName`; a browser downloads one `folderName.zip`. Resolves null when the user cancels.
   */
  saveFiles(files: NamedBytes[], folderName: string): Promise<SavedFolder | null>;
  /** Asks where to save a backup and returns a writer for it; null when the user cancels. */
  saveBackup(suggestedName: string, filters: FileFilter[]): Promise<BackupFileWriter | null>;
  /** A backup file the user picks, read in slices (no size limit); null when cancelled. */
  openBackup(filters: FileFilter[]): Promise<BackupSource | null>;
  /** Resolves null when the user cancels; a file over `maxBytes` is refused with a clear message. */
  openFile(filters: FileFilter[], maxBytes?: number): Promise<OpenedFile | null>;
  /** Prints the page's print view with the system dialog. */
  printPage(): Promise<void>;
  /** Saves the page's print view as PDF; resolves null when cancelled. */
  printToPdf(suggestedName: string): Promise<SavedFile | null>;
  /** Whether `showInFolder` can do anything on this platform. */
  readonly canShowInFolder: boolean;
  showInFolder(path: string): Promise<void>;
  /** Takes a file into the app's keeping (see ImportedFile); null when cancelled. Refuses files over `maxBytes`. */
  importFile(filters: FileFilter[], maxBytes: number): Promise<ImportedFile | null>;
  /** The bytes of a file Electron copied into userData/files. */
  readStoredFile(storedPath: string): Promise<Uint8Array>;
  /** Writes a stored file back from a backup (Electron only; the name is checked by main). */
  writeStoredFile(storedPath: string, bytes: Uint8Array): Promise<void>;
  /** Deletes a stored file whose record was purged (Electron only). */
  deleteStoredFile(storedPath: string): Promise<void>;
  /** Whether `openWithSystem` can do anything here (Electron only). */
  readonly canOpenWithSystem: boolean;
  /** Opens a stored file with the system's application for its type. */
  openWithSystem(storedPath: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells main whether the 程序锁 is closed (main then refuses saving and printing); a no-op in a browser. */
  setLocked(locked: boolean): Promise<void>;
  /** null in browser mode, where the page offers a download reminder instead. */
  readonly autoBackups: AutoBackupStore | null;
}

/** A platform failure, its message in Chinese for the user. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
