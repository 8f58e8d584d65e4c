import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';

async function sendAsResident(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
  await input.fill(text);
  await input.press('Enter');
}

describe('a resident in Web Chat and an advisor in the console, both in real browsers', () => {
  let app: App;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the advisor signs in, opens the conversation and replies; the resident sees it, and the advisor sees the answer live', async () => {
    const resident = await (await browser.newContext()).newPage();
    await resident.goto(`${app.url}/`);
    await expect.poll(() => resident.getByText('What can I help you with today?').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await sendAsResident(resident, 'My council tax bill looks wrong and I want to talk to a person');
    await expect.poll(() => resident.getByText(/in the queue/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const advisor = await (await browser.newContext()).newPage();
    await advisor.goto(`${app.url}/advisor`);
    await advisor.getByLabel('Username').fill('admin');
    await advisor.getByLabel('Password').fill(adminToken);
    await advisor.getByRole('button', { name: 'Sign in' }).click();
    await advisor.getByText('Live updates on.').waitFor();
    await advisor.locator('#waiting-rows button').first().click();
    await expect.poll(() => advisor.locator('#transcript').textContent()).toContain('My council tax bill looks wrong');
    await expect.poll(() => advisor.locator('#articles a').count()).toBe(3);
    await advisor.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => resident.getByText(/has joined the chat/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await advisor.getByLabel('Reply to the resident').fill('Hello, this is Sam. Which month is the bill for?');
    await advisor.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => resident.getByText('Which month is the bill for?').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await sendAsResident(resident, 'It is the April bill');
    await expect.poll(() => advisor.locator('#transcript li').last().textContent(), { timeout: 15_000 }).toContain('It is the April bill');
  });
});
