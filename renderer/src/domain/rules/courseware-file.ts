import type { CoursewareKind } from '../entities/courseware';

/**
 * Largest courseware file the library takes. In browser mode the bytes live in IndexedDB, where a
 * few hundred MB per file is still safe on an office PC; a longer video should be split or kept on disc.
 */
export const MAX_COURSEWARE_BYTES = 500 * 1024 * 1024;

const KIND_BY_EXTENSION: Record<string, CoursewareKind> = {
  mp4: 'video',
  m4v: 'video',
  webm: 'video',
  ogv: 'video',
  mov: 'video',
  avi: 'video',
  wmv: 'video',
  flv: 'video',
  mkv: 'video',
  mpg: 'video',
  mpeg: 'video',
  mp3: 'audio',
  wav: 'audio',
  ogg: 'audio',
  oga: 'audio',
  m4a: 'audio',
  aac: 'audio',
  flac: 'audio',
  wma: 'audio',
  pdf: 'pdf',
  ppt: 'slides',
  pptx: 'slides',
  pps: 'slides',
  ppsx: 'slides',
  dps: 'slides',
  odp: 'slides',
  doc: 'word',
  docx: 'word',
  wps: 'word',
  odt: 'word',
  rtf: 'word',
};

/** Formats Chromium (and so Electron) plays itself; others open with the system application. */
const PLAYABLE_IN_APP = new Set(['mp4', 'm4v', 'webm', 'ogv', 'mp3', 'wav', 'ogg', 'oga', 'm4a', 'aac', 'flac']);

const MIME_BY_EXTENSION: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  flac: 'audio/flac',
  pdf: 'application/pdf',
};

export const COURSEWARE_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function coursewareKindOf(name: string): CoursewareKind | null {
  return KIND_BY_EXTENSION[fileExtension(name)] ?? null;
}

export function isPlayableInApp(name: string): boolean {
  return PLAYABLE_IN_APP.has(fileExtension(name));
}

export function mimeTypeOf(name: string): string {
  return MIME_BY_EXTENSION[fileExtension(name)] ?? 'application/octet-stream';
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Returns the Chinese reason a file cannot enter the library, or null when it can. */
export function coursewareFileProblem(name: string, size: number, maxBytes = MAX_COURSEWARE_BYTES): string | null {
  if (coursewareKindOf(name) === null) {
    const extension = fileExtension(name);
    return `不支持的文件类型${extension === '' ? '（无扩展名）' : `“.${extension}”`}：课件库可导入视频（mp4、webm 等）、音频（mp3、wav 等）、PDF、幻灯片（ppt、pptx）和 Word 文件（doc、docx）。`;
  }
  if (size > maxBytes) {
    return `文件“${name}”有 ${formatFileSize(size)}，超过了 ${formatFileSize(maxBytes)} 的上限，未导入。可先分段或压缩后再导入。`;
  }
  if (size === 0) return `文件“${name}”是空的（0 字节），未导入。`;
  return null;
}

/**
 * 学时 credited for playing a courseware: its length in hours, rounded up to a tenth
 * (every started 6 minutes counts 0.1 学时; DOMAIN.md: 1 学时 per hour of study, local practice).
 */
export function coursewareHours(durationSeconds: number): number {
  if (durationSeconds <= 0) return 0;
  return Math.ceil(durationSeconds / 360) / 10;
}

/** "1 小时 5 分 3 秒" style, for the library list. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} 小时`);
  if (minutes > 0) parts.push(`${minutes} 分`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} 秒`);
  return parts.join(' ');
}

/** An activity counts as remote education when its type or its form says so. */
export function isRemoteEducation(typeName: string | undefined, form: string | undefined): boolean {
  return [typeName, form].some((text) => text !== undefined && /远程教育|在线学习/.test(text));
}
