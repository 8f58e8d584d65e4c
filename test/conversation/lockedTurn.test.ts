import { describe, expect, it } from 'vitest';
import { failedTurnReply, lockedTurnReply } from '../../src/conversation/lockedTurn.js';
import { apologyForFailedTurn, slowToAnswer, stillBusyWillAnswer, stillBusyWithLastMessage } from '../../src/conversation/phrases.js';
import { assessSafety } from '../../src/triage/safety.js';
import { profile } from '../cases/profileFixture.js';

/** A message that finds its conversation locked (an instance frozen mid-turn) still gets the safety reply. */
describe('the reply to a message whose conversation is locked', () => {
  it.each([
    ['I can smell gas in my kitchen', profile.national.gasEmergency],
    ['my partner hits me and I am scared to go home tonight', profile.national.emergency],
  ])('"%s" gets what to do now, with %s, then the request to send it again', (text, number) => {
    const reply = lockedTurnReply(text, assessSafety, profile);
    expect(reply).toContain(number);
    expect(reply.endsWith(stillBusyWithLastMessage)).toBe(true);
    expect(reply).not.toMatch(/put you through/);
  });

  it('asks only to send again when nothing in the message is a concern', () => {
    expect(lockedTurnReply('Recycling', assessSafety, profile)).toBe(stillBusyWithLastMessage);
  });

  it('says the message will be answered, not to send it again, where the channel keeps it (WhatsApp: PostgreSQL trial 12, R7)', () => {
    const reply = lockedTurnReply('I can smell gas in my kitchen', assessSafety, profile, true);
    expect(reply).toContain(profile.national.gasEmergency);
    expect(reply.endsWith(stillBusyWillAnswer)).toBe(true);
    expect(reply).not.toMatch(/send it again in a minute/);
  });
});

/** A turn that failed part-way (two-instance trial 23, PG23-02: a fire during a database restart got the apology alone). */
describe('the reply to a message whose turn failed', () => {
  it.each([
    ['there is a fire in the kitchen and my son is still upstairs', profile.national.emergency],
    ['my ex has turned up and is threatening me at the door', profile.national.emergency],
  ])('"%s" gets what to do now, with %s, before the apology', (text, number) => {
    const reply = failedTurnReply(text, assessSafety, profile);
    expect(reply.indexOf(number)).toBeGreaterThanOrEqual(0);
    expect(reply.endsWith(apologyForFailedTurn)).toBe(true);
  });

  it('is the apology alone when nothing in the message is a concern', () => {
    expect(failedTurnReply('when is my bin day', assessSafety, profile)).toBe(apologyForFailedTurn);
  });

  // Operations trial 26, OPS26-02: the disclosure's turn is run again once the database answers, so "please try again" was wrong.
  it('tells a concern its channel runs again that the rest will follow, not to send it again', () => {
    const reply = failedTurnReply('my boyfriend hit me again last night and took my phone', assessSafety, profile, true);
    expect(reply).toContain(profile.national.emergency);
    expect(reply.endsWith(slowToAnswer)).toBe(true);
    expect(reply).not.toContain(apologyForFailedTurn);
    expect(failedTurnReply('when is my bin day', assessSafety, profile, true)).toBe(apologyForFailedTurn);
  });
});
