import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { advisorPassword, handoffRequest, startConsoleServer } from './harness.js';

type ConsoleServer = Awaited<ReturnType<typeof startConsoleServer>>;

async function signInThroughTheForm(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/advisor`);
  await page.getByLabel('Username').fill('alice');
  await page.getByLabel('Password').fill(advisorPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Live updates on.').waitFor();
}

describe('the advisor console in a real browser', () => {
  let app: ConsoleServer;
  let browser: Browser;
  const request = handoffRequest({ topic: 'Missed bin collection', priority: 'emergency', reason: 'negative-sentiment' });
  beforeAll(async () => {
    app = await startConsoleServer();
    browser = await launchChromium();
    await app.hub.initiate(handoffRequest({ topic: 'Parking permit renewal' }));
    await app.hub.initiate(request);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, opens a waiting conversation, accepts it, shows resident messages live and sends a reply', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // Failed loads are reported with their address below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('requestfailed', (failed) => problems.push(`request failed: ${failed.url()}`));
    page.on('response', (response) => {
      // The browser asks for /favicon.ico on its own; the app's root, not the console, answers that.
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.push(`${response.status()} ${response.url()}`);
    });

    await signInThroughTheForm(page, app.url);
    // Emergency before normal.
    await expect.poll(() => page.locator('#waiting-rows button').allTextContents()).toEqual(['Missed bin collection', 'Parking permit renewal']);

    await page.getByRole('button', { name: 'Missed bin collection' }).click();
    await page.getByText(request.summary).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Report a missed bin/ }).getAttribute('href')).toBe(request.suggestedArticles[0]!.url);
    expect(await page.locator('#details').textContent()).toContain('12 Market Street');
    expect(await page.locator('#fact-sentiment').textContent()).toContain('frustrated');
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByLabel('Reply to the resident').waitFor();

    // A resident message arrives live, shown as text even when it looks like markup.
    const hostile = '<img src=x onerror="window.pwned=true">Hello?';
    await app.hub.residentMessage(request.conversationId, hostile);
    await expect.poll(() => page.locator('#transcript li').last().textContent()).toContain(hostile);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('Hello?');

    await page.getByLabel('Reply to the resident').fill('Sorry about that. Your bin will be collected tomorrow.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect
      .poll(() => app.residents.sent)
      .toContainEqual({ conversationId: request.conversationId, text: 'Sorry about that. Your bin will be collected tomorrow.' });
    await expect.poll(() => page.locator('#transcript li').last().textContent()).toContain('Your bin will be collected tomorrow.');
    expect(await page.getByLabel('Reply to the resident').inputValue()).toBe('');

    // The content security policy let everything the page needs load, and nothing failed.
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations on the sign-in page or the console (axe-core)', async () => {
    // axe is injected as an inline script, which the console's CSP rightly forbids.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/advisor`);
    expect(await blockingViolations(page)).toEqual([]);

    await signInThroughTheForm(page, app.url);
    await page.getByRole('button', { name: 'Missed bin collection' }).click();
    await page.getByText(request.summary).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await context.close();
  });
});
