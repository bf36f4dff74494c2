import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A valid RIFF/WAVE file: 8 kHz, 8-bit mono, `seconds` of silence — so its duration is known. */
function silentWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const buffer = Buffer.alloc(44 + samples, 0x80);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples, 40);
  return buffer;
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.goto('/#/resources');
  await expect(page.getByRole('heading', { name: '师资课件', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入课件文件' }).click();
  await (await chooser).setFiles(file);
}

const REMOTE_TYPE_ID = 'a0c71e00-5e1f-4a11-8000-00000000000f';
const ACTIVITY_ID = '11111111-2222-4333-8444-555555555555';

/**
 * A held 远程教育 activity with two members marked present and one absent, written straight into the
 * app's IndexedDB (the activity pages are another feature's; this spec is about courseware).
 */
async function seedRemoteActivity(page: Page): Promise<void> {
  await page.evaluate(
    async ({ typeId, activityId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('party-edu-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const stamp = '2026-01-01T00:00:00.000Z';
      const tx = db.transaction(['activityTypes', 'activities', 'attendance', 'members'], 'readwrite');
      tx.objectStore('activityTypes').put({
        id: typeId,
        createdAt: stamp,
        updatedAt: stamp,
        name: '远程教育/观看课件',
        defaultHours: 1,
        frequency: { period: 'none', times: 0, level: 'committee' },
        isOrganisationalLife: false,
        order: 15,
        builtIn: true,
      });
      const date = new Date().toISOString().slice(0, 10);
      tx.objectStore('activities').put({
        id: activityId,
        createdAt: stamp,
        updatedAt: stamp,
        typeId,
        title: '收看党史专题音频',
        orgUnitIds: [],
        date,
        hours: 1,
        materialFileIds: [],
        status: 'held',
      });
      ['张三', '李四', '王五'].forEach((name, index) => {
        const memberId = `00000000-0000-4000-8000-00000000000${index}`;
        tx.objectStore('members').put({
          id: memberId,
          createdAt: stamp,
          updatedAt: stamp,
          name,
          category: '正式党员',
          branchId: 'b',
          partyStanding: '正常',
          lostContact: false,
          floating: false,
          membershipStatus: 'active',
          namePinyin: '',
          nameInitials: '',
        });
        const present = index < 2;
        tx.objectStore('attendance').put({
          id: `00000000-0000-4000-8000-00000000010${index}`,
          createdAt: stamp,
          updatedAt: stamp,
          activityId,
          memberId,
          personName: name,
          personCategory: 'member',
          expected: true,
          status: present ? 'present' : 'absent',
          hours: present ? 1 : 0,
          date,
          order: index,
        });
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { typeId: REMOTE_TYPE_ID, activityId: ACTIVITY_ID },
  );
}

async function storedHours(page: Page): Promise<{ activityHours: number; attendance: number[]; summaries: number[] }> {
  return page.evaluate(async (activityId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('party-edu-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const read = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const activities = await read<{ id: string; hours: number }>('activities');
    const attendance = await read<{ activityId: string; order: number; hours: number }>('attendance');
    const summaries = await read<{ memberId: string; totalHours: number }>('studySummaries');
    db.close();
    return {
      activityHours: activities.find((activity) => activity.id === activityId)?.hours ?? -1,
      attendance: attendance.sort((a, b) => a.order - b.order).map((row) => row.hours),
      summaries: summaries.sort((a, b) => a.memberId.localeCompare(b.memberId)).map((row) => row.totalHours),
    };
  }, ACTIVITY_ID);
}

test('a lecturer is added with subjects and audiences; a wrong phone number is explained first', async ({ page }) => {
  await openTab(page, '师资库');
  await page.getByRole('button', { name: '添加讲师' }).click();
  const dialog = page.getByRole('dialog', { name: '添加讲师' });
  await dialog.getByLabel('姓名').fill('王教授');
  await dialog.getByLabel('单位').fill('区委党校');
  await dialog.getByLabel('擅长专题').fill('党史、党章');
  await dialog.getByLabel('老年党员/文化程度较低').check();
  await dialog.getByLabel('联系电话').fill('1380013800');
  await expect(dialog.getByText('手机号应为 11 位，现为 10 位')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  await dialog.getByLabel('联系电话').fill('13800138000');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('讲师“王教授”已保存')).toBeVisible();
  const row = page.getByRole('table', { name: '讲师列表' }).getByRole('row', { name: /王教授/ });
  await expect(row).toContainText('区委党校');
  await expect(row).toContainText('党史、党章');
  await expect(row).toContainText('老年党员/文化程度较低');
  await row.getByRole('button', { name: '授课记录' }).click();
  await expect(page.getByText('还没有授课记录')).toBeVisible();
});

test('a WAV courseware is imported with its duration read, plays in the app, and credits those present at a remote-education activity', async ({
  page,
}) => {
  await openTab(page, '课件资料库');
  await expect(page.getByText('单个文件不超过 500 MB')).toBeVisible();

  // An unknown type is refused with the reason; nothing is added.
  await importFile(page, { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(page.getByText('不支持的文件类型“.exe”')).toBeVisible();

  await importFile(page, { name: '党史故事.wav', mimeType: 'audio/wav', buffer: silentWav(1) });
  const dialog = page.getByRole('dialog', { name: '导入课件' });
  await expect(dialog.getByText('时长 1 秒')).toBeVisible();
  await expect(dialog.getByLabel('时长（分钟 或 分:秒）')).toHaveValue('0:01');
  await expect(dialog.getByLabel('标题')).toHaveValue('党史故事');
  await dialog.getByLabel('主题标签').fill('党史');
  await dialog.getByLabel('主题标签').press('Enter');
  await dialog.getByLabel('全体党员').check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('课件“党史故事”已保存')).toBeVisible();
  const row = page.getByRole('table', { name: '课件列表' }).getByRole('row', { name: /党史故事/ });
  await expect(row).toContainText('音频');
  await expect(row).toContainText('1 秒');

  // Search and filter keep or hide it.
  await page.getByRole('textbox', { name: '查找课件' }).fill('法规');
  await expect(row).toBeHidden();
  await page.getByRole('textbox', { name: '查找课件' }).fill('党史');
  await expect(row).toBeVisible();

  // Plays inside the app: the audio element loads the blob and reports the duration.
  await row.getByRole('button', { name: '播放' }).click();
  const player = page.getByTestId('courseware-player');
  await expect(player).toBeVisible();
  await expect(page.getByTestId('player-duration')).toHaveText('播放器读出的时长：1 秒');
  expect(await player.evaluate((element) => (element as HTMLAudioElement).duration)).toBeCloseTo(1, 2);
  await page.getByRole('button', { name: '关闭' }).click();

  // Played at a remote-education activity: those present are credited its length (0.1 学时 for 1 second).
  await seedRemoteActivity(page);
  await row.getByRole('button', { name: '用于活动' }).click();
  const attach = page.getByRole('dialog', { name: /用于活动/ });
  await attach.getByRole('combobox', { name: '活动' }).click();
  await page.getByRole('option', { name: /收看党史专题音频/ }).click();
  await attach.getByRole('button', { name: '确定' }).click();
  await expect(
    page.getByText('已用于活动“收看党史专题音频”，活动学时为 0.1，已为 2 名出席人员重新计入学时'),
  ).toBeVisible();
  expect(await storedHours(page)).toEqual({ activityHours: 0.1, attendance: [0.1, 0.1, 0], summaries: [0.1, 0.1] });
});

test('the yearly plan refuses a past year, shows plan against actual, and exports a Word document that reads back', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await page.getByLabel('单位名称（落款）').fill('中共幸福社区委员会');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('本单位信息已保存')).toBeVisible();

  await openTab(page, '年度计划');
  const thisYear = new Date().getFullYear();
  await page.getByRole('button', { name: '添加计划项目' }).click();
  const dialog = page.getByRole('dialog', { name: '添加计划项目' });
  await dialog.getByLabel('年度').fill(String(thisYear - 1));
  await expect(dialog.getByText(`${thisYear - 1} 年已经过去，不能再添加计划项目`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  await dialog.getByLabel('年度').fill(String(thisYear));
  await dialog.getByLabel('月份').click();
  await page.getByRole('option', { name: '12 月' }).click();
  await dialog.getByLabel('形式').fill('党课');
  await dialog.getByLabel('主题').fill('学习党章，做合格党员');
  await dialog.getByLabel('主讲人').fill('王教授');
  await dialog.getByLabel('学时').fill('2');
  await dialog.getByLabel('预算（元）').fill('-5');
  await expect(dialog.getByText('金额不能为负数')).toBeVisible();
  await dialog.getByLabel('预算（元）').fill('1,500.5');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('计划项目已保存')).toBeVisible();
  const row = page.getByRole('table', { name: '计划项目' }).getByRole('row', { name: /学习党章/ });
  await expect(row).toContainText('1,500.50');
  await expect(row).toContainText('未到期');
  await expect(page.getByTestId('plan-summary')).toContainText('共 1 项：已开展 0，未到期 1，已逾期 0');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word 计划' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${thisYear}年度党员教育培训计划.docx`);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml'] ?? new Uint8Array());
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(`中共幸福社区委员会${thisYear}年度党员教育培训计划`);
  expect(text).toContain('学习党章，做合格党员');
  expect(text).toContain('1,500.50');
  expect(xml).toContain('w:tblHeader');
  expect(xml).toMatch(/w:pgSz w:w="11906" w:h="16838"/);
});

test('the budget balance is exact in fen, and bad amounts are refused with the reason', async ({ page }) => {
  await openTab(page, '教育经费');
  await page.getByLabel('预算金额（元）').fill('一百元');
  await expect(page.getByText('“一百元”不是有效的金额')).toBeVisible();
  await page.getByLabel('预算金额（元）').fill('1.005');
  await expect(page.getByText('金额最多两位小数（精确到分）')).toBeVisible();
  await page.getByLabel('预算金额（元）').fill('1,234.50');
  await page.getByRole('button', { name: '添加预算' }).click();
  await expect(page.getByText('已添加预算 1,234.50 元')).toBeVisible();
  await page.getByLabel('来源').click();
  await page.getByRole('option', { name: '党费返还' }).click();
  await page.getByLabel('预算金额（元）').fill('１０００.１');
  await page.getByRole('button', { name: '添加预算' }).click();
  await expect(page.getByText('已添加预算 1,000.10 元')).toBeVisible();

  await page.getByRole('button', { name: '登记支出' }).click();
  const dialog = page.getByRole('dialog', { name: '登记支出' });
  await dialog.getByLabel('事项').fill('购买学习资料');
  await dialog.getByLabel('金额（元）').fill('-20');
  await expect(dialog.getByText('金额不能为负数')).toBeVisible();
  await dialog.getByLabel('金额（元）').fill('234.5');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记支出 234.50 元')).toBeVisible();

  await expect(page.getByTestId('budget-total')).toHaveText('2,234.60 元');
  await expect(page.getByTestId('budget-spent')).toHaveText('234.50 元');
  await expect(page.getByTestId('budget-balance')).toHaveText('2,000.10 元');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/年度党员教育经费\.xlsx$/);
});
