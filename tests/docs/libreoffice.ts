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

export interface PdfLine {
  text: string;
  /** Points from the top of the page. */
  yMin: number;
  yMax: number;
  xMin: number;
}

/** The text lines of one page (1-based) with their boxes, from `pdftotext -bbox-layout`. */
export function pdfLines(pdfPath: string, page: number): PdfLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdfPath, '-'], {
    encoding: 'utf8',
  });
  return [...html.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^]*?)<\/line>/g)].map(
    (match) => ({
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      yMax: Number(match[3]),
      text: [...(match[4] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1] ?? '').join(''),
    }),
  );
}

/** Heights (points from the top) of the pixel rows of one page that hold red ink: rules like the 红色分隔线. */
export function redRows(pdfPath: string, page: number): number[] {
  const dpi = 144;
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // P6 header: "P6\n<width> <height>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a P6 image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    let red = 0;
    for (let x = 0; x < width; x += 1) {
      const at = offset + (y * width + x) * 3;
      if ((ppm[at] ?? 0) > 200 && (ppm[at + 1] ?? 255) < 80 && (ppm[at + 2] ?? 255) < 80) red += 1;
    }
    // A rule spans most of the text block; red type does not fill a row.
    if (red > width / 2) rows.push((y * 72) / dpi);
  }
  return rows;
}
