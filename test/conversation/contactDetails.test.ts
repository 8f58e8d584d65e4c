import { describe, expect, it } from 'vitest';
import { openConversation, saturdayNight } from './harness.js';

/** Caller trial 10, finding 8: "where is the town hall" and "what's your e-mail address" were put through to an advisor, or out of hours told nobody was available. */
describe("the council's own details are answered, not handed over", () => {
  it.each([
    ['what is the council email address', 'customer.services@northbrook.example'],
    ['whats your email address', 'customer.services@northbrook.example'],
    ['where is the town hall', 'Market Square'],
    ['what time do you open', 'Monday to Friday'],
    ['are you open on saturday', 'Monday to Friday'],
    ["what's the council's phone number", '01632 960000'],
  ])('"%s" gets the details (%s), with a person offered, and queues nobody', async (question, expected) => {
    for (const now of [undefined, saturdayNight]) {
      const resident = await openConversation(now ? { now } : {});
      const reply = await resident.say(question);
      expect(reply.text).toContain(expected);
      expect(reply.buttons).toContain('Talk to someone');
      expect(reply.handoff).toBeUndefined();
      expect(await resident.queued()).toBeUndefined();
    }
  });

  it.each(['can I speak to someone please', 'put me through to an advisor'])('near miss: "%s" still asks for a person', async (request) => {
    const resident = await openConversation();
    expect((await resident.say(request)).text).toMatch(/advisors to join this chat/);
  });
});
