import { describe, expect, it } from 'vitest';
import { normaliseMessage } from '../../src/triage/safety/normalise.js';
import { openConversation } from './harness.js';

/** A neutral sentence, repeated to pad a message to a given length. */
const filler = (length: number): string => 'I would like to know more about the opening times of the library near the park. '.repeat(Math.ceil(length / 80)).slice(0, length);
const gasLeak = ' I can smell gas in the kitchen. ';
const gasNumber = '0800 111 999';
const readPartly = /checked all of it for anything urgent, but I only read the first 2,000 characters/;
const readToCeiling = /checked the first 10,000 characters for anything urgent and read the first 2,000 characters to answer you\. I did not read the rest\./;

describe('bounded work per message', () => {
  it.each([
    ['a gas leak at character 9,000 still gets the emergency reply', `${filler(9_000)}${gasLeak}${filler(500)}`, true, readPartly],
    ['a gas leak just past the read limit still gets the emergency reply', `${filler(2_100)}${gasLeak}`, true, readPartly],
    ['a gas leak past the safety ceiling is not read, and the note says so', `${filler(10_500)}${gasLeak}`, false, readToCeiling],
    ['a 50,000-character message is answered, with the note', `${filler(40_000)}${gasLeak}${filler(10_000)}`, false, readToCeiling],
  ])('%s', async (_, text, emergency, note) => {
    const turn = await (await openConversation()).say(text);
    expect(turn.text.includes(gasNumber)).toBe(emergency);
    expect(turn.text).toMatch(note);
    // The note comes first, so the reply's buttons stay on screen.
    expect(turn.replies[0]!.text).toMatch(note);
    if (emergency) expect(turn.buttons).toEqual(['Talk to an advisor now', 'Report it']);
  });

  // Outside attack 25, A25-1: U+FDFA folds to an eighteen-character phrase, and a message of them was read as one eighteen times
  // its length; what follows such characters is still read.
  it.each([
    ['U+FDFA', '\uFDFA'],
    ['U+FDFB', '\uFDFB'],
  ])('a message of %s with a gas leak at its end: the emergency reply, read from a message no longer than four characters a character', async (_, character) => {
    const text = `${character.repeat(9_900)}${gasLeak}`;
    expect(normaliseMessage(text, { correct: (token) => token, knows: () => false }).whole.length).toBeLessThanOrEqual(4 * text.length);
    const turn = await (await openConversation()).say(text);
    expect(turn.text).toContain(gasNumber);
  });

  it('a short message gets no note', async () => {
    const turn = await (await openConversation()).say('I can smell gas in the kitchen');
    expect(turn.text).toContain(gasNumber);
    expect(turn.text).not.toMatch(/characters/);
  });
});

describe('a turn shares the event loop', () => {
  it('gives the loop a turn between its steps, so health probes and timers are not held behind whole turns', async () => {
    const conversation = await openConversation();
    await conversation.say('When is my bin collected?');
    let loopTurns = 0;
    let counting = true;
    const count = () => {
      loopTurns += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await conversation.say('Do I need a permit to park outside my house?');
    counting = false;
    // Nine steps: the loop turns at least once before each step after the first that the turn reaches.
    expect(loopTurns).toBeGreaterThanOrEqual(8);
  });
});

/**
 * The names every JavaScript object carries ("constructor", "__proto__", "toString"): a word looked up in a plain object
 * found them, and any message with "constructor" in it failed on every channel, an emergency too (outside attack 24, A24-1, A24-4).
 */
describe("words that are the names of an object's own machinery", () => {
  const machinery = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];
  it.each(machinery)('"my neighbour the %s is on the floor and not breathing" still gets 999', async (word) => {
    const turn = await (await openConversation()).say(`my neighbour the ${word} is on the floor and not breathing`);
    expect(turn.text).toMatch(/Call \*\*999\*\* now/);
  });
  it.each([
    ['alone', [] as string[]],
    ['inside a missed-bin report', ['my bin was not collected']],
    ['inside a repair report', ['I need to report a repair', 'the kitchen tap is leaking']],
    ['as a case check reference and second answer', ['I want to check my case', 'NBC-REP-7K4Q-2MXR']],
    ['as a house number', ['my bin was not collected', 'general rubbish', 'today', 'no', 'NB1 1AA']],
  ])('%s: each word gets a reply', async (_, before) => {
    for (const word of machinery) {
      const resident = await openConversation();
      for (const said of before) await resident.say(said);
      const turn = await resident.say(`${word} ${word.toUpperCase()} double ${word}`);
      expect(turn.text.length).toBeGreaterThan(0);
      const voice = await resident.say(word, { channel: 'voice', spoken: true });
      expect(voice.text.length).toBeGreaterThan(0);
    }
  });
});
