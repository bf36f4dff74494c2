import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Row = Record<string, unknown> & { id: string; deletedAt?: string };

/** Reads whole stores straight from IndexedDB, bypassing the app's own code, to compute expectations. */
async function readStores<K extends string>(page: Page, names: K[]): Promise<Record<K, Row[]>> {
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('party-edu-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const result: Record<string, unknown[]> = {};
    for (const name of stores) {
      result[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`read ${name} failed`));
      });
    }
    db.close();
    return result as Record<string, never[]>;
  }, names);
}

async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole calendar months from `a` to `b`, with month-end clamping (an independent implementation). */
function wholeMonths(a: string, b: string): number {
  if (b <= a) return 0;
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  let months = (by - ay) * 12 + (bm - am);
  const shifted = (n: number) => {
    const index = ay * 12 + am - 1 + n;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return y * 10000 + m * 100 + Math.min(ad, lastDay(y, m));
  };
  if (shifted(months) > by * 10000 + bm * 100 + bd) months -= 1;
  return months;
}

async function loadSample(page: Page) {
  await page.goto('/#/settings');
  await page.getByTestId('sample-data-card').getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 45_000 });
}

const live = (row: Row) => row.deletedAt === undefined;
const counted = (m: Row) => live(m) && m['membershipStatus'] === 'active' && m['partyStanding'] === '正常';

test('the overview counts members without organisational life and probations due, as the data says', async ({
  page,
}) => {
  await loadSample(page);
  const today = await pageToday(page);
  const data = await readStores(page, [
    'members',
    'memberEvents',
    'activities',
    'activityTypes',
    'attendance',
    'studyEntries',
  ]);
  const lifeTypes = new Set(data.activityTypes.filter((t) => t['isOrganisationalLife'] === true).map((t) => t.id));
  const held = new Map(
    data.activities.filter((a) => live(a) && a['status'] === 'held').map((a) => [a.id, a['typeId'] as string]),
  );
  const recordsStart = data.activities.map((a) => a['date'] as string).sort()[0] ?? today;
  const lastLife = new Map<string, string>();
  const note = (memberId: string, date: string) => {
    if ((lastLife.get(memberId) ?? '') < date) lastLife.set(memberId, date);
  };
  for (const row of data.attendance) {
    const type = held.get(row['activityId'] as string);
    if (!live(row) || type === undefined || !lifeTypes.has(type)) continue;
    if (row['status'] === 'present' || row['status'] === 'late') note(row['memberId'] as string, row['date'] as string);
  }
  for (const entry of data.studyEntries) {
    if (live(entry) && entry['source'] === 'elsewhere') note(entry['memberId'] as string, entry['date'] as string);
  }
  const levels = { lapsed: 0, alarm: 0, warn: 0 };
  const onLeave = { lapsed: 0, alarm: 0, warn: 0 };
  const missed: { level: keyof typeof levels; row: Row }[] = [];
  let probationLines = 0;
  // 条例 arts. 23, 34: members flagged 送学上门 or abroad today are listed apart, never warned about.
  const exempt = (m: Row) => {
    const home = m['homeStudy'] as { since: string } | undefined;
    const abroad = m['abroad'] as { from: string; until?: string } | undefined;
    return (
      (home !== undefined && home.since <= today) ||
      (abroad !== undefined && abroad.from <= today && (abroad.until === undefined || abroad.until >= today))
    );
  };
  for (const member of data.members.filter((m) => counted(m) && !exempt(m))) {
    const arrivals = data.memberEvents
      .filter(
        (e) =>
          e['memberId'] === member.id &&
          live(e) &&
          ['transferred-in', 'reinstated', 'contact-restored'].includes(e['type'] as string),
      )
      .map((e) => e['date'] as string);
    const since =
      [lastLife.get(member.id), member['joinDate'] as string | undefined, recordsStart, ...arrivals]
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1) ?? today;
    const months = since > today ? 0 : wholeMonths(since, today);
    const level = months >= 6 ? 'lapsed' : months >= 5 ? 'alarm' : months >= 3 ? 'warn' : null;
    if (level !== null) {
      levels[level] += 1;
      const askedLeave = data.attendance.some(
        (row) =>
          live(row) &&
          row['memberId'] === member.id &&
          row['status'] === 'leave' &&
          ((row['reason'] as string | undefined) ?? '').trim() !== '' &&
          (row['date'] as string) > since,
      );
      if (askedLeave) onLeave[level] += 1;
      const absence = data.attendance.find(
        (row) =>
          live(row) && row['memberId'] === member.id && row['status'] === 'absent' && (row['date'] as string) > since,
      );
      if (!askedLeave && absence !== undefined) missed.push({ level, row: absence });
    }
    if (
      member['category'] === '预备党员' &&
      member['fullMemberDate'] === undefined &&
      typeof member['joinDate'] === 'string'
    ) {
      const [y, m, d] = member['joinDate'].split('-').map(Number) as [number, number, number];
      const due = Date.UTC(y + 1, m - 1, Math.min(d, lastDay(y + 1, m)));
      const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
      if ((due - Date.UTC(ty, tm - 1, td)) / 86_400_000 <= 30) probationLines += 1;
    }
  }

  // One missed meeting becomes leave asked for with a reason: still a warning, with a note on the list.
  const leave = missed[0];
  if (leave !== undefined) {
    await page.evaluate(async (row) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('party-edu-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('attendance', 'readwrite');
        transaction.objectStore('attendance').put({ ...row, status: 'leave', reason: '外出务工' });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(new Error('write failed'));
      });
      db.close();
    }, leave.row);
    onLeave[leave.level] += 1;
  }

  await page.goto('/');
  const list = page.getByTestId('todo-list');
  await expect(list.locator('[data-kind]').first()).toBeVisible({ timeout: 30_000 });
  for (const [level, count] of Object.entries(levels)) {
    const line = list.getByTestId(`warning-life-${level}`);
    if (count === 0) await expect(line).toHaveCount(0);
    else await expect(line).toHaveAttribute('data-count', String(count));
  }
  await expect(list.locator('[data-kind="probation"]')).toHaveCount(probationLines);
  expect(levels.lapsed + levels.alarm + levels.warn, 'the sample has members to warn about').toBeGreaterThan(0);

  // Each line opens the list behind it, with as many rows as it counts.
  const level = leave?.level ?? (['lapsed', 'alarm', 'warn'] as const).find((key) => levels[key] > 0);
  if (level === undefined) throw new Error('no life warnings');
  const line = list.getByTestId(`warning-life-${level}`);
  await line.getByRole('button', { name: /查看名单/ }).click();
  await expect(line.locator('tbody tr')).toHaveCount(levels[level]);
  // The leave notes follow the warnings: leave asked for, with a reason, since the gap began.
  await expect(line.locator('tbody tr', { hasText: '正在核对请假记录' })).toHaveCount(0);
  await expect(line.locator('tbody tr', { hasText: '期间请过假' })).toHaveCount(onLeave[level]);
  expect(onLeave[level], 'the sample has a flagged member with leave asked for').toBeGreaterThan(0);
});

test('a member archive shows the year total from attendance and study entries, and a new entry adds to it', async ({
  page,
}) => {
  await loadSample(page);
  const today = await pageToday(page);
  const year = today.slice(0, 4);
  const data = await readStores(page, ['members', 'activities', 'attendance', 'studyEntries']);
  const held = new Set(data.activities.filter((a) => live(a) && a['status'] === 'held').map((a) => a.id));
  const member = data.members
    .filter(counted)
    .find((m) => data.studyEntries.some((e) => e['memberId'] === m.id && (e['date'] as string).startsWith(year)));
  if (member === undefined) throw new Error('the sample has no member with study entries this year');
  const attendance = data.attendance.filter(
    (r) =>
      live(r) &&
      r['memberId'] === member.id &&
      (r['date'] as string).startsWith(year) &&
      held.has(r['activityId'] as string) &&
      (r['status'] === 'present' || r['status'] === 'late'),
  );
  const entries = data.studyEntries.filter(
    (e) => live(e) && e['memberId'] === member.id && (e['date'] as string).startsWith(year),
  );
  const sum = (rows: Row[]) => rows.reduce((total, r) => total + (r['hours'] as number), 0);
  const expected = Math.round((sum(attendance) + sum(entries)) * 10) / 10;

  await page.goto(`/#/archive/member/${member.id}`);
  const archive = page.getByTestId('member-study-archive');
  await expect(archive.getByTestId('hours-total')).toContainText(`合计 ${expected} / 目标`);
  await expect(archive.getByRole('table', { name: '参加的组织活动' }).locator('tbody tr')).toHaveCount(
    attendance.length,
  );
  await expect(archive.getByRole('table', { name: '学习记录' }).locator('tbody tr')).toHaveCount(entries.length);

  await archive.getByRole('button', { name: '添加学习记录' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('学习内容').fill('学习《中国共产党纪律处分条例》');
  await dialog.getByLabel('学时').fill('0.3');
  await expect(dialog.getByText('学时至少 0.5')).toBeVisible();
  await dialog.getByLabel('学时').fill('2.5');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(archive.getByTestId('hours-total')).toContainText(
    `合计 ${Math.round((expected + 2.5) * 10) / 10} / 目标`,
  );

  await archive.getByRole('button', { name: '删除 学习《中国共产党纪律处分条例》' }).click();
  await expect(archive.getByTestId('hours-total')).toContainText(`合计 ${expected} / 目标`);
});

test('the yearly check table and its Excel export agree', async ({ page }) => {
  await loadSample(page);
  await page.goto('/#/statistics');
  const table = page.getByTestId('check-table');
  await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  const shown = await table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
    );
  expect(shown.length).toBeGreaterThan(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/年度党支部考核\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.getWorksheet('年度考核');
  if (sheet === undefined) throw new Error('no sheet 年度考核');
  const fromExcel: string[][] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return; // the title row
    fromExcel.push(
      (row.values as unknown[])
        .slice(1)
        .map((value) => (value === null || value === undefined ? '' : String(value as string | number))),
    );
  });
  expect(fromExcel).toEqual(shown);

  // The ranking follows the scores.
  const scores = shown.slice(1).map((cells) => Number(cells.at(-1)));
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
});

test('a long warning list opens a hundred names at a time', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/示例数据已载入/)).toBeVisible({ timeout: 40_000 });
  await page.goto('/');
  const floating = page.getByTestId('todo-list').getByTestId('warning-floating');
  await floating.getByRole('button', { name: /查看名单/ }).click();
  const href = (await floating.locator('tbody tr a').first().getAttribute('href')) ?? '';
  const memberId = href.split('/').at(-1) ?? '';
  const before = Number(await floating.getAttribute('data-count'));
  // A street office's worth of floating members nobody has called: copies of one the overview lists.
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('party-edu-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const store = db.transaction('members', 'readwrite').objectStore('members');
    const request = store.get(id);
    await new Promise((resolve) => (request.onsuccess = resolve));
    const member = request.result as Record<string, unknown>;
    for (let i = 0; i < 150; i += 1) store.put({ ...member, id: crypto.randomUUID(), name: `流动党员${String(i)}` });
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, memberId);
  await page.reload();
  const count = before + 150;
  await expect(floating).toHaveAttribute('data-count', String(count), { timeout: 30_000 });
  await floating.getByRole('button', { name: /查看名单/ }).click();
  await expect(floating.locator('tbody tr')).toHaveCount(100);
  await floating
    .getByRole('button', { name: `已显示 100 条，共 ${String(count)} 条：再显示 ${String(count - 100)} 条` })
    .click();
  await expect(floating.locator('tbody tr')).toHaveCount(count);
});
