import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startTestApp } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
describe('the resident chat page in a real browser', () => {
  let app: App;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads Web Chat, shows the welcome, and answers a typed message', async () => {
    const page = await browser.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    // Web Chat runs under the page's content security policy: nothing it does may be blocked.
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByText('What can I help you with today?').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
    await input.fill('How do I pay my council tax?');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    await expect.poll(() => page.getByText(/direct debit|pay/i).count(), { timeout: 15_000 }).toBeGreaterThan(1);
    // Everything the page needs is served by this server: no CDN.
    expect(failedRequests).toEqual([]);
    expect(blocked).toEqual([]);
  });

  // Outside re-check 29b, R29B-N4: an address past its new chats left a resident, out of hours, only a closed line.
  it('says to call 999 in an emergency when the chat cannot start', async () => {
    const page = await browser.newPage();
    await page.route('**/v3/directline/tokens/generate', (route) => route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":{"code":"TooManyRequests"}}' }));
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByText(/could not start\. In an emergency, call 999 now/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.2 AA rules)', async () => {
    // axe is injected as an inline script, which the page's CSP rightly forbids.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByText('What can I help you with today?').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await blockingViolations(page)).toEqual([]);
  });
});
