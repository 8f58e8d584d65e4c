import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { advisorPassword, aliceDisplayName, handoffRequest, startConsoleServer } from './harness.js';

type ConsoleServer = Awaited<ReturnType<typeof startConsoleServer>>;

const desktop = { width: 1280, height: 800 };
const screenshotPath = fileURLToPath(new URL('../../docs/screenshots/advisor-console.png', import.meta.url));

async function signInThroughTheForm(page: Page, baseUrl: string, liveUpdates = 'Live updates on.'): Promise<void> {
  await page.goto(`${baseUrl}/advisor`);
  await page.getByLabel('Username').fill('alice');
  await page.getByLabel('Password').fill(advisorPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(liveUpdates).waitFor();
}

interface AlertRecord {
  tones: number;
  notifications: { title: string; body?: string }[];
}

/**
 * Stands in for the browser's Web Audio and Notification APIs (a headless browser has no speaker
 * and no desktop), recording each beep started and each notification shown, with permission granted.
 */
function recordAlerts(): void {
  const record: AlertRecord = { tones: 0, notifications: [] };
  (window as unknown as { alerts: AlertRecord }).alerts = record;
  const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
  class RecordingAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume = async () => {};
    createGain = () => ({ gain: param, connect: (next: unknown) => next });
    createOscillator = () => ({
      type: 'sine',
      frequency: param,
      connect: (next: unknown) => next,
      start: () => (record.tones += 1),
      stop: () => {},
    });
  }
  class RecordingNotification extends EventTarget {
    static permission = 'granted';
    static requestPermission = async () => 'granted';
    constructor(title: string, options: { body?: string } = {}) {
      super();
      record.notifications.push({ title, body: options.body });
    }
    close() {}
  }
  Object.assign(window, { AudioContext: RecordingAudioContext, Notification: RecordingNotification });
}

describe('the advisor console in a real browser', () => {
  let app: ConsoleServer;
  let browser: Browser;
  const request = handoffRequest({
    topic: 'Missed bin collection',
    priority: 'emergency',
    reason: 'negative-sentiment',
    summary: 'Resident reports the green bin was missed on Tuesday.\n- Postcode: NB1 1AA\n- Bin type: Green',
    details: { collected: { Postcode: 'NB1 1AA', 'Bin type': 'Green' }, caseReferences: [], articlesRead: [] },
    transcript: [
      { from: 'resident', text: 'My bin was missed', at: '2026-03-02T10:00:00.000Z' },
      { from: 'bot', text: 'Sorry to hear that. Which bin?', at: '2026-03-02T10:00:01.000Z' },
      { from: 'resident', text: 'I have been going round in circles on your website all morning and nobody can tell me when it will be emptied', at: '2026-03-02T10:01:00.000Z' },
    ],
  });
  beforeAll(async () => {
    app = await startConsoleServer();
    browser = await launchChromium();
    await app.hub.initiate(handoffRequest({ topic: 'Parking permit renewal', channel: 'msteams', transcript: [{ from: 'resident', text: 'How do I renew my visitor permit?', at: '2026-03-02T10:00:00.000Z' }] }));
    await app.hub.initiate(request);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, opens a waiting conversation, accepts it, shows resident messages live and sends a reply', async () => {
    const page = await browser.newPage({ viewport: desktop });
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
    await page.getByText('Resident reports the green bin was missed on Tuesday.').waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Report a missed bin/ }).getAttribute('href')).toBe(request.suggestedArticles[0]!.url);
    expect(await page.locator('#fact-sentiment').textContent()).toContain('Frustrated, getting worse');
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
      .toContainEqual({ conversationId: request.conversationId, text: 'Sorry about that. Your bin will be collected tomorrow.', advisorName: aliceDisplayName });
    await expect.poll(() => page.locator('#transcript li').last().textContent()).toContain('Your bin will be collected tomorrow.');
    expect(await page.getByLabel('Reply to the resident').inputValue()).toBe('');

    // The content security policy let everything the page needs load, and nothing failed.
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a readable summary and details, and queue rows told apart by their first words, reason and channel, within the panel at 1280 px', async () => {
    const { entry } = await app.hub.initiate(
      handoffRequest({
        // Real topic labels and channel ids: "homelessness" and "directline" are long words for a narrow column.
        topic: 'Housing and homelessness',
        priority: 'safeguarding',
        reason: 'safeguarding',
        channel: 'directline',
        details: { collected: {}, caseReferences: [], articlesRead: [] },
        summary: 'The resident is worried about an older neighbour.',
        transcript: [{ from: 'resident', text: 'My elderly neighbour has not opened her curtains for three days and her milk is still on the doorstep', at: new Date().toISOString() }],
      }),
    );
    const page = await browser.newPage({ viewport: desktop });
    await signInThroughTheForm(page, app.url);
    const row = page.locator('#waiting-rows tr', { hasText: 'Housing and homelessness' });
    await expect.poll(() => row.textContent()).toContain('My elderly neighbour has not opened her curtains for three days and…');
    expect(await row.textContent()).toContain('Safeguarding concern · Web chat');
    expect(await page.locator('#waiting-rows tr', { hasText: 'Parking permit renewal' }).textContent()).toContain('How do I renew my visitor permit?Asked for a person · Teams');

    // Nothing sticks out of the queue panel, and the page does not scroll sideways.
    const widths = await page.evaluate(() => {
      const panel = document.querySelector('.queue')!;
      const style = getComputedStyle(panel);
      return {
        panel: panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        tables: Array.from(panel.querySelectorAll('table'), (table) => table.scrollWidth),
        page: document.documentElement.scrollWidth,
      };
    });
    for (const table of widths.tables) expect(table).toBeLessThanOrEqual(widths.panel);
    expect(widths.page).toBeLessThanOrEqual(desktop.width);

    // An empty collection says so, in words; a filled one reads as labels and values.
    await row.getByRole('button').click();
    await page.getByText('The resident is worried about an older neighbour.').waitFor();
    expect(await page.locator('#details-empty').isVisible()).toBe(true);
    expect(await page.locator('#conversation-body').textContent()).not.toMatch(/collected:|caseReferences|articlesRead|[{}[\]]/);
    await page.getByRole('button', { name: 'Missed bin collection' }).click();
    await page.getByText('Resident reports the green bin was missed on Tuesday.').waitFor();
    expect(await page.locator('#details').innerText()).toBe('Postcode\nNB1 1AA\nBin type\nGreen');
    expect(await page.locator('#summary li').allTextContents()).toEqual(['Postcode: NB1 1AA', 'Bin type: Green']);
    expect(await page.locator('#fact-channel').textContent()).toBe('Web chat');
    // For the screenshot, from the top: the header, and the banner a new emergency raises.
    const { entry: emergency } = await app.hub.initiate(
      handoffRequest({
        topic: 'Repairs',
        priority: 'emergency',
        reason: 'emergency',
        transcript: [{ from: 'resident', text: 'Water is coming through the light fitting in my kitchen', at: new Date().toISOString() }],
      }),
    );
    await page.locator('#urgent-banner').getByText('Emergency: Repairs').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath });
    await app.hub.complete(entry.conversationId, 'alice');
    await app.hub.complete(emergency.conversationId, 'alice');
    await page.close();
  });

  it('alerts to a new safeguarding item with a banner, a tone, a desktop notification and an assertive live region', async () => {
    const context = await browser.newContext({ viewport: desktop });
    await context.addInitScript(recordAlerts);
    const page = await context.newPage();
    await signInThroughTheForm(page, app.url);
    const alerts = () => page.evaluate(() => (window as unknown as { alerts: AlertRecord }).alerts);
    const before = await alerts();

    const urgent = handoffRequest({
      topic: 'Child at risk',
      priority: 'safeguarding',
      reason: 'safeguarding',
      transcript: [{ from: 'resident', text: 'I am scared for the boy next door', at: new Date().toISOString() }],
    });
    await app.hub.initiate(urgent);
    await page.locator('#urgent-banner').getByText('Safeguarding: Child at risk').waitFor();
    expect(await page.locator('#alarm').getAttribute('aria-live')).toBe('assertive');
    expect(await page.locator('#alarm').textContent()).toBe('Safeguarding: Child at risk (Safeguarding concern, Web chat) is waiting.');
    const after = await alerts();
    expect(after.tones).toBeGreaterThan(before.tones);
    // The notification leaves the page, so it names the topic, never the resident's words.
    expect(after.notifications.slice(before.notifications.length)).toEqual([{ title: 'Safeguarding: Child at risk (Safeguarding concern, Web chat) is waiting.' }]);

    // A normal item makes no noise.
    const tones = after.tones;
    await app.hub.initiate(handoffRequest({ topic: 'Council tax bands' }));
    await page.locator('#waiting-rows').getByText('Council tax bands').waitFor();
    expect((await alerts()).tones).toBe(tones);

    await page.getByRole('button', { name: 'Open it' }).click();
    await page.locator('#conversation-heading').getByText('Child at risk').waitFor();
    await expect.poll(() => page.locator('#urgent-banner').isHidden()).toBe(true);
    await context.close();
  });

  it('connects its live updates again after the server refused them (a database outage), and alerts to what came meanwhile (PG20-01)', async () => {
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    let refused = true;
    await page.route('**/advisor/api/events', (route) =>
      refused ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"code":"ServiceUnavailable"}' }) : route.continue(),
    );
    await signInThroughTheForm(page, app.url, 'Live updates interrupted. Reconnecting…');

    refused = false;
    const urgent = handoffRequest({
      topic: 'Domestic abuse',
      priority: 'safeguarding',
      reason: 'safeguarding',
      transcript: [{ from: 'resident', text: 'I am scared to go home', at: new Date().toISOString() }],
    });
    await app.hub.initiate(urgent);
    await page.getByText('Live updates on.').waitFor({ timeout: 20_000 });
    // Earlier tests leave safeguarding items waiting, and the banner names the one waiting longest: the new one is in the queue.
    await page.locator('#waiting-rows').getByText('Domestic abuse').waitFor();
    expect(await page.locator('#urgent-banner').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps End handoff away from Accept, asks before ending, and sends with Ctrl+Enter or Cmd+Enter while Enter makes a new line', async () => {
    const item = handoffRequest({ topic: 'Housing benefit question' });
    await app.hub.initiate(item);
    const page = await browser.newPage({ viewport: desktop });
    await signInThroughTheForm(page, app.url);
    await page.getByRole('button', { name: 'Housing benefit question' }).click();
    await page.getByRole('button', { name: 'Accept' }).waitFor();
    expect(await page.getByRole('button', { name: 'End handoff' }).isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Accept' }).click();
    const box = page.getByLabel('Reply to the resident');
    await box.waitFor();
    await box.pressSequentially('First line');
    await box.press('Enter');
    await box.pressSequentially('second line');
    expect(await box.inputValue()).toBe('First line\nsecond line');
    expect(app.residents.sent.filter((sent) => sent.conversationId === item.conversationId)).toEqual([]);
    await box.press('Control+Enter');
    await expect.poll(() => app.residents.sent.filter((sent) => sent.conversationId === item.conversationId).map((sent) => sent.text)).toEqual(['First line\nsecond line']);
    await expect.poll(() => box.inputValue()).toBe('');
    await box.fill('Anything else?');
    await box.press('Meta+Enter');
    await expect.poll(() => app.residents.sent.filter((sent) => sent.conversationId === item.conversationId).map((sent) => sent.text)).toContain('Anything else?');

    // Ending asks first; Cancel leaves the conversation with the advisor.
    await page.getByRole('button', { name: 'End handoff' }).click();
    const dialog = page.getByRole('dialog', { name: 'End this handoff?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await app.hub.current(item.conversationId))?.status).toBe('active');
    await page.getByRole('button', { name: 'End handoff' }).click();
    await dialog.getByRole('button', { name: 'Yes, end handoff' }).click();
    await expect.poll(() => app.residents.ended).toContain(item.conversationId);
    // The page hears of the end from the server a moment later.
    await expect.poll(() => page.locator('#fact-status').textContent()).toBe('Ended');
    await page.close();
  });

  it('has no serious or critical accessibility violations on the sign-in page or the console (axe-core)', async () => {
    // axe is injected as an inline script, which the console's CSP rightly forbids.
    const context = await browser.newContext({ bypassCSP: true, viewport: desktop });
    const page = await context.newPage();
    await page.goto(`${app.url}/advisor`);
    expect(await blockingViolations(page)).toEqual([]);

    await signInThroughTheForm(page, app.url);
    expect(await page.locator('header').textContent()).toContain(`residents see you as ${aliceDisplayName}`);
    await page.getByRole('button', { name: 'Parking permit renewal' }).click();
    await page.getByText(request.summary.split('\n')[0]!).waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('button', { name: 'End handoff' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await context.close();
  });
});
