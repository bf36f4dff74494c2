// Runs the Electron specs where an Electron binary is installed; otherwise says so in one line.
// Electron's binary cannot be downloaded on the build machines (see DESIGN.md), so there it is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Not require('electron'): since Electron 42 that starts a download when the binary is missing.
function installedElectronPath() {
  const packageDir = join('node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(executable) ? executable : undefined;
}

const electronPath = installedElectronPath();
if (electronPath === undefined || !existsSync(electronPath)) {
  console.log('Electron 测试已跳过：本机未安装 Electron 可执行文件（skipped: no Electron binary installed）。');
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build:electron'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync('npx', ['playwright', 'test', '--config', 'tests/electron/playwright.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_PATH: electronPath },
});
process.exit(result.status ?? 1);
