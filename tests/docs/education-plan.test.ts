import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEducationPlanDocx } from '../../renderer/src/documents/education-plan';

const folder = mkdtempSync(join(tmpdir(), 'education-plan-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** LibreOffice lacks the official fonts: alias them to Noto Serif CJK SC (DESIGN.md). */
function fontConfig(): string {
  const file = join(folder, 'fonts.conf');
  const alias = (family: string) =>
    `<alias><family>${family}</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>`;
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${['仿宋_GB2312', '方正小标宋简体', '黑体', '宋体'].map(alias).join('')}</fontconfig>`,
  );
  return file;
}

describe('the yearly education plan rendered by LibreOffice', () => {
  it('is an A4 PDF with the title, every item and the header row on each page', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => ({
      month: (index % 12) + 1,
      typeName: '党课',
      topic: `第${index + 1}课 学习党章党规`,
      targetGroup: '全体党员',
      lecturer: '王教授',
      hours: 2,
      budgetFen: 10000,
    }));
    const docx = join(folder, 'plan.docx');
    writeFileSync(
      docx,
      await buildEducationPlanDocx({ officeName: '中共幸福社区委员会', year: 2027, date: '2027-01-05', rows }),
    );
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docx], {
      env: { ...process.env, FONTCONFIG_FILE: fontConfig(), HOME: folder },
      stdio: 'ignore',
      timeout: 110_000,
    });
    const pdf = join(folder, 'plan.pdf');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const compact = text.replace(/\s/g, '');
    expect(compact).toContain('中共幸福社区委员会2027年度党员教育培训计划');
    expect(compact).toContain('第40课');
    expect(text.split('\f').filter((page) => page.replace(/\s/g, '').includes('主讲人')).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(readFileSync(pdf).byteLength).toBeGreaterThan(1000);
  });
});
