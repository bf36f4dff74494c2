import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FONTS_CONF = resolve(import.meta.dirname, 'fonts.conf');
export const OUTPUT_DIR = resolve(import.meta.dirname, '../output/docs');

export interface RenderedPdf {
  pdfPath: string;
  pages: number;
  /** Page size in points, e.g. "595.276 x 841.89 pts (A4)". */
  pageSize: string;
  /** pdftotext -layout, pages separated by form feeds. */
  text: string;
  pageTexts: string[];
}

const workDir = mkdtempSync(join(tmpdir(), 'ledger-docs-'));
// A private profile: parallel LibreOffice runs (other suites, other sessions) must not share one.
const profile = join(workDir, 'profile');

export function cleanUp(): void {
  rmSync(workDir, { recursive: true, force: true });
}

/** Converts a .docx with LibreOffice headless, with the office fonts aliased to Noto CJK (fonts.conf). */
export function renderDocx(bytes: Uint8Array, name: string): RenderedPdf {
  const docxPath = join(workDir, `${name}.docx`);
  writeFileSync(docxPath, bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docxPath],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: 'pipe', timeout: 110_000 },
  );
  const pdfPath = join(workDir, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageSize = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // Page 1 as a small PNG, for a person to look at the layout.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(OUTPUT_DIR, name)]);
  writeFileSync(join(OUTPUT_DIR, `${name}.docx`), bytes);
  return { pdfPath, pages, pageSize, text, pageTexts: text.split('\f').slice(0, pages) };
}

/** pdftotext puts spaces between characters of justified lines; compare without any whitespace. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
