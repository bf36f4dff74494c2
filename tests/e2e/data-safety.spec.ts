import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { addMemberInRoster, getRow, openDataTab, putRows } from './data-safety-helpers';
import { buildOrganisation } from './roster-helpers';

const NOW = '2024-05-01T08:00:00.000Z';

test('回收站: a deleted member and a deleted activity are listed; the member is restored, the activities emptied', async ({
  page,
}) => {
  await buildOrganisation(page);
  await addMemberInRoster(page, '王芳');
  await page.getByRole('row').filter({ hasText: '王芳' }).click();
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '移入回收站' }).click();
  await expect(page.getByText('王芳 已移入回收站')).toBeVisible();
  // Activities have no delete button yet: the activity is deleted (soft) through the data layer.
  await putRows(page, {
    activities: [
      {
        id: 'act-deleted',
        typeId: 't1',
        title: '主题党日：已删除的活动',
        date: '2024-04-01',
        status: 'held',
        orgUnitIds: [],
        createdAt: NOW,
        updatedAt: NOW,
        deletedAt: NOW,
      },
    ],
  });

  await openDataTab(page, '回收站');
  const bin = page.getByTestId('recycle-bin');
  await expect(bin).toContainText('王芳');
  await bin.getByRole('row').filter({ hasText: '王芳' }).getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已恢复 1 条')).toBeVisible();
  await expect(page.getByText('回收站中没有“党员”。')).toBeVisible();

  await page.getByLabel('记录类别').click();
  await page.getByRole('option', { name: '活动', exact: true }).click();
  await expect(bin).toContainText('主题党日：已删除的活动');
  await page.getByRole('button', { name: '清空此类回收站' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '彻底删除' }).click();
  // Asked a second time before anything is deleted.
  await expect(page.getByRole('dialog')).toContainText('再次确认');
  await expect(page.getByText('已彻底删除 1 条')).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: '确认彻底删除' }).click();
  await expect(page.getByText('已彻底删除 1 条')).toBeVisible();
  await expect(page.getByText('回收站中没有“活动”。')).toBeVisible();
  expect(await getRow(page, 'activities', 'act-deleted')).toBeUndefined();

  await page.goto('/#/members');
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  await expect(page.getByRole('row').filter({ hasText: '王芳' })).toBeVisible();
});

test('操作日志: an edit shows who changed what from what to what, and the filters narrow the list', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await page.getByLabel('当前操作人').fill('李书记');
  await page.getByRole('button', { name: '设为操作人' }).click();
  await expect(page.getByText('当前操作人已保存')).toBeVisible();
  await buildOrganisation(page);
  await addMemberInRoster(page, '赵敏');
  await page.getByRole('row').filter({ hasText: '赵敏' }).click();
  await page.getByRole('button', { name: '编辑' }).click();
  await page.getByRole('dialog').getByLabel('联系电话').fill('13912345678');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  await openDataTab(page, '操作日志');
  const log = page.getByTestId('change-log');
  // Numbers are shown masked, as in the roster; the full number is nowhere on the page.
  const edit = log.getByRole('row').filter({ hasText: '139****5678' });
  await expect(edit).toHaveCount(1);
  await expect(log).not.toContainText('13912345678');
  await expect(edit).toContainText('李书记');
  await expect(edit).toContainText('修改');
  await expect(edit).toContainText('党员');
  await expect(edit).toContainText('phone：（空） → 139****5678');
  await expect(log.getByRole('row').filter({ hasText: '第一党支部' }).first()).toBeVisible();

  await page.getByRole('combobox', { name: '操作', exact: true }).click();
  await page.getByRole('option', { name: '新增', exact: true }).click();
  await expect(log.getByRole('row').filter({ hasText: '139****5678' })).toHaveCount(0);
  await expect(log.getByRole('row').filter({ hasText: '赵敏' }).first()).toContainText('新增');

  await page.getByRole('combobox', { name: '操作', exact: true }).click();
  await page.getByRole('option', { name: '全部', exact: true }).click();
  await page.getByRole('combobox', { name: '内容', exact: true }).click();
  await page.getByRole('option', { name: '党员', exact: true }).click();
  await expect(log.getByRole('row').filter({ hasText: '第一党支部' })).toHaveCount(0);
  // Header row + the member's create and edit lines.
  await expect(log.getByRole('row')).toHaveCount(3);
  await page.getByLabel('操作人或关键字').fill('13912345678');
  await expect(log.getByRole('row')).toHaveCount(2);
});

test('数据检查: a broken summary and an attendance row of a missing activity are found, repaired, and pass', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  const attendance = (id: string, activityId: string) => ({
    id,
    activityId,
    memberId: 'm1',
    personName: '张三',
    date: '2024-04-01',
    hours: 2,
    status: 'present',
    expected: true,
    createdAt: NOW,
    updatedAt: NOW,
  });
  await putRows(page, {
    orgUnits: [{ id: 'b1', kind: 'branch', name: '第一党支部', order: 1, createdAt: NOW, updatedAt: NOW }],
    members: [{ id: 'm1', name: '张三', branchId: 'b1', createdAt: NOW, updatedAt: NOW }],
    activities: [
      {
        id: 'act1',
        typeId: 't1',
        title: '党课',
        date: '2024-04-01',
        status: 'held',
        orgUnitIds: ['b1'],
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
    attendance: [attendance('a1', 'act1'), attendance('a-dangling', 'no-such-activity')],
    // The stored summary claims 99 hours; the one attended lesson gives 2.
    studySummaries: [
      {
        id: 'm1:2024',
        memberId: 'm1',
        year: 2024,
        branchId: 'b1',
        attendanceHours: 99,
        selfStudyHours: 0,
        totalHours: 99,
        activitiesAttended: 1,
        activitiesExpected: 1,
        organisationalLifeMonths: [],
        selfStudyBySource: {},
        byBranch: {},
        updatedAt: NOW,
      },
    ],
  });

  await openDataTab(page, '数据检查');
  await page.getByRole('button', { name: '开始检查' }).click();
  const report = page.getByTestId('integrity-report');
  await expect(report).toContainText('签到记录所属的活动不存在：1 条');
  await expect(report).toContainText('a-dangling');
  await expect(report).toContainText('学时汇总与签到记录不一致：1 人·年');
  // The check itself changes nothing.
  expect((await getRow(page, 'studySummaries', 'm1:2024'))?.['totalHours']).toBe(99);

  await page.getByRole('button', { name: '自动修复' }).click();
  await expect(page.getByText('已修复可自动修复的问题')).toBeVisible();
  await expect(page.getByText('数据检查通过：对应关系完整，学时汇总与签到记录一致。')).toBeVisible();
  expect((await getRow(page, 'studySummaries', 'm1:2024'))?.['totalHours']).toBe(2);
  expect(typeof (await getRow(page, 'attendance', 'a-dangling'))?.['deletedAt']).toBe('string');
  expect((await getRow(page, 'attendance', 'a1'))?.['deletedAt']).toBeUndefined();
});

test('程序锁: after a password is set the app asks for it on reload; a wrong one is refused, the right one opens', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await page.getByLabel('新密码', { exact: true }).fill('dangyuan2024');
  await page.getByLabel('再次输入新密码', { exact: true }).fill('dangyuan2024');
  await page.getByRole('button', { name: '设置程序密码' }).click();
  await expect(page.getByText('程序密码已设置，下次启动时需要输入')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: '社区党员教育台账已锁定' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await page.getByLabel('程序密码').fill('wrong-password');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('密码不正确，请重新输入。')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);

  await page.getByLabel('程序密码').fill('dangyuan2024');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '社区党员教育台账已锁定' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();

  // The change log says the lock was set, never its hash.
  await openDataTab(page, '操作日志');
  const lockLine = page.getByTestId('change-log').getByRole('row').filter({ hasText: 'appLock' });
  await expect(lockLine).toHaveCount(1);
  await expect(lockLine).not.toContainText('hash');
});

test('程序锁 locks for real: a short password is refused, the locked page is inert, wrong passwords make it wait', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/#/settings');
  await page.getByLabel('新密码', { exact: true }).fill('12345');
  await page.getByLabel('再次输入新密码', { exact: true }).fill('12345');
  await page.getByRole('button', { name: '设置程序密码' }).click();
  await expect(page.getByText('新密码至少 6 位。')).toBeVisible();

  await page.getByLabel('新密码', { exact: true }).fill('dangyuan2024');
  await page.getByLabel('再次输入新密码', { exact: true }).fill('dangyuan2024');
  await page.getByRole('button', { name: '设置程序密码' }).click();
  await expect(page.getByText('程序密码已设置，下次启动时需要输入')).toBeVisible();
  await page.reload();
  await page.getByLabel('程序密码').fill('dangyuan2024');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();

  // Idle for the default 10 minutes: the overlay returns and the page under it cannot be reached.
  await page.clock.fastForward('10:05');
  await expect(page.getByRole('heading', { name: '社区党员教育台账已锁定' })).toBeVisible();
  await expect(page.getByTestId('app-content')).toHaveAttribute('inert', '');
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
  const focusInContent = await page.evaluate(
    () => document.querySelector('[data-testid="app-content"]')?.contains(document.activeElement) ?? false,
  );
  expect(focusInContent).toBe(false);
  await page
    .getByTestId('app-content')
    .getByRole('link')
    .first()
    .click({ force: true, timeout: 2000 })
    .catch(() => undefined);
  await expect(page.getByRole('heading', { name: '社区党员教育台账已锁定' })).toBeVisible();

  // Three wrong passwords are free; the fourth must wait.
  for (let i = 0; i < 3; i += 1) {
    await page.getByLabel('程序密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '解锁' }).click();
    await expect(page.getByText(`已连续错误 ${i + 1} 次`)).toBeVisible();
  }
  await expect(page.getByText(/请 \d+ 秒后再试/)).toBeVisible();
  await page.getByLabel('程序密码').fill('dangyuan2024');
  await expect(page.getByRole('button', { name: '解锁' })).toBeDisabled();
  await page.clock.fastForward('00:06');
  await expect(page.getByRole('button', { name: '解锁' })).toBeEnabled();
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByTestId('app-content')).not.toHaveAttribute('inert', '');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
});

test('导出全部数据: one .xlsx with every table as a sheet, ID numbers masked by default', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await putRows(page, {
    members: [
      {
        id: 'm1',
        name: '张三',
        idNumber: '11010519491231002X',
        phone: '13912345678',
        branchId: 'b1',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  });
  await openDataTab(page, '备份与恢复');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全部数据' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^党员教育台账全部数据-\d{8}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(await download.path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const tables = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('party-edu-ledger');
      req.onsuccess = () => resolve(req.result);
    });
    const names = [...db.objectStoreNames];
    db.close();
    return names;
  });
  expect(sheets).toHaveLength(tables.length);
  for (const label of ['党员', '活动', '签到与出勤', '学时汇总', '操作日志', '设置']) expect(sheets).toContain(label);
  const members = workbook.getWorksheet('党员');
  const header = (members?.getRow(1).values as unknown[]).slice(1);
  const row = (members?.getRow(2).values as unknown[]).slice(1);
  const field = (name: string) => row[header.indexOf(name)];
  expect(field('name')).toBe('张三');
  expect(field('idNumber')).not.toBe('11010519491231002X');
  expect(String(field('idNumber'))).toContain('*');
  expect(String(field('phone'))).not.toBe('13912345678');
  await expect(page.getByText(/已导出：/)).toBeVisible();
});
