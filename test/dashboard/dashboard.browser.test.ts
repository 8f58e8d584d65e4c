import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { staffPassword, startMetricsServer } from '../support/metricsServer.js';

type MetricsServer = Awaited<ReturnType<typeof startMetricsServer>>;

const chartIds = ['chart-per-day', 'chart-outcomes', 'chart-sentiment', 'chart-topics'];
const desktop = { width: 1280, height: 800 };
const screenshotPath = (name: string): string => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

async function signInThroughTheForm(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/dashboard`);
  await page.getByLabel('Username').fill('carol');
  await page.getByLabel('Password').fill(staffPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(/^Showing \d+ conversations/).waitFor();
}

/**
 * Pixels in a PNG that are not the white page behind the chart, decoded in a blank page (the
 * dashboard's CSP rightly refuses data: images).
 */
async function inkedPixels(decoder: Page, png: Buffer): Promise<number> {
  return decoder.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index]! < 230 || data[index + 1]! < 230 || data[index + 2]! < 230) inked += 1;
    return inked;
  }, png.toString('base64'));
}

describe('the dashboard in a real browser', () => {
  let app: MetricsServer;
  let browser: Browser;
  beforeAll(async () => {
    app = await startMetricsServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, draws every chart, filters by date from the keyboard and downloads the CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('requestfailed', (failed) => problems.push(`request failed: ${failed.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') problems.push(`${response.status()} ${response.url()}`);
    });

    await signInThroughTheForm(page, app.url);
    expect(await page.locator('#status').textContent()).toBe('Showing 10 conversations from 3 Feb to 4 Mar.');

    // A chart that is not drawn screenshots as a blank white box.
    const decoder = await context.newPage();
    const blank = await inkedPixels(decoder, await page.locator('#table-contractors caption').screenshot());
    for (const id of chartIds) {
      const inked = await inkedPixels(decoder, await page.locator(`#${id}`).screenshot());
      expect(inked, id).toBeGreaterThan(3000);
    }
    expect(blank).toBeLessThan(3000);

    // The same figures as tables.
    expect(await page.locator('#summary').textContent()).toContain('Cases raised1');
    expect(await page.locator('#table-contractors tbody tr').first().textContent()).toBe('Keystone Property Services22-0.40');
    // Topics by their names in the taxonomy; an id it does not know ("bins", older data) as stored.
    expect(await page.locator('#table-unanswered tbody tr').first().textContent()).toBe('Can I park my van on the verge?2Parking');
    expect(await page.locator('#table-topics tbody th').allTextContents()).toEqual(expect.arrayContaining(['Council tax', 'Repairs', 'Parking', 'bins']));
    expect(await page.locator('#table-topics tbody th').allTextContents()).not.toContain('council-tax');

    // A month with four busy days: the empty days before them are one row in each day table.
    for (const table of ['#table-per-day', '#table-sentiment']) {
      const rows = page.locator(`${table} tbody tr`);
      expect(await rows.first().innerText(), table).toBe('3–28 Feb\tNone');
      expect(await rows.locator('th').allTextContents(), table).toEqual(['3–28 Feb', '1 Mar', '2 Mar', '3 Mar', '4 Mar']);
    }

    // A run across two months names both.
    await page.getByLabel('From', { exact: true }).fill('2026-01-30');
    await page.getByLabel('To', { exact: true }).fill('2026-02-28');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Showing 0 conversations from 30 Jan to 28 Feb.').waitFor();
    expect(await page.locator('#table-per-day tbody').innerText()).toBe('30 Jan – 28 Feb\tNone');

    // Narrow to one day and submit with Enter.
    await page.getByLabel('From', { exact: true }).fill('2026-03-02');
    await page.getByLabel('To', { exact: true }).fill('2026-03-02');
    await page.getByLabel('To', { exact: true }).press('Enter');
    await page.getByText('Showing 2 conversations from 2 Mar to 2 Mar.').waitFor();
    expect(await page.locator('#table-per-day tbody tr').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('assistant-metrics-2026-03-02-to-2026-03-02.csv');
    const rows = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(rows[0]).toBe('section,name,measure,value');
    expect(rows).toContain('summary,all,conversations,2');
    expect(rows.length).toBeGreaterThan(50);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no serious or critical accessibility violations on the sign-in page or the dashboard (axe-core)', async () => {
    // axe is injected as an inline script, which the dashboard's CSP rightly forbids.
    const context = await browser.newContext({ bypassCSP: true, viewport: desktop });
    const page = await context.newPage();
    await page.goto(`${app.url}/dashboard`);
    expect(await blockingViolations(page)).toEqual([]);
    await signInThroughTheForm(page, app.url);
    expect(await blockingViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('dashboard.png') });
    await page.screenshot({ path: screenshotPath('dashboard-full-page.png'), fullPage: true });
    await context.close();
  });
});
