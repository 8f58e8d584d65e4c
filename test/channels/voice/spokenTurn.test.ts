import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/channels/render.js';
import { renderForChannel } from '../../../src/channels/rendering/channelRendering.js';
import type { BotReply } from '../../../src/reply.js';
import { moreToHear, puttingThrough, spokenTurn, whatElse } from '../../../src/channels/voice/spokenTurn.js';
import { formStopped } from '../../../src/conversation/phrases.js';

const contactCentre = '+441632960001';
const spoken = (reply: BotReply): Partial<Activity> => renderForChannel(renderReply(reply), { channelId: 'voice' });
const handoffEvent: Partial<Activity> = { type: 'event', name: 'handoff.initiate', value: {} };
const longAnswer = `${'Council tax pays for local services. '.repeat(12)}Was this helpful?`;

describe('spokenTurn', () => {
  it.each([
    {
      name: 'safety advice first, however late in the turn it was sent',
      replies: [spoken({ text: 'I can log it.' }), spoken({ text: 'Call **999**.', urgent: 'emergency', choices: [{ label: 'Report it' }] })],
      turn: { urgent: ['Call nine nine nine.'], said: 'I can log it.', prompt: 'Say Report it, or press 1.' },
      memory: { question: 'I can log it.', choices: 'Say Report it, or press 1.', unheard: '' },
    },
    {
      name: 'a handoff becomes a transfer, without the chat queue message after it',
      replies: [spoken({ text: 'I understand.' }), handoffEvent, spoken({ text: "You're next in the queue and an advisor will reply here." })],
      turn: { urgent: [], said: `I understand. ${puttingThrough}`, prompt: '', transferTo: contactCentre },
      memory: { question: '', choices: '', unheard: '' },
    },
    {
      name: 'the question and its choices are kept to be said again after silence',
      replies: [spoken({ text: 'I can report a missed bin collection.' }), spoken({ text: 'Which bin was missed?', choices: [{ label: 'Recycling' }] })],
      turn: { urgent: [], said: 'I can report a missed bin collection. Which bin was missed?', prompt: 'Say Recycling, or press 1.' },
      memory: { question: 'Which bin was missed?', choices: 'Say Recycling, or press 1.', unheard: '' },
    },
  ])('$name', ({ replies, turn, memory }) => {
    expect(spokenTurn(replies, contactCentre)).toEqual({ turn, memory });
  });

  // Issue 21, fifth caller: turns that ended with no question left the caller in silence.
  it.each([
    ['a form stopped', formStopped('your missed bin report').text, whatElse],
    ['a statement', 'Contamination tags mean the bin had the wrong things in it.', whatElse],
    ['a re-prompt that says what to give', 'Please give just the house number or name, for example 14 or Rose Cottage.', ''],
    ['a question', 'Which bin was missed?', ''],
    ['a hint of what to say', 'You can say help at any time.', ''],
  ])('%s ends with %j', (_case, text, prompt) => {
    const { turn, memory } = spokenTurn([spoken({ text })], contactCentre);
    expect(turn.prompt).toBe(prompt);
    if (prompt) expect(memory.question).toBe(prompt);
  });

  it.each([
    [["OK, I've stopped your missed bin report. Nothing has been sent for it.", 'OK. Is there anything else I can help with?'], "OK, I've stopped your missed bin report. Nothing has been sent for it. Is there anything else I can help with?"],
    [['OK. Is there anything else I can help with?'], 'OK. Is there anything else I can help with?'],
    [['The bin is OK. Thanks.', 'OK, what else?'], 'The bin is OK. Thanks. OK, what else?'],
  ])('says "OK" once in a turn: %j', (texts, said) => {
    const { turn } = spokenTurn(texts.map((text) => spoken({ text })), contactCentre);
    expect(turn.said).toBe(said);
  });

  it('cuts a long answer to three sentences, keeps the rest for "more" and says so after the choices', () => {
    const { turn, memory } = spokenTurn([spoken({ text: longAnswer, choices: [{ label: 'This helped' }] })], contactCentre);
    expect(turn.said).toBe('Council tax pays for local services. '.repeat(3).trim());
    expect(turn.prompt).toBe(`Say This helped, or press 1. ${moreToHear}`);
    expect(memory.unheard).toMatch(/Was this helpful\?$/);
  });

  it("says a form's question whole after a long answer it gave back, and keeps the answer's rest for \"more\" (caller trial 15)", () => {
    const answer = spoken({ text: `${'Bins are collected from the kerb. '.repeat(12)}There is more on our website.` });
    const question = spoken({ text: 'Back to your missed bin report: Did the crew leave a tag on the bin?', choices: [{ label: 'Yes' }, { label: 'No' }] });
    const { turn, memory } = spokenTurn([answer, question], contactCentre);
    expect(turn.said).toBe(`${'Bins are collected from the kerb. '.repeat(3)}Back to your missed bin report: Did the crew leave a tag on the bin?`);
    expect(turn.prompt).toBe(`Say Yes, or press 1. Say No, or press 2. ${moreToHear}`);
    expect(memory).toMatchObject({ question: 'Back to your missed bin report: Did the crew leave a tag on the bin?', unheard: expect.stringMatching(/^Bins are collected[\s\S]*website\.$/) });
  });
});
