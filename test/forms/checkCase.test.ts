import { describe, expect, it } from 'vitest';
import { issueCaseReference } from '../../src/cases/caseReference.js';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { openConversation, thursdayMorning } from './harness.js';

/** A case raised through its form, with the personal details the resident gave and what proves it is theirs. */
interface Raised {
  kind: string;
  /** Words the resident typed that a status reply must never repeat. */
  personal: string[];
  /** Second factors that unlock it from another conversation. */
  proofs: string[];
  raise: (chat: ReturnType<typeof openConversation>) => Promise<void>;
}

const raisedCases: Raised[] = [
  {
    kind: 'call back request',
    personal: ['Priya', 'Shah', '07400 123456', '07400123456', '+447400123456', '123456', 'morning'],
    proofs: ['3456', 'it ends 34 56', '07400 123456'],
    raise: async (chat) => {
      await chat.start('request-callback', 'please ring me');
      await chat.answer('Priya Shah', '07400 123456', 'morning', 'Confirm');
    },
  },
  {
    kind: 'missed bin report',
    personal: ['NB1 1AA', 'NB11AA', 'Cedar', '2 Cedar Drive'],
    proofs: ['NB1 1AA', 'nb11aa'],
    raise: async (chat) => {
      await chat.start('report-missed-bin', 'recycling missed yesterday');
      await chat.answer('no', 'NB1 1AA', '2 Cedar Drive', 'No thanks', 'Confirm');
    },
  },
  {
    kind: 'repair',
    personal: ['radiators', 'boiler', 'living room', 'weekday afternoons', 'NB2 4QT', 'Willow', '31 Willow Crescent'],
    proofs: ['NB2 4QT'],
    raise: async (chat) => {
      await chat.start('report-repair', 'I need to report a repair');
      await chat.answer('The radiators are stone cold and the boiler keeps cutting out', 'living room', 'about a week', 'Yes', 'weekday afternoons', 'NB2 4QT', '31 Willow Crescent', 'Sam Patel', '07400 123456', 'Confirm');
    },
  },
  {
    kind: 'damp and mould report',
    personal: ['bedroom', 'bathroom', 'Poplar', '12 Poplar Street', 'NB1 1AA'],
    proofs: ['NB1 1AA'],
    raise: async (chat) => {
      await chat.start('report-damp-mould', 'I want to report damp');
      await chat.answer('I rent from the council', 'the back bedroom and the bathroom', '2', 'a couple of months', 'no', 'NB1 1AA', '12 Poplar Street', 'Sam Patel', '07400 123456', 'Confirm');
    },
  },
];

const owner = { conversationId: 'conversation-owner', userId: 'resident-owner' };
let others = 0;
/** Someone else: another conversation and another channel user, on the same case store. */
const someoneElse = (database: SqliteDatabase) => {
  others += 1;
  return openConversation({ database, resident: { conversationId: `conversation-other-${others}`, userId: `resident-other-${others}` } });
};

/** Raises `raised` as its owner; the owner's conversation, the shared store and the reference. */
async function raiseCase(raised: Raised) {
  const database = openDatabase(temporaryDataDir());
  const chat = openConversation({ database, resident: owner });
  await raised.raise(chat);
  return { chat, database, reference: chat.lastReference() };
}

/** A well-formed reference no case has. */
const unknownReference = issueCaseReference('NBC', 'repair', () => [3, 1, 4, 1, 5, 9, 26]);

const neutral =
  "I can't show a case for those details. Please check the reference against the message you got when you reported it, and give the postcode or phone number you gave then. " +
  "If you need more help, please call us on 01632 960000. We're open Monday to Friday, 9am to 5pm (closed on bank holidays).";

describe('check a case', () => {
  it.each(raisedCases)('shows the resident who raised a $kind its status at once, with no further question', async (raised) => {
    const { chat, reference } = await raiseCase(raised);
    const asked = await chat.start('check-case', 'Can I check on my request?');
    expect(asked.text).toMatch(/What is your reference\? It looks like NBC-REP-7K4Q-2MXR\./);
    const status = await chat.say(reference.toLowerCase().replace(/-/g, ' '));
    expect(status.text).toMatch(new RegExp(`^${reference} is a ${raised.kind} made on Thursday 5 November\\. Status: we've received it`));
    expect(status.text).toContain('What happens next: ');
    expect(chat.lastResult()).toMatchObject({ kind: 'case-status', reference, shown: true, form: 'check-case' });
  });

  it.each(raisedCases)('tells someone else with the right reference for a $kind nothing without a matching postcode or phone number', async (raised) => {
    const { database, reference } = await raiseCase(raised);

    const stranger = someoneElse(database);
    const askedForKnown = await stranger.start('check-case', `What's happening with ${reference}?`);
    const wrongAnswers = ['NB9 9ZZ', '0000'];
    const replies = [(await stranger.say(wrongAnswers[0]!)).text];
    await stranger.start('check-case', `What's happening with ${reference}?`);
    replies.push((await stranger.say(wrongAnswers[1]!)).text);

    const control = someoneElse(database);
    const askedForUnknown = await control.start('check-case', `What's happening with ${unknownReference}?`);
    const unknownReply = (await control.say('NB9 9ZZ')).text;

    // The question, and the answer, are word for word what a reference with no case gets.
    expect(askedForKnown.text).toBe(askedForUnknown.text);
    expect(askedForKnown.text).toMatch(/postcode you gave when you reported it, or the last 4 digits of the phone number you gave\.$/);
    expect(replies).toEqual([unknownReply, unknownReply]);
    expect(unknownReply).toBe(neutral);
    expect(stranger.lastResult()).toMatchObject({ kind: 'case-status', shown: false });
  });

  it.each(raisedCases.flatMap((raised) => raised.proofs.map((proof) => [raised.kind, proof, raised] as const)))(
    'shows a %s to someone else who gives %j',
    async (_kind, proof, raised) => {
      const { database, reference } = await raiseCase(raised);
      const other = someoneElse(database);
      await other.start('check-case', 'check a case');
      await other.say(reference);
      const status = await other.say(proof);
      expect(status.text).toMatch(new RegExp(`^${reference} is a ${raised.kind} made on Thursday 5 November\\.`));
      expect(other.lastResult()).toMatchObject({ kind: 'case-status', reference, shown: true });
    },
  );

  it('stops showing a case on phone digits to anyone after 5 wrong guesses at it, across conversations, while its owner still sees it', async () => {
    const callBack = raisedCases[0]!;
    const { chat, database, reference } = await raiseCase(callBack);
    for (const guess of ['0000', '1111', '2222', '3333', '4444']) {
      const guesser = someoneElse(database);
      await guesser.start('check-case', `What's happening with ${reference}?`);
      expect((await guesser.say(guess)).text).toBe(neutral);
    }
    const rightDigits = someoneElse(database);
    await rightDigits.start('check-case', `What's happening with ${reference}?`);
    expect((await rightDigits.say('3456')).text).toBe(neutral);

    await chat.start('check-case', 'Can I check on my request?');
    expect((await chat.say(reference)).text).toMatch(new RegExp(`^${reference} is a call back request`));
  });

  it('lets the right answer in again a day after the last wrong guesses', async () => {
    const callBack = raisedCases[0]!;
    const { database, reference } = await raiseCase(callBack);
    for (const guess of ['0000', '1111', '2222', '3333', '4444']) {
      const guesser = someoneElse(database);
      await guesser.start('check-case', `What's happening with ${reference}?`);
      await guesser.say(guess);
    }
    const nextDay = openConversation({ database, now: new Date(thursdayMorning.getTime() + 25 * 60 * 60 * 1000), resident: { conversationId: 'next-day', userId: 'resident-next-day' } });
    await nextDay.start('check-case', `What's happening with ${reference}?`);
    expect((await nextDay.say('3456')).text).toMatch(new RegExp(`^${reference} is a call back request`));
  });

  it('never repeats a personal detail in a status reply, to the owner or to someone who proved it', async () => {
    const replies: { kind: string; text: string }[] = [];
    for (const raised of raisedCases) {
      const { chat, database, reference } = await raiseCase(raised);
      replies.push({ kind: raised.kind, text: (await chat.start('check-case', `any news on ${reference}`)).text });
      const other = someoneElse(database);
      await other.start('check-case', `any news on ${reference}`);
      replies.push({ kind: raised.kind, text: (await other.say(raised.proofs[0]!)).text });
    }
    for (const { kind, text } of replies) {
      expect(text, kind).toMatch(/ is a .* made on /);
      const personal = raisedCases.find((raised) => raised.kind === kind)!.personal;
      for (const detail of personal) expect(text.toLowerCase(), `${kind} status repeats ${detail}`).not.toContain(detail.toLowerCase());
    }
  });

  it('asks for a postcode or phone digits on a case from before cases recorded who raised them, even in its own conversation', async () => {
    const database = openDatabase(temporaryDataDir());
    const chat = openConversation({ database, resident: owner });
    const { reference } = await chat.cases.create({ type: 'repair', priority: 'routine', channel: 'test', conversationId: owner.conversationId, details: { postcode: 'NB1 1AA' } });
    expect((await chat.start('check-case', `What's happening with ${reference}?`)).text).toMatch(/postcode you gave/);
    expect((await chat.say('NB1 1AA')).text).toMatch(new RegExp(`^${reference} is a repair`));
  });

  it('says when a reference is mistyped, before anything is looked up', async () => {
    const chat = openConversation();
    await chat.start('check-case', 'check a case');
    const mistyped = unknownReference.slice(0, -1) + (unknownReference.endsWith('0') ? '1' : '0');
    expect((await chat.say(mistyped)).text).toMatch(/doesn't add up: a letter or number may be mistyped/);
  });

  it('re-prompts something that is not a reference', async () => {
    const chat = openConversation();
    await chat.start('check-case', 'where is my report up to');
    expect((await chat.say('I lost it, it began with 12')).text).toMatch(/doesn't look like one of our case references/);
  });
});
