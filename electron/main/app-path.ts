import { isAbsolute, join, normalize, relative } from 'node:path';
import { APP_HOST } from '../shared/channels';

/** Maps app://ledger/<path> to a file under `root`; anything outside it is a 404. */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return null;
  const pathname = decodeURIComponent(url.pathname);
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relativePath));
  const fromRoot = relative(root, file);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return file;
}
