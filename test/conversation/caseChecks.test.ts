import { beforeAll, describe, expect, it } from 'vitest';
import { issueCaseReference } from '../../src/cases/caseReference.js';
import { openCouncil, type Council } from './harness.js';

const stopped = /I can't check any more references in this chat\. An advisor can help/;
const askedForProof = /postcode you gave when you reported it, or the last 4 digits of the phone number you gave\.$/;

describe('case checks', () => {
  let council: Council;
  let reference: string;
  beforeAll(async () => {
    council = await openCouncil();
    const owner = council.resident();
    for (const answer of ['Can someone call me back please?', 'Sam Taylor', '020 7946 0000', 'in the morning']) await owner.say(answer);
    reference = /NBC-CBK-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await owner.say('Confirm')).text)![0];
  });

  it('stops offering case checks in a conversation after 3 that showed nothing, and offers an advisor instead', async () => {
    const walker = council.resident();
    const guesses = [
      { reference: issueCaseReference('NBC', 'callback'), proof: '1111' },
      { reference: issueCaseReference('NBC', 'repair'), proof: 'NB1 1AA' },
      { reference, proof: '1234' },
    ];
    const replies: { asked: string; answered: string; buttons: string[] }[] = [];
    for (const guess of guesses) {
      const asked = await walker.say(`Any update on ${guess.reference}?`);
      const answered = await walker.say(guess.proof);
      replies.push({ asked: asked.text, answered: answered.text, buttons: answered.buttons });
    }
    expect(replies.map(({ asked }) => askedForProof.test(asked))).toEqual([true, true, true]);
    expect(replies.map(({ answered }) => stopped.test(answered))).toEqual([false, false, true]);
    expect(replies.at(-1)!.buttons).toEqual(['Talk to someone']);

    // No fourth check, whichever way it is asked for, so even the right digits cannot be tried here.
    for (const ask of [`Any update on ${reference}?`, 'Check a case']) {
      const turn = await walker.say(ask);
      expect(turn.text).toMatch(stopped);
      expect(turn.text).not.toMatch(askedForProof);
    }
    expect((await walker.say('7946 0000')).text).not.toContain(`${reference} is a call back request`);
  });

  it('checks the reference in the message that asks, not one said earlier in the chat (PostgreSQL trial 9, finding 5)', async () => {
    const owner = council.resident();
    for (const answer of ['Can someone call me back please?', 'Ali Khan', '020 7946 0111', 'in the afternoon']) await owner.say(answer);
    const own = /NBC-CBK-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await owner.say('Confirm')).text)![0];
    expect((await owner.say(`check case ${issueCaseReference('NBC', 'repair')}`)).text).toMatch(askedForProof);
    await owner.say('cancel');
    // Their own case, shown at once: the earlier reference is not checked again, nor proof asked of its owner.
    const shown = (await owner.say(`check case ${own}`)).text;
    expect(shown).toContain(`${own} is a call back request`);
    expect(shown).not.toMatch(askedForProof);
  });

  it('counts per conversation: another conversation with the right phone digits still sees the case', async () => {
    const resident = council.resident();
    expect((await resident.say(`Any update on ${reference}?`)).text).toMatch(askedForProof);
    const status = await resident.say('0000');
    expect(status.text).toMatch(new RegExp(`^${reference} is a call back request made on Thursday 5 November\\.`));
    expect(status.text).not.toMatch(/Sam|Taylor|7946|morning/);
  });

  it('shows a repair to whoever gives the last 4 digits of the phone number in its contact details (caller trial 12)', async () => {
    const owner = council.resident();
    const answers: [RegExp, string][] = [
      [/What is wrong/, 'the bathroom tap is dripping'],
      [/Which rooms|Where in your home/, 'bathroom'],
      [/How long/, 'a week'],
      [/vulnerable|disability|anyone at home/i, 'No'],
      [/landlord|rent/i, 'the council'],
      [/postcode/, 'NB1 1AA'],
      [/house number or name and the street/, '14 Holly Road'],
      [/access|get in|times/i, 'weekday mornings'],
      [/your name/, 'Sam Taylor'],
      [/phone number or e-mail/, '07400 129456'],
      [/Choose Confirm/, 'Confirm'],
    ];
    let said = (await owner.say('Report a repair')).text;
    for (let step = 0; step < 14 && !/NBC-REP-/.test(said); step += 1) {
      const question = said.split('\n\n').at(-1) ?? '';
      const answer = answers.find(([asks]) => asks.test(question))?.[1];
      if (!answer) throw new Error(`no scripted answer for: ${question}`);
      said = (await owner.say(answer)).text;
    }
    const repair = /NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(said)?.[0];
    expect(repair, said).toBeDefined();
    const caller = council.resident();
    await caller.say(`Any update on ${repair}?`);
    expect((await caller.say('nine four five six')).text).toMatch(new RegExp(`^${repair} is a repair`));
  });

  it.each([
    ['a status read out', '0000'],
    ["\"I can't show a case…\"", '9999'],
  ])('%s ends with something to answer, and "no" to it ends the chat (caller 7, findings 5 and 10)', async (_case, proof) => {
    const resident = council.resident();
    await resident.say(`Any update on ${reference}?`);
    expect((await resident.say(proof)).text).toMatch(/Is there anything else I can help with\?$/);
    expect((await resident.say('no')).text).toMatch(/how would you rate|Goodbye/);
  });
});
