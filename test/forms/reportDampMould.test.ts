import { describe, expect, it } from 'vitest';
import { openConversation } from './harness.js';

describe('report damp and mould', () => {
  it("logs a council tenant's report and states the Awaab's Law timescales from the profile", async () => {
    const chat = openConversation();
    const opening = await chat.start('report-damp-mould', 'I want to report damp');
    expect(opening.text).toMatch(/Who is your landlord\?/);
    expect((await chat.say('I rent from the council')).text).toMatch(/Which rooms have damp or mould\?/);
    expect((await chat.say('the back bedroom and the bathroom')).buttons).toEqual(['A small patch', 'One wall', 'One whole room', 'Several rooms', 'The whole home']);
    await chat.answer('2', 'a couple of months');
    expect((await chat.say('no')).text).toMatch(/postcode of your home/);
    const summary = await chat.answer('NB1 1AA', '12 Poplar Street', 'Sam Patel', '07400 123456');
    expect(summary.text).toContain('- Landlord: The council\n- Rooms affected: bathroom, bedroom\n- How much is affected: One wall\n- How long: a couple of months\n- Health or vulnerability: No');

    const done = await chat.say('Confirm');
    expect(done.text).toBe(
      `Thank you. Your damp and mould report is logged. Your reference is ${chat.lastReference()}.\n\n` +
        "Under Awaab's Law, this is what happens next:\n" +
        '- We will investigate within 10 working days.\n' +
        '- We will send you a written summary within 3 working days of the investigation.\n' +
        '- We will carry out any work needed to make you safe within 5 working days.\n' +
        '- We will start further work within 5 working days and physically begin it within 12 weeks.',
    );
    expect(await chat.cases.find(chat.lastReference())).toMatchObject({ priority: 'urgent', details: { rooms: ['bathroom', 'bedroom'], extent: 'one-wall', tenure: 'council-tenant', hazard: 'significant' } });
  });

  it('treats widespread mould with a vulnerable occupant as an emergency hazard', async () => {
    const chat = openConversation();
    await chat.start('report-damp-mould', 'There is mould growing in the kitchen');
    await chat.answer('The council', 'it has spread through every room', 'since last winter', 'Yes, my baby is six months old', 'NB1 1AA', '40 Alder Road', 'Sam Patel', '07400 123456');
    const done = await chat.say('confirm');
    expect(done.text).toContain('- We will investigate and make safe within 24 hours.');
    expect(await chat.cases.find(chat.lastReference())).toMatchObject({ priority: 'emergency', details: { rooms: ['kitchen'], extent: 'whole-home', hazard: 'emergency' } });
  });

  it('routes a private renter to environmental health at once and records no council case', async () => {
    const chat = openConversation();
    await chat.start('report-damp-mould', 'mould problem in my flat');
    const reply = await chat.say('I rent privately through a letting agent');
    expect(reply.text).toContain("As you rent from a private landlord, this isn't a council repair");
    expect(reply.text).toContain('email environmental.health@northbrook.example');
    expect(reply.text).not.toMatch(/postcode/i);
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'environmental-health', form: 'report-damp-mould' });
    expect(chat.caseCount()).toBe(0);
  });

  it("tells a private renter who says so first where to go, without a form's introduction (caller trial 30, C30-28: every question answered, then nothing logged)", async () => {
    const chat = openConversation();
    const reply = await chat.start('report-damp-mould', 'I rent privately and my landlord wont fix the damp and mould');
    expect(reply.text).toMatch(/^As you rent from a private landlord, this isn't a council repair/);
    expect(reply.text).not.toMatch(/few short questions/);
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'environmental-health' });
  });

  it('tells a housing association tenant their landlord must act, with the same timescales, asking only what decides them', async () => {
    const chat = openConversation();
    await chat.start('report-damp-mould', 'damp in the bedroom');
    expect((await chat.say('2')).text).toMatch(/How much is affected\?/);
    await chat.answer('one wall');
    const reply = await chat.say('no');
    expect(reply.text).toContain('Your housing association is your landlord');
    expect(reply.text).toContain('They must investigate within 10 working days.');
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'housing-association' });
    expect(chat.caseCount()).toBe(0);
  });
});
