import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashAdvisorPassword } from '../../src/handoff/advisorAuth.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { blockingViolations } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';
const advisorPassword = 'a-long-enough-advisor-password';
const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const welcome = 'What can I help you with today?';
const botBubbles = '.webchat__bubble:not(.webchat__bubble--from-user)';

/** Everything put into the page's live regions (what a screen reader announces), in order. */
const recordAnnouncements = (): void => {
  const spoken: string[] = [];
  (window as unknown as { spoken: string[] }).spoken = spoken;
  const regions = '[aria-live], [role="log"], [role="alert"], [role="status"]';
  new MutationObserver((records) => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (element?.closest(regions) && node.textContent?.trim()) spoken.push(node.textContent.trim());
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
};
const announcements = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.join('\n'));

async function sendAsResident(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"], input[aria-label], textarea').first();
  await input.fill(text);
  await input.press('Enter');
}

/** The page, once Web Chat shows the welcome. */
async function openChat(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  // axe is injected as an inline script, which the page's CSP rightly forbids.
  const context = await browser.newContext({ bypassCSP: true, ...options });
  const page = await context.newPage();
  await page.addInitScript(recordAnnouncements);
  await page.goto(`${url}/`);
  await page.getByText(welcome).first().waitFor({ timeout: 15_000 });
  return page;
}

/** True when the element is entirely inside the viewport. */
const fullyVisible = (page: Page, selector: string): Promise<boolean> =>
  page.locator(selector).last().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });

describe('the resident chat page in a real browser (Web Chat over the local Direct Line)', () => {
  let app: App;
  let browser: Browser;
  let desktop: Page;
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: `sam:${hashAdvisorPassword(advisorPassword)}:Sam Patel` }, { now: () => thursdayMorning });
    browser = await launchChromium();
    desktop = await openChat(browser, app.url, { viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('says, before the first message, that answers are automated, how long the chat is kept, and links the privacy notice', async () => {
    const notice = desktop.locator('#about-chat');
    expect(await notice.getAttribute('open')).not.toBeNull();
    const text = await notice.innerText();
    expect(text).toMatch(/Answers come from a computer, not a person/);
    expect(text).toContain(`for ${app.config.retention.transcriptDays} days`);
    expect(await notice.getByRole('link', { name: 'Read our privacy notice' }).getAttribute('href')).toBe(profile.council.privacyNoticeUrl);
    await desktop.screenshot({ path: `${screenshots}resident-chat-desktop-start.png` });
  });

  it('has a skip link that moves focus to the chat', async () => {
    await desktop.getByRole('link', { name: 'Skip to the chat' }).focus();
    await desktop.keyboard.press('Enter');
    expect(await desktop.evaluate(() => document.activeElement?.id)).toBe('chat');
  });

  it('announces the bot by the council’s name for it, reads choices one by one, never "undefined", and writes times the British way', async () => {
    await sendAsResident(desktop, 'How do I pay my council tax?');
    await expect.poll(() => desktop.locator(botBubbles).count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await expect.poll(() => announcements(desktop), { timeout: 15_000 }).toMatch(/Choices, \d+: 1, [^.]+\. 2, /);
    const spoken = await announcements(desktop);
    expect(spoken).toContain(`${profile.branding.botName} said: `);
    expect(spoken).not.toMatch(/Bot \w* said|undefined/);
    // The notice folds away once the resident has written.
    expect(await desktop.locator('#about-chat').getAttribute('open')).toBeNull();
    const times = await desktop.locator('.webchat__activity-status time').allInnerTexts();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ )?\d{1,2}:\d{2}(am|pm)$/);
  });

  it('makes an emergency reply stand out, announces it at once and links its phone numbers', async () => {
    await sendAsResident(desktop, 'I can smell gas in my kitchen');
    await expect.poll(() => desktop.locator('.urgent-message').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const gas = profile.national.gasEmergency;
    expect(await desktop.locator('#urgent').getAttribute('role')).toBe('alert');
    expect(await desktop.locator('#urgent').textContent()).toContain(gas);
    expect(await desktop.locator('.urgent-message').last().getByRole('link', { name: gas }).getAttribute('href')).toBe(`tel:${gas.replace(/\s/g, '')}`);
    const border = await desktop.locator('.urgent-message .webchat__bubble__content').last().evaluate((element) => getComputedStyle(element).borderLeftWidth);
    expect(Number.parseFloat(border)).toBeGreaterThanOrEqual(8);
    await desktop.locator('.urgent-message').last().scrollIntoViewIfNeeded();
    await desktop.screenshot({ path: `${screenshots}resident-chat-desktop-emergency.png` });
  });

  it('shows the reference after a report in a panel with a copy button', async () => {
    for (const answer of ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', '27', 'No thanks']) {
      const before = await desktop.locator(botBubbles).count();
      await sendAsResident(desktop, answer);
      await expect.poll(() => desktop.locator(botBubbles).count(), { timeout: 15_000 }).toBeGreaterThan(before);
    }
    await sendAsResident(desktop, 'Confirm');
    const panel = desktop.locator('.case-reference');
    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(1);
    const reference = await panel.locator('.case-reference__value').innerText();
    expect(reference).toMatch(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await panel.getByRole('button', { name: 'Copy reference' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Reference copied');
    expect(await desktop.evaluate(() => navigator.clipboard.readText())).toBe(reference);
  });

  it('has no serious or critical accessibility violations with an emergency and a reference on screen (axe-core, WCAG 2.2 AA)', async () => {
    expect(await blockingViolations(desktop)).toEqual([]);
    await desktop.screenshot({ path: `${screenshots}resident-chat-desktop.png` });
  });

  it('shows an advisor’s message under their name with an avatar of their own, and it arrives (time printed)', async () => {
    const resident = await openChat(browser, app.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await sendAsResident(resident, 'My council tax bill looks wrong and I want to talk to a person');
    await expect.poll(() => resident.getByText(/in the queue/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const advisor = await (await browser.newContext()).newPage();
    await advisor.goto(`${app.url}/advisor`);
    await advisor.getByLabel('Username').fill('sam');
    await advisor.getByLabel('Password').fill(advisorPassword);
    await advisor.getByRole('button', { name: 'Sign in' }).click();
    await advisor.getByText('Live updates on.').waitFor();
    await advisor.locator('#waiting-rows button').first().click();
    await advisor.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => resident.getByText(/has joined the chat/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    for (const text of ['Hello, which month is the bill for?', 'Thanks. I can see the April bill now.']) {
      await advisor.getByLabel('Reply to the resident').fill(text);
      const sent = Date.now();
      await advisor.getByRole('button', { name: 'Send reply' }).click();
      await expect.poll(() => resident.getByText(text).count(), { timeout: 15_000, interval: 25 }).toBeGreaterThan(0);
      console.log(`advisor → resident: "${text}" appeared after ${Date.now() - sent} ms`);
      if (text.startsWith('Hello')) await sendAsResident(resident, 'It is the April bill');
    }
    const message = resident.locator('.advisor-message').last();
    expect(await message.locator('.message-label').innerText()).toBe('Sam Patel, an advisor');
    expect(await message.locator('.chat-avatar--advisor').count()).toBeGreaterThan(0);
    expect(await announcements(resident)).toContain('Sam Patel, an advisor said: Thanks. I can see the April bill now.');
    expect(await blockingViolations(resident)).toEqual([]);
    await resident.screenshot({ path: `${screenshots}resident-chat-phone.png` });
  });

  it('reflows at 320 px wide (400 % zoom): no sideways scrolling, the page scrolls, the send box and the last message stay in view', async () => {
    const page = await openChat(browser, app.url, { viewport: { width: 320, height: 256 } });
    await sendAsResident(page, 'How do I pay my council tax?');
    await expect.poll(() => page.locator(botBubbles).count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await expect.poll(() => page.getByText(/Was this helpful/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight && getComputedStyle(document.body).overflowY !== 'hidden')).toBe(true);
    expect(await fullyVisible(page, '[data-id="webchat-sendbox-input"], #webchat input, #webchat textarea')).toBe(true);
    const lastMessage = await page.locator('.webchat__basic-transcript__activity').last().evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
    });
    expect(lastMessage).toBe(true);
    expect(await blockingViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}resident-chat-400-percent-zoom.png` });
  });

  it('says the assistant is getting ready while it starts, then opens the chat by itself', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    // The server is ready already; the first answers of /readyz are those of one still building its index.
    const starting = [{ status: 'starting' }, { status: 'starting', progress: 0.42 }, { status: 'starting', progress: 0.97 }];
    await page.route('**/readyz', (route) => {
      const body = starting.shift();
      return body ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify(body) }) : route.continue();
    });
    await page.goto(`${app.url}/`);
    await page.getByText('The assistant is getting ready (40% done)').waitFor({ timeout: 10_000 });
    await page.getByText(welcome).first().waitFor({ timeout: 15_000 });
    expect(starting).toEqual([]);
    await context.close();
  });
});
