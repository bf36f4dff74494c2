import type { StoredFile } from '../../domain/entities/activity';
import type { CoursewareKind } from '../../domain/entities/courseware';
import { mimeTypeOf } from '../../domain/rules/courseware-file';
import type { LedgerDatabase } from '../../db/database';
import { getStoredFile } from '../../db/repositories/activity-reads';
import { getPlatform } from '../../platform/api';

/** The bytes of a stored file as a Blob: kept in IndexedDB (browser mode) or read from userData/files (Electron). */
export async function storedFileBlob(file: StoredFile): Promise<Blob> {
  if (file.blob !== undefined) return file.blob;
  if (file.storedPath !== undefined) {
    const bytes = await getPlatform().readStoredFile(file.storedPath);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType || mimeTypeOf(file.name) });
  }
  throw new Error(`文件“${file.name}”的内容不在本机，无法打开。`);
}

export async function loadStoredFile(db: LedgerDatabase, fileId: string): Promise<StoredFile> {
  const file = await getStoredFile(db, fileId);
  if (file === undefined) throw new Error('找不到该文件，可能已被删除。');
  return file;
}

/**
 * Reads the length of an audio or video from its own metadata, as the browser's media element
 * reports it. Resolves undefined when the format cannot be read here (the user then types it).
 */
export function probeMediaDuration(blob: Blob, kind: CoursewareKind, timeoutMs = 15_000): Promise<number | undefined> {
  if (kind !== 'audio' && kind !== 'video') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const element = document.createElement(kind);
    const url = URL.createObjectURL(blob);
    const finish = (seconds: number | undefined) => {
      clearTimeout(timer);
      element.removeAttribute('src');
      element.load();
      URL.revokeObjectURL(url);
      resolve(seconds);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    element.preload = 'metadata';
    element.addEventListener('loadedmetadata', () =>
      finish(Number.isFinite(element.duration) ? element.duration : undefined),
    );
    element.addEventListener('error', () => finish(undefined));
    element.src = url;
  });
}

/** "45" (minutes) or "1:05" (minutes:seconds) → seconds; null when not a duration. */
export function parseDurationInput(text: string): number | null {
  const trimmed = text.trim().replace('：', ':');
  if (trimmed === '') return null;
  const match = /^(\d{1,4})(?::([0-5]?\d))?$/.exec(trimmed);
  if (match === null) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2] ?? 0);
}

export function durationInput(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
