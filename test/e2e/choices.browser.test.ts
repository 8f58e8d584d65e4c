import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { launchChromium } from '../support/browser.js';
import { startTestApp } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

async function say(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
  await input.fill(text);
  await input.press('Enter');
}

const storedScores = (app: App): number[] => {
  const database = openDatabase(app.config.dataDir);
  try {
    return database
      .prepare<[], { metrics: string }>("SELECT metrics FROM telemetry_events WHERE name LIKE '%csat' ORDER BY id")
      .all()
      .map((row) => (JSON.parse(row.metrics) as { score: number }).score);
  } finally {
    database.close();
  }
};

describe('choices in real Web Chat', () => {
  let app: App;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    // The real clock: Web Chat orders the transcript by timestamp, and shows buttons only under the last message.
    app = await startTestApp();
    browser = await launchChromium();
    context = await browser.newContext();
    // The council's site is fictional: answer its pages locally, so nothing leaves this machine.
    await context.route('https://www.northbrook.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Northbrook</title>' }));
    page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByText('What can I help you with today?').first().waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens the page of an article action with a URL, and posts nothing back', async () => {
    await say(page, 'How do I pay my council tax?');
    const button = page.getByRole('button', { name: 'Pay or set up a Direct Debit' }).first();
    await button.waitFor({ timeout: 15_000 });
    const [opened] = await Promise.all([context.waitForEvent('page'), button.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe('https://www.northbrook.example/council-tax/pay');
  });

  it('stores the rating of the button pressed, and offers a way on after a very poor one', async () => {
    await say(page, "No, that's all, bye");
    await page.getByRole('button', { name: '1 Very poor' }).first().click({ timeout: 15_000 });
    await expect.poll(() => storedScores(app), { timeout: 15_000 }).toEqual([1]);
    await page.getByRole('button', { name: 'Make a complaint' }).first().waitFor({ timeout: 15_000 });
    // The resident's side of the transcript: what they typed and pressed, never the link's label.
    const transcript = await page.locator('body').innerText();
    expect(transcript).toMatch(/You said: No, that.s all, bye/);
    expect(transcript).not.toContain('You said: Pay or set up a Direct Debit');
  });
});
