import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FigureResult } from '../figure';

/**
 * Initial JavaScript: the entry script and the chunks index.html preloads; lazy pages are excluded.
 * Measured on the built files, once (it does not vary).
 */
export function initialJavaScript(rendererDist: string): FigureResult {
  const html = readFileSync(join(rendererDist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].flatMap((match) =>
    match[1] === undefined ? [] : [match[1]],
  );
  const gzipKb = (file: string) => gzipSync(readFileSync(join(rendererDist, file))).length / 1024;
  const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
  const allKb = readdirSync(join(rendererDist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipKb(join('assets', file)), 0);
  return {
    id: 'initial-js',
    label: '渲染进程初始 JavaScript（gzip）',
    scale: '—',
    unit: 'KB',
    samples: [initialKb],
    budget: 500,
    notes: [
      `全部 JavaScript ${allKb.toFixed(1)} KB（gzip），初始部分占 ${((100 * initialKb) / allKb).toFixed(0)}%；` +
        `初始文件：${initial.join('、')}`,
    ],
  };
}
