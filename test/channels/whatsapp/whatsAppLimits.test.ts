import { describe, expect, it } from 'vitest';
import { helpfulPrompt } from '../../../src/conversation/followUps.js';
import * as phrases from '../../../src/conversation/phrases.js';
import type { BotReply, Choice } from '../../../src/reply.js';
import { mediaKinds } from '../../../src/forms/sharedEvidence.js';
import { renderReply } from '../../../src/channels/render.js';
import { outboundMessages, type WhatsAppMessage } from '../../../src/channels/whatsapp/outboundMessages.js';
import { checkCaseForm } from '../../../src/forms/checkCase.js';
import type { FormContext } from '../../../src/forms/formDefinition.js';
import { reportDampMouldForm } from '../../../src/forms/reportDampMould.js';
import { reportMissedBinForm } from '../../../src/forms/reportMissedBin.js';
import { reportRepairForm } from '../../../src/forms/reportRepair.js';
import { requestCallbackForm } from '../../../src/forms/requestCallback.js';
import { composeGroundedAnswer } from '../../../src/knowledge/answer.js';
import { loadArticles } from '../../../src/knowledge/article.js';
import { loadCouncilProfile } from '../../../src/profile/councilProfile.js';
import { emergencyPriority } from '../../../src/triage/safety/emergencyRules.js';
import { safeguardingPriority } from '../../../src/triage/safety/safeguardingRules.js';
import { emergencyReply, safeguardingReply } from '../../../src/triage/safetyReplies.js';
import { safetyChoices } from '../../../src/triage/triage.js';
import { answerableTopicIds, topicLabels } from '../../../src/triage/topics.js';

/**
 * Meta's limits on what a business may send (Meta Cloud API reference: messages, text and
 * interactive objects). A message over any of them is refused by the Graph API, so the resident
 * gets nothing at all.
 */
function limitBreaches(message: WhatsAppMessage): string[] {
  const breaches: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || breaches.push(what));
  if (message.type === 'text') {
    check(message.text.body.length > 0 && message.text.body.length <= 4096, 'text.body: 1 to 4,096 characters');
    return breaches;
  }
  const interactive = message.interactive as {
    type: string;
    body: { text: string };
    action: { buttons?: { reply: { id: string; title: string } }[]; button?: string; sections?: { title?: string; rows: { id: string; title: string; description?: string }[] }[] };
  };
  if (interactive.type === 'button') {
    const buttons = interactive.action.buttons ?? [];
    check(interactive.body.text.length > 0 && interactive.body.text.length <= 1024, 'button body: 1 to 1,024 characters');
    check(buttons.length >= 1 && buttons.length <= 3, 'reply buttons: 1 to 3');
    for (const { reply } of buttons) {
      check(reply.title.length > 0 && reply.title.length <= 20, `button title "${reply.title}": 1 to 20 characters`);
      check(reply.id.length > 0 && reply.id.length <= 256, 'button id: 1 to 256 characters');
    }
    check(new Set(buttons.map(({ reply }) => reply.id)).size === buttons.length, 'button ids unique');
    check(new Set(buttons.map(({ reply }) => reply.title)).size === buttons.length, 'button titles unique');
    return breaches;
  }
  const rows = (interactive.action.sections ?? []).flatMap((section) => section.rows);
  check(interactive.body.text.length > 0 && interactive.body.text.length <= 4096, 'list body: 1 to 4,096 characters');
  check((interactive.action.button ?? '').length > 0 && (interactive.action.button ?? '').length <= 20, 'list button: 1 to 20 characters');
  check(rows.length >= 1 && rows.length <= 10, 'list rows: 1 to 10 in all');
  for (const section of interactive.action.sections ?? []) check((section.title ?? '').length <= 24, 'section title: up to 24 characters');
  for (const row of rows) {
    check(row.title.length > 0 && row.title.length <= 24, `row title "${row.title}": 1 to 24 characters`);
    check(row.id.length > 0 && row.id.length <= 200, 'row id: 1 to 200 characters');
    check((row.description ?? '').length <= 72, 'row description: up to 72 characters');
  }
  check(new Set(rows.map((row) => row.id)).size === rows.length, 'row ids unique');
  return breaches;
}

const profile = loadCouncilProfile('knowledge/council.yaml');
const articles = loadArticles('knowledge/articles', profile);
const context = { now: new Date('2026-11-05T10:00:00Z'), profile };
/** Each form's questions, as asked before any detail is known. */
const flowQuestions = (flow: { id: string; slots: object }): [string, BotReply][] =>
  Object.entries(flow.slots as Record<string, { ask: (details: object, context: FormContext) => BotReply }>).map(([name, slot]) => [`form ${flow.id}: ${name}`, slot.ask({}, context)]);
const flows = [reportMissedBinForm, reportRepairForm, reportDampMouldForm, checkCaseForm, requestCallbackForm];

/** Every reply the bundled content and the bot's own phrases can produce, by where it comes from. */
function everyReply(): [string, BotReply][] {
  const replies: [string, BotReply][] = [];
  const longestInterpreterLine = Object.values(profile.interpreterLines).reduce((a, b) => (b.length > a.length ? b : a), '');
  for (const article of articles) {
    article.sections.forEach((_section, sectionIndex) => {
      for (const question of [article.title, ...article.sampleQuestions]) {
        const answer = composeGroundedAnswer(question, [{ article, score: 1, sectionIndex, denseSimilarity: 1, lexicalScore: 1 } as never], []);
        if (answer.kind !== 'answer') continue;
        const reply = { text: answer.text, choices: answer.actions.map((action) => ({ label: action.label })) };
        replies.push([`article ${article.id}`, helpfulPrompt(reply)]);
        // In another language: the interpreter line and "Talk to someone" are added.
        replies.push([`article ${article.id} (other language)`, { text: `${reply.text}\n\n${longestInterpreterLine}`, choices: [...reply.choices, { label: 'Talk to someone' }] }]);
      }
    });
  }
  for (let start = 0; start < answerableTopicIds.length; start += 1) {
    const topics = [0, 1, 2].map((offset) => answerableTopicIds[(start + offset) % answerableTopicIds.length]!);
    replies.push(['not sure', { text: "I'm not sure I've understood.", choices: [...topics.map((topic) => ({ label: topicLabels[topic] })), { label: 'Talk to someone' }] }]);
  }
  for (const kind of emergencyPriority) {
    for (const mode of ['report', 'info'] as const) replies.push([`emergency ${kind} ${mode}`, { text: emergencyReply(kind, profile, mode), choices: safetyChoices }]);
  }
  for (const flag of safeguardingPriority) replies.push([`safeguarding ${flag}`, { text: safeguardingReply(flag, profile), choices: safetyChoices }]);
  for (const flow of flows) replies.push(...flowQuestions(flow));
  for (const [name, value] of Object.entries(phrases)) {
    if (typeof value === 'string') replies.push([`phrase ${name}`, { text: value }]);
    else if (typeof value === 'object' && value !== null && 'text' in value) replies.push([`phrase ${name}`, value as BotReply]);
    else if (Array.isArray(value)) replies.push([`phrase ${name}`, { text: 'Please choose:', choices: (value as (string | Choice)[]).map((item) => (typeof item === 'string' ? { label: item } : item)) }]);
    else if (typeof value === 'function' && value.length === 1) {
      // Phrases made from the profile; the others take words or numbers and are covered below or by their callers.
      let made: unknown;
      try {
        made = (value as (profile: unknown) => unknown)(profile);
      } catch {
        continue;
      }
      if (typeof made === 'string') replies.push([`phrase ${name}`, { text: made }]);
      else if (made && typeof made === 'object' && 'text' in made) replies.push([`phrase ${name}`, made as BotReply]);
    }
  }
  replies.push(['phrase handoffQueued', phrases.handoffQueued(phrases.handoffLeads[Object.keys(phrases.handoffLeads)[0] as keyof typeof phrases.handoffLeads] as string, 12)]);
  for (const kind of mediaKinds) replies.push([`cannot open ${kind}`, { text: phrases.cannotOpen(kind, profile) }]);
  replies.push(['welcome', { text: phrases.welcomeText(profile), choices: phrases.welcomeChoices.map((label) => ({ label })) }]);
  return replies;
}

describe("every WhatsApp message the bundled content can produce is within Meta's limits", () => {
  const replies = everyReply();

  it('covers the articles, the forms, the safety replies and the phrases', () => {
    expect(new Set(replies.map(([source]) => source.split(' ')[0])).size).toBeGreaterThanOrEqual(7);
    expect(replies.filter(([source]) => source.startsWith('article')).length).toBeGreaterThan(articles.length);
  });

  it('breaks no limit in any of them', () => {
    const breaches = replies.flatMap(([source, reply]) => outboundMessages(renderReply(reply)).flatMap((message) => limitBreaches(message).map((breach) => `${source}: ${breach}`)));
    expect([...new Set(breaches)]).toEqual([]);
  });

  it.each([
    ['four choices (more than Meta allows as buttons)', ['One', 'Two', 'Three', 'Four'].map((label) => ({ label }))],
    ['eleven choices (more than a list holds)', Array.from({ length: 11 }, (_, index) => ({ label: `Choice ${index + 1}` }))],
    ['a button title over 20 characters', [{ label: 'Report damp or mould now' }, { label: 'No' }]],
    ['a row title over 24 characters', [{ label: 'Report a missed bin collection today' }, ...['A', 'B', 'C'].map((label) => ({ label }))]],
    ['two choices with the same value', [{ label: 'Yes', value: 'same' }, { label: 'Sure', value: 'same' }]],
    ['two choices with the same value in a list', [...['A', 'B', 'C'].map((label) => ({ label, value: 'same' })), { label: 'D' }]],
    ['text over 4,096 characters with choices', [{ label: 'Yes' }]],
  ])('stays within the limits for %s', (_case, choices) => {
    const text = _case.startsWith('text over') ? `${'A sentence of a long answer. '.repeat(300)}` : 'Pick one:';
    const messages = outboundMessages(renderReply({ text, choices }));
    expect(messages.flatMap(limitBreaches)).toEqual([]);
    // Every choice is still offered, as a button, a row or a numbered line.
    const shown = JSON.stringify(messages);
    for (const choice of choices) expect(shown).toContain(choice.label);
  });
});
