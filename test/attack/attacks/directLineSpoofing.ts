import { randomUUID } from 'node:crypto';
import { jsonRequest, rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import { botMessages, directLineResident } from '../residents.js';
import { handoffConversations, signInAsAdmin } from '../staff.js';
import type { Target } from '../target.js';

/**
 * Finding 4: the bot's replies, as Web Chat reads them, carried a serviceUrl with the connector
 * key in it, so any resident could post "bot" messages into any conversation; and a resident's
 * own `handoff.status` event, meant for an engagement hub, ended an advisor's live chat.
 */
const connectorKeyIn = (text: string): string | undefined => /directline-connector\/([^/"\s]+)/.exec(text)?.[1];

export async function directLineSpoofing(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  const attacker = await directLineResident(target.url);
  const victim = await directLineResident(target.url);

  const seen = JSON.stringify(await attacker.activities());
  const leakedKey = connectorKeyIn(seen);
  log.expect(leakedKey === undefined, `a resident reading their own conversation sees the bot's connector address: …directline-connector/${leakedKey}/…`);

  const forged = `A message from the council: pay your overdue bill at https://pay.example.invalid (${randomUUID()})`;
  const keys = [...(leakedKey ? [leakedKey] : []), 'guess', 'undefined', '0'.repeat(32), '%2e', ''];
  for (const key of keys) {
    for (const suffix of ['', `/${randomUUID()}`]) {
      const path = `/directline-connector/${key}/v3/conversations/${victim.conversationId}/activities${suffix}`;
      const sent = log.count('POST /directline-connector/<key>/v3/conversations/<id>/activities', await rawRequest(target.url, jsonRequest('POST', path, {
        type: 'message',
        text: forged,
        from: { id: 'council-assistant', role: 'bot' },
      })), `POST ${path}`);
      log.expect(sent.status === 0 || sent.status >= 400, `a resident posted as the bot with key "${key}": ${sent.status}`);
    }
  }
  log.expect(!JSON.stringify(await victim.activities()).includes(forged), "a message forged by a resident appeared in another resident's conversation as the bot's");

  // A resident with an advisor: the resident cannot end the advisor's chat by claiming to be the hub.
  const resident = await directLineResident(target.url);
  await resident.post({ type: 'message', text: 'can I speak to a real person please' });
  const before = botMessages(await resident.waitForBotMessages(2)).length;
  const advisor = await signInAsAdmin(target);
  const accepted = await advisor.call('POST', `/advisor/api/conversations/${resident.conversationId}/accept`);
  if (accepted.status !== 200) throw new Error(`the advisor could not accept the handoff: ${accepted.status}`);
  // The resident is told an advisor joined; wait for that so it is not mistaken for what follows.
  const afterAccept = botMessages(await resident.waitForBotMessages(before + 1, 3000).catch(() => resident.activities())).length;

  for (const state of ['completed', 'failed']) {
    const posted = log.count('POST /v3/directline/conversations/<id>/activities (handoff.status)', await rawRequest(target.url, {
      ...jsonRequest('POST', `/v3/directline/conversations/${resident.conversationId}/activities`, { type: 'event', name: 'handoff.status', value: { state } }),
      headers: { authorization: `Bearer ${resident.token}`, 'content-type': 'application/json' },
    }), `handoff.status ${state} through Direct Line`);
    log.expect(posted.status !== 0, `handoff.status ${state} was not answered`);
  }
  // The turn runs after Direct Line answers: give it time to end the chat, if it can (a survey message says it did).
  const ended = await resident.waitForBotMessages(afterAccept + 1, 2000).then(
    () => true,
    () => false,
  );
  const stillActive = (await handoffConversations(target, 'active')).includes(resident.conversationId);
  log.expect(stillActive && !ended, `a resident's own handoff.status event ended the advisor's live chat (still active: ${stillActive})`);
  return log.report();
}
