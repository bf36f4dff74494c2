import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { renderDocx, squeeze } from '../docs/libreoffice';
import { expect, test } from './fixtures';
import { buildOrganisation, chooseOption } from './roster-helpers';

// The organisation and two members are built through the UI, then ~25 steps over two and a half years.
test.describe.configure({ timeout: 300_000 });

const APPLICANT_ID = '110101199903011236';

/** Moves the page's clock to 10:00 on `date` (Asia/Shanghai), as if the office worked that day. */
async function on(page: Page, date: string) {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00+08:00`));
}

async function addFullMember(page: Page, name: string) {
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(name);
  await chooseOption(page, '人员类别', '正式党员');
  await chooseOption(page, '所在党支部', '第一党支部');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已登记 ${name}`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

async function pickPeople(page: Page, label: string, names: string[]) {
  await page.getByRole('dialog').getByLabel(label).click();
  for (const name of names) await page.getByRole('option', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Opens the step's form on `date`, lets `fill` complete it, saves, and waits for the confirmation. */
async function record(
  page: Page,
  date: string,
  label: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await on(page, date);
  await page.getByRole('button', { name: `记录「${label}」` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('日期')).toHaveValue(date);
  if (fill !== undefined) await fill(dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已记录「${label}」`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

async function vote(dialog: ReturnType<Page['getByRole']>) {
  await dialog.getByLabel('有表决权应到人数').fill('9');
  await dialog.getByLabel('有表决权实到人数').fill('8');
  await dialog.getByLabel('赞成').fill('8');
}

test('an applicant is taken to 正式党员 step by step; a too-early step is refused; the roster and the 纪实表 agree', async ({
  page,
}) => {
  await on(page, '2024-01-15');
  await buildOrganisation(page);
  await page.goto('/#/members');
  await addFullMember(page, '张三');
  await addFullMember(page, '李四');

  await page.goto('/#/recruitment');
  await page.getByRole('button', { name: '登记入党申请人' }).click();
  const applicant = page.getByRole('dialog');
  await applicant.getByLabel('姓名').fill('赵六');
  await applicant.getByLabel('公民身份证号').fill(APPLICANT_ID);
  await chooseOption(page, '党支部', '第一党支部');
  await applicant.getByLabel('学历').click();
  await page.getByRole('option', { name: '大学本科' }).click();
  await applicant.getByRole('button', { name: '登记' }).click();
  await expect(page.getByRole('heading', { name: '赵六' })).toBeVisible();
  const caseUrl = page.url();

  await record(page, '2024-02-01', '派人谈话', (d) => d.getByLabel('谈话人及谈话情况').fill('支部书记张三谈话'));
  await record(page, '2024-02-20', '推荐（党员推荐、群团组织推优）', async () => {
    await chooseOption(page, '推荐方式', '党员推荐');
  });
  await record(page, '2024-03-01', '支委会确定为入党积极分子');
  await record(page, '2024-03-01', '指定培养联系人', () =>
    pickPeople(page, '培养联系人（一至两名正式党员）', ['张三']),
  );
  await record(page, '2024-09-01', '培养考察（每半年一次）', (d) => d.getByLabel('考察意见').fill('表现良好'));

  // 2025-02-20 is within the year: the board shows it too early, and the form refuses it with the date.
  await record(page, '2025-02-20', '培养考察（每半年一次）', (d) => d.getByLabel('考察意见').fill('进步明显'));
  await page.goto('/#/recruitment');
  const row = page.getByRole('row').filter({ hasText: '赵六' });
  await expect(row).toContainText('未到时间');
  await expect(row).toContainText('确定为发展对象（最早 2025年3月1日）');
  await page.goto(caseUrl);
  await page.getByRole('button', { name: '记录「确定为发展对象」' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '不能记录' });
  await expect(refusal).toContainText('最早可在 2025年3月1日 记录');
  await expect(refusal).toContainText('一年以上');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('table', { name: '已记录的步骤' }).getByRole('row')).toHaveCount(7);

  await record(page, '2025-03-01', '确定为发展对象');
  await record(page, '2025-03-05', '确定入党介绍人', () =>
    pickPeople(page, '入党介绍人（两名正式党员）', ['张三', '李四']),
  );
  await record(page, '2025-04-01', '政治审查', (d) => d.getByLabel('政审结论').fill('政治合格'));
  await record(page, '2025-04-10', '短期集中培训', (d) => d.getByLabel('培训学时').fill('24'));
  await record(page, '2025-05-01', '支委会审查');
  await record(page, '2025-05-05', '上级党委预审');
  await record(page, '2025-05-10', '发展对象公示');
  await record(page, '2025-05-12', '填写入党志愿书');
  await record(page, '2025-06-01', '支部大会讨论接收预备党员', vote);

  // The 支部大会 admission created the member record with the date it is known.
  await page.getByRole('link', { name: '查看党员名册记录' }).click();
  await expect(page.getByLabel('人员类别').or(page.getByText('预备党员')).first()).toBeVisible();
  await page.goto('/#/members');
  const memberRow = page.getByRole('table', { name: '党员名册' }).getByRole('row').filter({ hasText: '赵六' });
  await expect(memberRow).toContainText('预备党员');

  // Two months on without the higher committee's approval, the overview says so.
  await on(page, '2025-08-05');
  await page.goto('/#/');
  await expect(page.getByTestId('warning-recruitment-approval-pending')).toContainText('上级党委审批已近三个月');
  await page.goto(caseUrl);

  await record(page, '2025-07-01', '上级党委审批');
  await record(page, '2025-07-01', '入党宣誓');
  await record(page, '2025-12-01', '预备期考察', (d) => d.getByLabel('考察意见').fill('表现良好'));
  await record(page, '2026-03-01', '思想汇报', (d) => d.getByLabel('汇报主要内容').fill('学习二十大精神体会'));
  await record(page, '2026-05-20', '提出转正申请');
  await record(page, '2026-06-05', '支部大会讨论转正', vote);
  await record(page, '2026-07-01', '上级党委审批转正');
  await expect(page.getByText('正式党员', { exact: true }).first()).toBeVisible();

  await page.goto('/#/members');
  await expect(memberRow).toContainText('正式党员');
  await page.goto(caseUrl);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '发展党员工作纪实表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('赵六发展党员工作纪实表.docx');
  const pdf = renderDocx(new Uint8Array(await readFile(await download.path())), 'recruitment-record-e2e');
  const text = squeeze(pdf.text);
  for (const date of [
    '2024年1月15日',
    '2024年2月1日',
    '2024年2月20日',
    '2024年3月1日',
    '2024年9月1日',
    '2025年2月20日',
    '2025年3月1日',
    '2025年3月5日',
    '2025年4月1日',
    '2025年4月10日',
    '2025年5月1日',
    '2025年5月5日',
    '2025年5月10日',
    '2025年5月12日',
    '2025年6月1日',
    '2025年7月1日',
    '2025年12月1日',
    '2026年3月1日',
    '2026年5月20日',
    '2026年6月5日',
    '2026年7月1日',
  ]) {
    expect(text).toContain(date);
  }
  expect(text).toContain('张三、李四');
});
