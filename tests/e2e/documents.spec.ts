import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NOW = '2026-02-20T08:00:00.000Z';
const BRANCH = '11111111-1111-4111-8111-111111111111';
const TYPE = '22222222-2222-4222-8222-222222222222';
const LESSON = '33333333-3333-4333-8333-333333333333';
const NO_PLACE = '44444444-4444-4444-8444-444444444444';

function record(id: string) {
  return { id, createdAt: NOW, updatedAt: NOW };
}

/**
 * Puts a branch, the 党课 type and two activities in the app's own IndexedDB (until the activities
 * feature's sample data is on this branch), then reloads so the app reads them.
 */
async function seed(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  const data = {
    orgUnits: [{ ...record(BRANCH), kind: 'branch', name: '第一党支部', order: 1 }],
    activityTypes: [
      {
        ...record(TYPE),
        name: '党课',
        defaultHours: 4,
        frequency: { period: 'quarter', times: 1, level: 'branch' },
        isOrganisationalLife: true,
        order: 1,
        builtIn: true,
      },
    ],
    activities: [
      {
        ...record(LESSON),
        typeId: TYPE,
        title: '2026年第一季度专题党课',
        orgUnitIds: [BRANCH],
        date: '2026-03-05',
        startTime: '09:00',
        endTime: '11:00',
        place: '社区党群服务中心三楼会议室',
        lecturerName: '龚䶮',
        content: '学习新修订的《中国共产党纪律处分条例》',
        hours: 4,
        materialFileIds: [],
        status: 'planned',
      },
      {
        ...record(NO_PLACE),
        typeId: TYPE,
        title: '2026年第二季度党课',
        orgUnitIds: [BRANCH],
        date: '2026-06-05',
        hours: 4,
        materialFileIds: [],
        status: 'planned',
      },
    ],
    settings: [
      {
        key: 'office',
        value: {
          officeName: '中共幸福里社区委员会',
          address: '',
          contactPerson: '王𠈌',
          contactPhone: '023-68881234',
          hoursTargetMember: 32,
          hoursTargetCadre: 56,
        },
        updatedAt: NOW,
      },
    ],
  };
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('party-edu-ledger');
        request.onerror = () => reject(new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const stores = Object.keys(rows);
          const transaction = db.transaction(stores, 'readwrite');
          for (const [store, values] of Object.entries(rows)) {
            for (const value of values) transaction.objectStore(store).put(value);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error('write failed'));
        };
      }),
    data,
  );
  await page.reload();
}

async function openNotice(page: Page, activityTitle: string) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文书中心' }).click();
  await expect(page.getByRole('heading', { name: '文书中心', level: 1 })).toBeVisible();
  await page.getByLabel('选择活动（可输入日期或主题查找）').fill(activityTitle);
  await page.getByRole('option', { name: activityTitle }).click();
  await page.getByRole('link', { name: '生成党课通知' }).click();
}

test('a Party-lesson notice is generated from an activity, edited, saved as Word, and the edit is kept', async ({
  page,
}) => {
  await seed(page);
  await openNotice(page, '2026年第一季度专题党课');

  // Pre-filled from the activity and the office's settings.
  await expect(page.getByLabel('标题')).toHaveValue('关于开展2026年第一季度专题党课的通知');
  await expect(page.getByLabel('一、时间')).toHaveValue('2026年3月5日（星期四）9:00—11:00');
  await expect(page.getByLabel('落款（发文单位）')).toHaveValue('中共幸福里社区委员会');
  await expect(page.getByLabel('联系人')).toHaveValue('王𠈌');
  const preview = page.getByLabel('通知预览');
  await expect(preview).toContainText('主讲人：龚䶮；主题：学习新修订的《中国共产党纪律处分条例》');
  await expect(preview).toContainText('各党支部、全体党员：');

  await page.getByLabel('二、地点').fill('社区党群服务中心二楼报告厅');
  await expect(preview).toContainText('社区党群服务中心二楼报告厅');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存为 Word' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('党课通知-2026年3月5日-2026年第一季度专题党课.docx');
  const bytes = new Uint8Array(await readFile(await download.path()));
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('社区党群服务中心二楼报告厅');
  expect(xml).not.toContain('社区党群服务中心三楼会议室');
  expect(xml).toContain('关于开展2026年第一季度专题党课的通知');
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  await expect(page.getByText('已保存“党课通知-2026年3月5日-2026年第一季度专题党课.docx”')).toBeVisible();

  // Opening the notice again starts from the office's edited text, not the defaults.
  await page.reload();
  await expect(page.getByLabel('二、地点')).toHaveValue('社区党群服务中心二楼报告厅');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文书中心' }).click();
  await expect(page.getByRole('list', { name: '最近保存的文书' })).toContainText('党课通知-2026年3月5日');
});

test('a notice without a place names what is missing and saves nothing', async ({ page }) => {
  await seed(page);
  await openNotice(page, '2026年第二季度党课');
  await expect(page.getByLabel('二、地点')).toHaveValue('');
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('button', { name: '保存为 Word' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '还缺：地点' })).toBeVisible();
  expect(downloaded).toBe(false);
});

test('every member’s study record is exported at once, as a folder (zip) or one combined file', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入：.*党员 120/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文书中心' }).click();

  // One branch keeps the test quick; 全体党员 works the same way.
  await page.getByLabel('党员范围').click();
  const branch = page.getByRole('option').nth(1);
  const branchName = (await branch.textContent()) ?? '';
  await branch.click();
  const zipPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学习记录表' }).click();
  const zip = await zipPromise;
  expect(zip.suggestedFilename()).toBe(`${new Date().getFullYear()}年度党员学习记录表-${branchName}.zip`);
  const files = unzipSync(new Uint8Array(await readFile(await zip.path())));
  const names = Object.keys(files);
  expect(names.length).toBeGreaterThan(5);
  expect(names.every((name) => /^\d+-.+-\d{4}年度学习记录表\.docx$/.test(name))).toBe(true);
  const first = unzipSync(files[names[0] ?? ''] ?? new Uint8Array());
  const xml = strFromU8(first['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('党员学习记录表');
  expect(xml).toContain('合计');
  await expect(page.getByText(`已保存“${zip.suggestedFilename()}”`)).toBeVisible();

  await page.getByLabel('合并为一个文件，每人从新的一页开始').check();
  const combinedPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学习记录表' }).click();
  const combined = await combinedPromise;
  const combinedXml = strFromU8(
    unzipSync(new Uint8Array(await readFile(await combined.path())))['word/document.xml'] ?? new Uint8Array(),
  );
  expect(combinedXml.match(/<w:sectPr>/g)?.length).toBe(names.length);
});
