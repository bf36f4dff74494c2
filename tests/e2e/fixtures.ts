import { test as base, expect } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Every test's page is watched: a console error or a request to any origin but the app's own
 * fails the test, so "offline by construction" and "no console errors" hold on every page.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('blob:') || url.startsWith('data:')) return;
        if (new URL(url).origin !== ownOrigin) problems.foreignRequests.push(url);
      });
      await use(problems);
      expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
