import { test } from './fixtures';
import { loadSampleData } from './desk-helpers';
test.describe.configure({ timeout: 180_000 });
test('scratch', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/statistics');
  await page.getByRole('figure',{name:'各党支部对比'}).scrollIntoViewIfNeeded();
  await page.waitForTimeout(2000);
  await page.getByTestId('check-charts').screenshot({ path: '/tmp/i17-charts.png' });
  const ticks = await page.locator('[data-testid=check-charts] .MuiChartsAxis-tickLabel').allTextContents();
  console.log('TICKS', JSON.stringify(ticks));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/members');
  await page.waitForTimeout(2000);
  await page.screenshot({ path: '/tmp/i17-roster.png' });
});
