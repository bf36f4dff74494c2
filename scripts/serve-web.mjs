// Browser mode: serves the built renderer on 127.0.0.1 with the same Content-Security-Policy the
// Electron app sends. For machines without an Electron binary, and for the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

// WEB_ROOT lets tests serve a folder of their own; the app always serves dist/renderer.
const root = process.env.WEB_ROOT ?? fileURLToPath(new URL('../dist/renderer/', import.meta.url));
// The benchmark page (tests/bench) is served under /bench/ on the app's own origin, so it sees the app's
// IndexedDB. Only when BENCH_ROOT is set: the app itself never has it.
const benchRoot = process.env.BENCH_ROOT;
const port = Number(process.env.PORT ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

let indexHtml;
try {
  indexHtml = await readFile(join(root, 'index.html'), 'utf8');
} catch {
  console.error('找不到 dist/renderer/index.html：请先运行 npm run build:web（npm run web 会自动构建）。');
  process.exit(1);
}
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1];

// Headers every answer carries: no MIME sniffing, and the app may not be framed by another page
// (frame-ancestors works only as a header, never from the page's <meta>).
const safetyHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};
const headerCsp = csp ? `${csp.replaceAll('&#39;', "'")}; frame-ancestors 'none'` : "frame-ancestors 'none'";

/** The request's path, or null for a URL that cannot be decoded (e.g. a lone "%"). */
function requestPath(rawUrl) {
  try {
    return decodeURIComponent(new URL(rawUrl ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

const server = createServer(async (request, response) => {
  const pathname = requestPath(request.url);
  if (pathname === null || pathname.includes('\0')) {
    response.writeHead(400, { ...safetyHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('请求地址无效');
    return;
  }
  const bench = benchRoot !== undefined && pathname.startsWith('/bench/');
  const base = bench ? benchRoot : root;
  const inBase = bench ? pathname.slice('/bench'.length) : pathname;
  const file = normalize(join(base, inBase === '/' ? 'index.html' : inBase));
  const fromRoot = relative(base, file);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    response.writeHead(404, safetyHeaders).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      ...safetyHeaders,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': headerCsp,
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { ...safetyHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到');
  }
});

server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用：用 PORT=其他端口 npm run web 换一个。` : error.message,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  // PORT=0 asks the system for a free port: say which one it gave.
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`社区党员教育台账（浏览器模式）已启动：http://127.0.0.1:${actual}/`);
});
