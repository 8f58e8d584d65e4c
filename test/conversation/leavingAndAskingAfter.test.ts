import { describe, expect, it } from 'vitest';
import { openConversation } from './harness.js';

const survey = /how would you rate this chat/;
const stopped = /Nothing has been sent/;

describe('leaving: a goodbye ends the conversation, inside a form too, and nothing half-given is sent', () => {
  it.each([
    [['My bin was not collected', 'no thanks bye']],
    [['My bin was not collected', 'actually forget it, I will ring back tomorrow, cancel']],
    [['My bin was not collected', "that's it for now, bye"]],
    [['I want to report a repair', "I'll call back later"]],
  ])('%j → stopped, then the rating question, no person', async (messages) => {
    const resident = await openConversation();
    let turn;
    for (const message of messages) turn = await resident.say(message);
    expect(turn!.text).toMatch(stopped);
    expect(turn!.text).toMatch(survey);
    expect(turn!.handoff).toBeUndefined();
  });

  it.each([[['How do I pay my council tax', 'no that is it ta']], [['How do I pay my council tax', 'no thanks bye']]])('%j → the rating question', async (messages) => {
    const resident = await openConversation();
    let turn;
    for (const message of messages) turn = await resident.say(message);
    expect(turn!.text).toMatch(survey);
  });

  it.each([
    // An answer that happens to hold a goodbye-ish word is still an answer.
    [['My bin was not collected', 'the recycling, bye the way it was out on time'], /postcode|Which day|house/i],
    [['Can someone call me back please?'], /name/i],
  ])('%j is not a goodbye', async (messages, next) => {
    const resident = await openConversation();
    let turn;
    for (const message of messages) turn = await resident.say(message);
    expect(turn!.text).not.toMatch(survey);
    expect(turn!.text).toMatch(next);
  });
});

describe('asking after a report already made starts the case check, not a new report', () => {
  it.each(['whats happening with my bin report', 'any news on my repair?', 'I reported a leak last week, any update?', "where are you up to with my damp report"])('%s', async (text) => {
    const resident = await openConversation();
    const turn = await resident.say(text);
    expect(turn.text).toMatch(/reference/i);
    expect(turn.text).not.toMatch(/Which bin was missed|What is wrong|How much is affected/);
  });

  it.each(['what happened is the bin men missed our street again', 'my bin was not collected, any chance someone can come today'])('a new report with a status word stays a report: %s', async (text) => {
    const resident = await openConversation();
    expect((await resident.say(text)).text).toMatch(/Which bin was missed|missed bin/);
  });
});

describe('ending with nothing open: the resident is let go, never "not sure" or a new form (caller 7, finding 5)', () => {
  it.each([
    [['hang up'], /Goodbye/],
    [['I want to hang up'], /Goodbye/],
    [['end the call'], /Goodbye/],
    [['never mind'], /Goodbye/],
    [['stop'], /Goodbye/],
    [['cancel'], /Goodbye/],
    [['I just want to hang up'], /Goodbye/],
    [['I will call back later'], survey],
    [['thanks', 'no thank you that is everything'], survey],
    [['My bin was not collected', 'no thank you dear, bye'], /Nothing has been sent[\s\S]*how would you rate/],
    [['bye', 'no'], /Goodbye/],
  ])('%j → %s', async (messages, ending) => {
    const resident = await openConversation();
    let turn;
    for (const message of messages) turn = await resident.say(message);
    expect(turn!.text).toMatch(ending);
    expect(turn!.text).not.toMatch(/not sure|What is your name|Which bin/i);
    expect(turn!.handoff).toBeUndefined();
  });
});

describe('"more" with no cut answer waiting says so (caller 7, finding 15)', () => {
  it.each(['more', 'tell me more', 'carry on'])('%s', async (text) => {
    const resident = await openConversation();
    const turn = await resident.say(text);
    expect(turn.text).toMatch(/no more to that answer/);
    expect(turn.text).not.toMatch(/Hello/);
  });
});
