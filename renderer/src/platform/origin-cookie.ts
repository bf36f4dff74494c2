import type { OriginEntry } from './origin-list';
import { ORIGIN_COOKIE, originCookieValue, parseOriginCookie } from './origin-list';

/** Browsers cap a cookie's lifetime at 400 days; it is written again at every start. */
const COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** The origins of this host where this browser has seen ledger data (shared by all ports of the host). */
export function readOriginEntries(): OriginEntry[] {
  return parseOriginCookie(document.cookie);
}

export function writeOriginEntries(entries: OriginEntry[]): void {
  // path=/ and no Domain attribute: a host-only cookie, which every port of this host receives.
  document.cookie =
    entries.length === 0
      ? `${ORIGIN_COOKIE}=; path=/; max-age=0; SameSite=Strict`
      : `${ORIGIN_COOKIE}=${originCookieValue(entries)}; path=/; max-age=${COOKIE_MAX_AGE_SECONDS}; SameSite=Strict`;
}
