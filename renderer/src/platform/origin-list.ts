/**
 * Browser mode keeps the ledger in IndexedDB, which belongs to one origin (scheme + host + port): the same
 * browser opened on another port sees an empty ledger. A page cannot read another origin's storage, but
 * cookies are scoped by host and path only, never by port (RFC 6265 §8.5), so a cookie on 127.0.0.1 is
 * shared by every port of it. That cookie lists the origins where this browser has seen ledger data.
 */

/** The port `npm run web` (scripts/serve-web.mjs) serves on when PORT is not set. */
export const DEFAULT_WEB_PORT = 4173;

export const ORIGIN_COOKIE = 'pel-origins';

/** Few entries: a cookie is sent with every request and limited to about 4 KB. */
const MAX_ENTRIES = 8;

export interface OriginEntry {
  origin: string;
  /** Live members when last seen there. */
  members: number;
  /** When data was last seen there (YYYY-MM-DD). */
  seen: string;
}

export interface StoreContents {
  /** No member, activity or organisation unit at all, not even in the recycle bin. */
  empty: boolean;
  members: number;
}

function isEntry(value: unknown): value is OriginEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['origin'] === 'string' &&
    /^https?:\/\/[^/\s]+$/.test(entry['origin']) &&
    typeof entry['members'] === 'number' &&
    Number.isInteger(entry['members']) &&
    entry['members'] >= 0 &&
    typeof entry['seen'] === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(entry['seen'])
  );
}

/** The entries in a `document.cookie` string; anything malformed is dropped, never thrown. */
export function parseOriginCookie(cookies: string): OriginEntry[] {
  const raw = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${ORIGIN_COOKIE}=`));
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(raw.slice(ORIGIN_COOKIE.length + 1)));
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, MAX_ENTRIES) : [];
  } catch {
    return [];
  }
}

/** The cookie's value (before attributes): URI-encoded JSON, so commas and semicolons cannot break it. */
export function originCookieValue(entries: OriginEntry[]): string {
  return encodeURIComponent(JSON.stringify(entries.slice(0, MAX_ENTRIES)));
}

/**
 * The list after a look at this origin's store: an origin holding data is put first with its count; an
 * empty one is taken off (its data is gone or never was).
 */
export function updateOriginEntries(
  entries: OriginEntry[],
  origin: string,
  contents: StoreContents,
  today: string,
): OriginEntry[] {
  const others = entries.filter((entry) => entry.origin !== origin);
  if (contents.empty) return others;
  return [{ origin, members: contents.members, seen: today }, ...others].slice(0, MAX_ENTRIES);
}

export interface EmptyStoreNotice {
  origin: string;
  /** Other origins of this host where this browser saw ledger data, most recent first. */
  elsewhere: OriginEntry[];
  /** This very origin held data before: the browser (or someone) has deleted it since. */
  lostHere: OriginEntry | null;
  /** Not the port `npm run web` uses: a likely reason for an empty ledger even with nothing recorded. */
  unusualPort: boolean;
}

/** What to tell a user whose store is empty; null when there is nothing worth saying. */
export function emptyStoreNotice(origin: string, entries: OriginEntry[]): EmptyStoreNotice | null {
  const url = new URL(origin);
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  const notice: EmptyStoreNotice = {
    origin,
    elsewhere: entries.filter((entry) => entry.origin !== origin),
    lostHere: entries.find((entry) => entry.origin === origin) ?? null,
    unusualPort: port !== DEFAULT_WEB_PORT,
  };
  return notice.elsewhere.length === 0 && notice.lostHere === null && !notice.unusualPort ? null : notice;
}

function amount(entry: OriginEntry): string {
  return entry.members === 0 ? '尚无党员' : `约 ${entry.members} 名党员`;
}

/** The notice in words for the office. */
export function emptyStoreMessage(notice: EmptyStoreNotice): string {
  const parts = [`当前地址 ${notice.origin} 下没有数据。`];
  if (notice.lostHere !== null) {
    parts.push(
      `此前在这个地址使用过本台账（${notice.lostHere.seen}，${amount(notice.lostHere)}），现在数据已不在：` +
        '可能是清除了浏览数据，或浏览器在磁盘空间不足时删除了它。请到“数据与备份”从U盘上的备份恢复。',
    );
  }
  if (notice.elsewhere.length > 0) {
    parts.push(
      `此前在 ${notice.elsewhere.map((entry) => `${entry.origin} 使用过本台账（${amount(entry)}）`).join('；在 ')}。` +
        '浏览器按地址分别保存数据，请改用原地址打开，或在原地址导出备份后到这里恢复。',
    );
  } else if (notice.lostHere === null) {
    parts.push(
      '浏览器按地址（包括端口号）分别保存数据：如果以前用别的地址打开过本台账' +
        `（默认是 http://127.0.0.1:${DEFAULT_WEB_PORT}），数据在那个地址下，请改用原地址打开。`,
    );
  }
  return parts.join('');
}
