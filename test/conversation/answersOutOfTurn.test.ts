import { describe, expect, it } from 'vitest';
import { openConversation } from './harness.js';

describe('an answer to a later question, given first, is kept and not asked again', () => {
  it.each([
    { form: 'Report a missed bin', early: 'Yesterday', noted: /noted that \(Collection day: Wednesday 4 November\)[\s\S]*Which bin was missed\?/, next: 'Recycling', notAsked: /Which day should it have been collected/, kept: { collectionDate: '2026-11-04' } },
    { form: 'Report a repair', early: '07400 123456', noted: /noted that \(How to contact you: 07400 123456\)[\s\S]*What is wrong\?/, next: 'my tap is leaking', notAsked: /Which rooms/, kept: { contact: { kind: 'phone' }, description: 'my tap is leaking' } },
    { form: 'Report damp or mould', early: 'sam@example.com', noted: /noted that \(How to contact you: sam@example.com\)[\s\S]*Who is your landlord/, next: 'council', notAsked: /Who is your landlord/, kept: { contact: { kind: 'email', email: 'sam@example.com' } } },
    { form: 'Request a call back', early: '07400 123456', noted: /noted that \(Phone number: 07400 123456\)[\s\S]*What name/, next: 'Sam Patel', notAsked: /What UK phone number/, kept: { name: 'Sam Patel', phone: { display: '07400 123456' } } },
  ])('$form: "$early" first', async ({ form, early, noted, next, notAsked, kept }) => {
    const resident = await openConversation();
    await resident.say(form);
    expect((await resident.say(early)).text).toMatch(noted);
    const after = await resident.say(next);
    expect(after.text).not.toMatch(notAsked);
    expect(resident.memory().form?.details).toMatchObject(kept);
  });
});

describe('a near miss is not taken for another question', () => {
  it.each([
    { name: '"no" to which bin is not a declined confirmation', script: ['Report a missed bin', 'no'], field: 'contact' },
    { name: 'a house number to which bin is not a date', script: ['Report a missed bin', '14'], field: 'collectionDate' },
    { name: 'a house number to how much is affected is not a date or a count', script: ['Report damp or mould', 'council', 'bedroom', '14'], field: 'extent' },
    { name: '"no" to the tag question asked again is its answer, not a declined confirmation', script: ['Report a missed bin', 'Recycling', 'Yesterday', 'maybe', 'no'], field: 'contact' },
  ])('$name', async ({ script, field }) => {
    const resident = await openConversation();
    for (const message of script) await resident.say(message);
    expect(resident.memory().form?.details ?? {}).not.toHaveProperty(field);
  });
});

describe('a correction said with the next answer (caller trial 12)', () => {
  it('"sorry, I meant NB1 1AB" to the street question corrects the postcode and asks the street again', async () => {
    const resident = await openConversation();
    for (const message of ['Report a missed bin', 'Recycling', 'Yesterday', 'No']) await resident.say(message);
    expect((await resident.say('NB1 1AA')).text).toMatch(/house number or name and the street/);
    const turn = await resident.say('oh sorry, no, I meant NB1 1AB');
    expect(resident.memory().form?.details).toMatchObject({ postcode: 'NB1 1AB' });
    expect(resident.memory().form?.details).not.toHaveProperty('streetAddress');
    expect(turn.text).toMatch(/house number or name and the street/);
  });
});

describe('a correction of an earlier answer, said to the next question (caller re-trial 12b)', () => {
  const answers: [RegExp, string][] = [
    [/What is wrong/, 'the sink is blocked and will not drain'],
    [/Which rooms|Where in your home/, 'kitchen'],
    [/How long/, 'since Monday'],
  ];
  async function atTheVulnerabilityQuestion() {
    const resident = await openConversation();
    let said = (await resident.say('Report a repair')).text;
    for (let step = 0; step < 5 && !/disability|serious illness/.test(said); step += 1) {
      const answer = answers.find(([asks]) => asks.test(said.split('\n\n').at(-1) ?? ''))?.[1];
      if (!answer) throw new Error(`no scripted answer for: ${said}`);
      said = (await resident.say(answer)).text;
    }
    return resident;
  }

  it('"no wait, sorry, it\'s the bathroom sink, not the kitchen one" changes the room and is not a "no"', async () => {
    const resident = await atTheVulnerabilityQuestion();
    const turn = await resident.say("no wait, sorry, it's the bathroom sink, not the kitchen one");
    expect(resident.memory().form?.details).toMatchObject({ location: ['bathroom'] });
    expect(resident.memory().form?.details).not.toHaveProperty('vulnerableOccupant');
    expect(turn.text).toMatch(/disability|serious illness/);
  });

  it('"I gave you the wrong house, it\'s number sixteen Orchard Close not fourteen" to the next question changes the address', async () => {
    const resident = await openConversation();
    for (const message of ['Report a missed bin', 'Recycling', 'Yesterday', 'No', 'NB1 1AA']) await resident.say(message);
    expect((await resident.say('14 Orchard Close')).text).toMatch(/confirmation/);
    const turn = await resident.say("hang on, I gave you the wrong house, it's number sixteen Orchard Close not fourteen");
    expect(resident.memory().form?.details).toMatchObject({ streetAddress: '16 Orchard Close' });
    expect(turn.text).toMatch(/confirmation/);
  });

  it('a plain "no" is still the answer', async () => {
    const resident = await atTheVulnerabilityQuestion();
    await resident.say('no');
    expect(resident.memory().form?.details).toMatchObject({ location: ['kitchen'], vulnerableOccupant: false });
  });
});
