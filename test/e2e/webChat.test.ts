import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestApp } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.2 AA rules)', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByText('What can I help you with today?').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations;
    })) as AxeViolation[];
    const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(blocking.map((violation) => `${violation.id}: ${violation.help} @ ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
