import { net, protocol } from 'electron';
import type { Session } from 'electron';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_SCHEME } from '../shared/channels';
import { resolveAppPath } from './app-path';

/** Must run before `app.ready`: makes app:// a standard, secure origin with its own storage. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

export function serveAppScheme(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererRoot, request.url);
    // net.fetch rejects for a missing file or a folder (a failed request, not an answer): 404 instead.
    const isFile =
      file !== null &&
      (await stat(file).then(
        (info) => info.isFile(),
        () => false,
      ));
    if (file === null || !isFile) return notFound();
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    if (extname(file) === '.html') headers.set('Cache-Control', 'no-cache');
    return new Response(response.body, { status: response.status, headers });
  });
}

function notFound(): Response {
  return new Response('未找到', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
