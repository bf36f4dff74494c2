// npm run bench: builds the renderer and prints measured figures. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'ignore' });
if (build.status !== 0) {
  console.error('构建失败：npm run build:web');
  process.exit(1);
}

// Initial JavaScript: the entry script and the chunks index.html preloads; lazy pages are excluded.
const root = 'dist/renderer';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
const initialGzip = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, file))).length, 0);
const allGzip = readdirSync(join(root, 'assets'))
  .filter((file) => file.endsWith('.js'))
  .reduce((sum, file) => sum + gzipSync(readFileSync(join(root, 'assets', file))).length, 0);

console.log('figure | measured | budget | ratio');
console.log(
  `initial JavaScript (gzip) | ${(initialGzip / 1024).toFixed(1)} KB | 500 KB | ${(initialGzip / (500 * 1024)).toFixed(2)} of budget`,
);
console.log(
  `all JavaScript (gzip) | ${(allGzip / 1024).toFixed(1)} KB | — | initial is ${((100 * initialGzip) / allGzip).toFixed(0)}% of all`,
);
