import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpActiveDatabase } from './backup-helpers';
import { addMemberInRoster, openDataTab } from './data-safety-helpers';
import { expect, test } from './fixtures';
import { buildOrganisation } from './roster-helpers';

test('a 党课 for a branch: sign-in sheet as A4 PDF, keyboard attendance, minutes, the member’s activities', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 40_000 });

  // Create the 党课 for 第一党支部.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '活动' }).click();
  await expect(page.getByRole('heading', { name: '活动', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '新建活动' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('活动类型').click();
  await page.getByRole('option', { name: '党课', exact: true }).click();
  await dialog.getByLabel('主题').fill('党课：学习新修订的党章');
  await dialog.getByLabel('组织单位（可多选）').click();
  await page.getByRole('option', { name: '第一党支部', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('地点').fill('社区党群服务中心');
  await dialog.getByLabel('主持人').fill('街道党工委书记');
  const countText = (await dialog.getByTestId('expected-count').textContent()) ?? '';
  const expected = Number(/应到 (\d+) 人/.exec(countText)?.[1]);
  expect(expected).toBeGreaterThan(10);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`活动已创建，应到 ${String(expected)} 人`)).toBeVisible();
  await expect(page.getByRole('heading', { name: '党课：学习新修订的党章', level: 1 })).toBeVisible();

  // Preview the sign-in sheet with 6 blank rows, then render the print view as PDF.
  await page.getByRole('link', { name: '签到表' }).click();
  await page.getByLabel('空白行数').fill('6');
  const pageCount = await page.getByTestId('sheet-page').count();
  // Blank rows fill the last page of names; they never start a page of their own.
  expect(pageCount).toBe(Math.ceil(expected / 18));
  const blanks = Math.min(6, pageCount * 18 - expected);
  const names = await page
    .locator('[data-testid="sheet-page"] tbody tr:not([data-blank]) td:nth-child(2)')
    .allTextContents();
  const listed = names.filter((name) => name !== '' && !name.includes('：'));
  expect(listed).toHaveLength(expected);
  await expect(page.locator('tr[data-blank="true"]')).toHaveCount(blanks);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const folder = mkdtempSync(join(tmpdir(), 'sheet-'));
  const file = join(folder, 'sheet.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file]).toString();
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pageCount);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const pagesText = text.split('\f').filter((part) => part.trim() !== '');
  expect(pagesText).toHaveLength(pageCount);
  for (const [index, part] of pagesText.entries()) {
    expect(part).toMatch(/序号\s+姓名\s+党小组\/支部\s+签名\s+备注/);
    expect(part).toMatch(new RegExp(`第\\s*${String(index + 1)}\\s*页\\s*共\\s*${String(pageCount)}\\s*页`));
  }
  const tokens = text.split(/\s+/);
  for (const name of new Set(listed)) {
    const times = listed.filter((n) => n === name).length;
    expect(
      tokens.filter((token) => token === name),
      name,
    ).toHaveLength(times);
  }
  const lastNumber = expected + 6;
  expect(text).toMatch(new RegExp(`^\\s*${String(lastNumber)}\\s*$`, 'm'));

  // Attendance from the paper, keyboard only: 3 = leave + reason, 4 = absent, 2 = late, then 1s.
  await page.getByRole('link', { name: '返回活动' }).click();
  const grid = page.getByRole('grid', { name: '考勤名单' });
  await grid.focus();
  await page.keyboard.press('3');
  await page.keyboard.type('身体不适');
  await page.keyboard.press('Enter');
  await page.keyboard.press('4');
  await page.keyboard.press('2');
  for (let i = 3; i < expected; i += 1) await page.keyboard.press('1');
  const counts = page.getByTestId('attendance-counts');
  await expect(counts).toContainText(`应到 ${String(expected)}`);
  await expect(counts).toContainText(`实到 ${String(expected - 2)}`);
  await expect(counts).toContainText('请假 1');
  await expect(counts).toContainText('缺席 1');
  await expect(counts).toContainText('未登记 0');
  await page.keyboard.press('Control+s');
  await expect(
    page.getByText(`考勤已保存：应到 ${String(expected)} 人，实到 ${String(expected - 2)} 人`),
  ).toBeVisible();
  const rows = page.getByTestId('attendance-row');
  const leaveName = (await rows.nth(0).getByRole('link').textContent()) ?? '';
  const lateName = (await rows.nth(2).getByRole('link').textContent()) ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('已举行')).toBeVisible();

  // Minutes: counts and absentees come from the attendance.
  await page.getByRole('tab', { name: '会议记录' }).click();
  const facts = page.getByTestId('minutes-facts');
  await expect(facts).toContainText(`应到 ${String(expected)} 人，实到 ${String(expected - 2)} 人`);
  await expect(facts).toContainText(`${leaveName}（请假：身体不适）`);
  await page.getByLabel('发言要点').fill('书记领学党章总纲，党员逐一交流体会。');
  await page.getByLabel('决议 / 表决结果').fill('全体党员一致同意按季度开展党章学习。');
  await page.getByRole('button', { name: '保存会议记录', exact: true }).click();
  await expect(page.getByText('会议记录已保存')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: '会议记录' }).click();
  await expect(page.getByLabel('发言要点')).toHaveValue('书记领学党章总纲，党员逐一交流体会。');

  // The late member's 参加活动 shows the lesson, marked 迟到, with its hours.
  await page.getByRole('tab', { name: '考勤录入' }).click();
  await page.getByTestId('attendance-row').nth(2).getByRole('link', { name: lateName }).click();
  const activities = page.getByTestId('member-activities');
  const lessonRow = activities.getByRole('row').filter({ hasText: '党课：学习新修订的党章' });
  await expect(lessonRow).toContainText('迟到');
  await expect(lessonRow).toContainText('2');
});

test('activity types are created with their defaults and edited in settings', async ({ page }) => {
  await page.goto('/#/settings');
  const card = page.getByTestId('activity-types-card');
  await expect(card.getByRole('row')).toHaveCount(18);
  const hours = card.getByLabel('党课默认学时');
  await expect(hours).toHaveValue('2');
  await hours.fill('3');
  await hours.blur();
  await expect(page.getByText('“党课”已保存')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('activity-types-card').getByLabel('党课默认学时')).toHaveValue('3');
});

test('a held activity dated in the future and an empty expected list cannot be saved', async ({ page }) => {
  await page.goto('/#/activities');
  await page.getByRole('button', { name: '新建活动' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('主题').fill('支部党员大会');
  await expect(dialog.getByTestId('expected-count')).toContainText('名单为空');
  await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  await dialog.getByLabel('日期').fill('2099-01-05');
  await dialog.getByLabel('状态').click();
  await page.getByRole('option', { name: '已举行' }).click();
  await expect(dialog.getByText('不能标为“已举行”')).toBeVisible();
  await dialog.getByLabel('开始时间').fill('10:00');
  await dialog.getByLabel('结束时间').fill('09:00');
  await expect(dialog.getByText('结束时间应晚于开始时间')).toBeVisible();
});

test('删除活动: it goes to the recycle bin, its hours stop counting, and restoring brings them back', async ({
  page,
}) => {
  await buildOrganisation(page);
  await addMemberInRoster(page, '王芳');
  await page.goto('/#/activities');
  await page.getByRole('button', { name: '新建活动' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('活动类型').click();
  await page.getByRole('option', { name: '主题党日', exact: true }).click();
  await dialog.getByLabel('主题').fill('主题党日：录错了的活动');
  await dialog.getByLabel('组织单位（可多选）').click();
  await page.getByRole('option', { name: '第一党支部', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('地点').fill('社区党群服务中心');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('活动已创建，应到 1 人')).toBeVisible();
  await page.getByRole('grid', { name: '考勤名单' }).focus();
  await page.keyboard.press('1');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('考勤已保存：应到 1 人，实到 1 人')).toBeVisible();

  const attendanceHours = async () => {
    const { tables } = await dumpActiveDatabase(page);
    return (tables['studySummaries'] as { attendanceHours: number }[]).map((summary) => summary.attendanceHours);
  };
  const credited = await attendanceHours();
  expect(credited[0]).toBeGreaterThan(0);

  await page.getByRole('button', { name: '删除活动' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('活动已移入回收站')).toBeVisible();
  await expect(page.getByRole('heading', { name: '活动', level: 1 })).toBeVisible();
  await expect(page.getByText('主题党日：录错了的活动')).toBeHidden();
  expect(await attendanceHours()).toEqual([0]);

  await openDataTab(page, '回收站');
  await page.getByLabel('记录类别').click();
  await page.getByRole('option', { name: '活动', exact: true }).click();
  const bin = page.getByTestId('recycle-bin');
  await bin
    .getByRole('row')
    .filter({ hasText: '主题党日：录错了的活动' })
    .getByRole('button', { name: '恢复' })
    .click();
  await expect(page.getByText('已恢复 1 条')).toBeVisible();
  expect(await attendanceHours()).toEqual(credited);
});
