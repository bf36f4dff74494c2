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

/** Writes rows straight into the app's IndexedDB (the app is open, so its schema exists). */
async function put(page: Page, rows: Record<string, object[]>) {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('party-edu-ledger');
        request.onerror = () => reject(new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const stores = Object.keys(data);
          const transaction = db.transaction(stores, 'readwrite');
          for (const [store, values] of Object.entries(data)) {
            for (const value of values) transaction.objectStore(store).put(value);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error('write failed'));
        };
      }),
    rows,
  );
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
        content: '一、学习新修订的《中国共产党纪律处分条例》\n二、交流学习体会',
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
  await put(page, data);
  await page.reload();
}

async function openNotice(page: Page, activityTitle: string) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文书中心' }).click();
  await expect(page.getByRole('heading', { name: '文书中心', level: 1 })).toBeVisible();
  await page.getByLabel('选择活动（可输入日期或主题查找）').fill(activityTitle);
  // Each activity names its branch: every branch holds the same meetings the same month.
  await expect(page.getByRole('option', { name: activityTitle })).toContainText('第一党支部');
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
  // 三 names the lesson's 主题; its agenda is 四、学习内容, numbered a level down.
  await expect(preview).toContainText('三、主讲人与主题主讲人：龚䶮；主题：2026年第一季度专题党课四、学习内容');
  await expect(preview).toContainText('（一）学习新修订的《中国共产党纪律处分条例》（二）交流学习体会五、参加人员');
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

const MEMBER = '55555555-5555-4555-8555-555555555555';
const HELD = '66666666-6666-4666-8666-666666666666';

/** A member who attended the held lesson (4 学时) and came late to a 主题党日 (2 学时), with a 学习体会. */
async function seedStudyYear(page: Page) {
  await seed(page);
  const member = {
    ...record(MEMBER),
    name: '王𠈌',
    gender: '男',
    birthDate: '1958-07-09',
    joinDate: '1985-06-01',
    category: '正式党员',
    branchId: BRANCH,
    partyStanding: '正常',
    lostContact: false,
    floating: false,
    membershipStatus: 'active',
    namePinyin: 'wangyu',
    nameInitials: 'wy',
  };
  const attended = (id: string, activityId: string, date: string, extra: object) => ({
    ...record(id),
    activityId,
    memberId: MEMBER,
    personName: '王𠈌',
    personCategory: 'member',
    branchIdAtTime: BRANCH,
    expected: true,
    hours: 4,
    date,
    order: 1,
    ...extra,
  });
  await put(page, {
    members: [member],
    activities: [
      {
        ...record(HELD),
        typeId: TYPE,
        title: '2026年1月主题党日',
        orgUnitIds: [BRANCH],
        date: '2026-01-10',
        startTime: '14:30',
        endTime: '16:30',
        place: '社区党群服务中心一楼',
        hostName: '李书记',
        recorderName: '张委员',
        form: '主题党日',
        hours: 2,
        materialFileIds: [],
        status: 'held',
        minutes: {
          topics: '学习新修订的纪律处分条例\n讨论本年度学习计划',
          speechPoints: '李书记：要把纪律挺在前面。',
          resolutions: '通过本年度学习计划（应到2人，同意2人）。',
          nonVotingAttendees: '社区居民代表1人',
          updatedAt: NOW,
        },
      },
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
        hours: 4,
        materialFileIds: [],
        status: 'held',
      },
    ],
    attendance: [
      attended('77777777-7777-4777-8777-777777777771', LESSON, '2026-03-05', { status: 'present' }),
      attended('77777777-7777-4777-8777-777777777772', HELD, '2026-01-10', { status: 'late', hours: 2 }),
      {
        ...attended('77777777-7777-4777-8777-777777777773', HELD, '2026-01-10', { status: 'leave', hours: 0 }),
        memberId: undefined,
        personName: '赵六',
        reason: '外出务工',
      },
    ],
    reflections: [
      { ...record('88888888-8888-4888-8888-888888888888'), memberId: MEMBER, year: 2026, text: '收获很大。' },
    ],
  });
  await page.reload();
}

test('an activity’s 会议记录 opens as an A4 print preview from its 文书 buttons', async ({ page }) => {
  await seedStudyYear(page);
  await page.goto(`/#/activities/${HELD}`);
  await page.getByRole('link', { name: '打印会议记录' }).click();
  await expect(page.getByRole('heading', { name: '会议记录：2026年1月主题党日', level: 1 })).toBeVisible();
  const preview = page.getByLabel('会议记录预览');
  await expect(preview.getByRole('heading', { name: '2026年1月主题党日会议记录' })).toBeVisible();
  const facts = preview.getByRole('table', { name: '会议基本情况' });
  await expect(facts).toContainText('2026年1月10日（星期六）14:30—16:30');
  await expect(facts).toContainText('社区党群服务中心一楼');
  await expect(facts).toContainText('李书记');
  await expect(facts).toContainText('张委员');
  await expect(facts).toContainText('应到2人');
  await expect(facts).toContainText('实到1人');
  await expect(facts).toContainText('赵六（外出务工）');
  await expect(facts).toContainText('社区居民代表1人');
  await expect(preview).toContainText('一、议题');
  await expect(preview).toContainText('讨论本年度学习计划');
  await expect(preview).toContainText('二、发言要点');
  await expect(preview).toContainText('三、决议（表决结果）');
  await expect(preview).toContainText('主持人（签字）：');
  // The page's own controls are not printed; the sheet is.
  await expect(page.getByRole('button', { name: '打印' })).toHaveClass(/MuiButton/);
  const chrome = page.locator('.no-print').filter({ has: page.getByRole('button', { name: '另存为 PDF' }) });
  await expect(chrome).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '另存为 PDF' })).toBeHidden();
  await expect(preview).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '返回活动' }).click();
  await expect(page.getByRole('link', { name: '打印会议记录' })).toBeVisible();
});

test('a member’s 党员学习记录表 opens as an A4 print preview from the 学习档案 tab, with the year’s total', async ({
  page,
}) => {
  await seedStudyYear(page);
  await page.goto(`/#/archive/member/${MEMBER}`);
  await page.getByLabel('年度').click();
  await page.getByRole('option', { name: '2026年' }).click();
  await page.getByRole('link', { name: '打印学习记录表' }).click();
  await expect(page.getByRole('heading', { name: '学习记录表：王𠈌', level: 1 })).toBeVisible();
  const preview = page.getByLabel('学习记录表预览');
  await expect(preview.getByRole('heading', { name: '2026年度党员学习记录表' })).toBeVisible();
  const info = preview.getByRole('table', { name: '党员基本信息' });
  for (const text of ['王𠈌', '男', '1958年7月', '第一党支部', '2026年', '1985年6月'])
    await expect(info).toContainText(text);
  const rows = preview.getByRole('table', { name: '学习记录' });
  await expect(rows.locator('thead')).toContainText('日期学习内容形式学时主讲人/组织者备注');
  await expect(rows.locator('tbody tr').nth(0)).toContainText('1月10日2026年1月主题党日主题党日2李书记迟到');
  await expect(rows.locator('tbody tr').nth(1)).toContainText('3月5日2026年第一季度专题党课党课4龚䶮');
  await expect(preview.getByTestId('study-record-total')).toHaveText('合计6年度目标32学时，尚差26学时');
  await expect(preview).toContainText('收获很大。');
  await expect(preview).toContainText('支部书记签名');
  await expect(page.getByText('共 2 条，合计 6 学时')).toBeVisible();

  // Another year: nothing attended, and the sheet says so.
  await page.getByLabel('年度').click();
  await page.getByRole('option', { name: '2025年' }).click();
  await expect(preview.getByRole('heading', { name: '2025年度党员学习记录表' })).toBeVisible();
  await expect(rows).toContainText('本年度暂无学习记录');
  await expect(preview.getByTestId('study-record-total')).toHaveText('合计0年度目标32学时，尚差32学时');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存为 Word' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('王𠈌-2025年度学习记录表.docx');
  const xml = strFromU8(
    unzipSync(new Uint8Array(await readFile(await download.path())))['word/document.xml'] ?? new Uint8Array(),
  );
  expect(xml).toContain('2025年度党员学习记录表');
  expect(xml).toContain('本年度暂无学习记录');
});
