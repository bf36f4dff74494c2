import type { StreetSummary } from '../domain/entities/street-summary';
import {
  STREET_SUMMARY_FORMAT,
  STREET_SUMMARY_FORMAT_VERSION,
  streetSummarySchema,
} from '../domain/entities/street-summary';
import { sha256Hex } from './backup/backup-crypto';

/** A summary package is a few kilobytes; anything far larger is not one. */
export const STREET_SUMMARY_MAX_BYTES = 5 * 2 ** 20;

export class StreetSummaryFileError extends Error {}

interface Envelope {
  format: string;
  formatVersion: number;
  /** SHA-256 of the JSON text of `summary` as written: tells a damaged or edited file. */
  sha256: string;
  summary: unknown;
}

/** The package's bytes: the summary with its hash, as UTF-8 JSON (readable, a few kilobytes). */
export async function encodeStreetSummary(summary: StreetSummary): Promise<Uint8Array> {
  const body = JSON.stringify(summary);
  const envelope = {
    format: STREET_SUMMARY_FORMAT,
    formatVersion: STREET_SUMMARY_FORMAT_VERSION,
    sha256: await sha256Hex(new TextEncoder().encode(body)),
    summary: '__BODY__',
  };
  // The body is spliced in verbatim so the reader can hash exactly the bytes that were hashed here.
  const text = JSON.stringify(envelope, null, 1).replace('"__BODY__"', body);
  return new TextEncoder().encode(text);
}

function bodyText(text: string): string | null {
  const marker = '"summary":';
  const start = text.indexOf(marker);
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  return text.slice(start + marker.length, end).trim();
}

/**
 * Reads a package, refusing with a Chinese reason anything that is not a whole, unaltered summary of
 * a format this program knows: nothing is stored until every check has passed.
 */
export async function decodeStreetSummary(bytes: Uint8Array, fileName: string): Promise<StreetSummary> {
  const named = `“${fileName}”`;
  if (bytes.byteLength === 0) throw new StreetSummaryFileError(`${named}是空文件（0 字节），可能没有复制完整。`);
  if (bytes.byteLength > STREET_SUMMARY_MAX_BYTES) {
    throw new StreetSummaryFileError(`${named}太大，不是社区汇总包（.pdsum 通常只有几十 KB）。`);
  }
  let text: string;
  let parsedJson: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    parsedJson = JSON.parse(text);
  } catch {
    throw new StreetSummaryFileError(
      `${named}不是社区汇总包，或文件不完整（复制中断、U 盘拔出过早）。请在社区的电脑上重新导出。`,
    );
  }
  const envelope = (typeof parsedJson === 'object' && parsedJson !== null ? parsedJson : {}) as Partial<Envelope>;
  if (envelope.format !== STREET_SUMMARY_FORMAT) {
    throw new StreetSummaryFileError(`${named}不是社区汇总包（可能是备份文件或其他文件）。`);
  }
  if (typeof envelope.formatVersion !== 'number' || envelope.formatVersion > STREET_SUMMARY_FORMAT_VERSION) {
    throw new StreetSummaryFileError(`${named}由更新版本的程序制作，请先把本程序升级到最新版本再导入。`);
  }
  const body = bodyText(text);
  if (body === null || (await sha256Hex(new TextEncoder().encode(body))) !== envelope.sha256) {
    throw new StreetSummaryFileError(`${named}已损坏或被改动过（校验值不符），请在社区的电脑上重新导出。`);
  }
  const parsed = streetSummarySchema.safeParse(envelope.summary);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StreetSummaryFileError(
      `${named}的内容不完整或有误（${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}），未导入。`,
    );
  }
  return parsed.data;
}

/** The file name a community's package is saved under. */
export function streetSummaryFileName(summary: StreetSummary): string {
  return `${summary.community}-${summary.year}年度汇总包.pdsum`;
}
