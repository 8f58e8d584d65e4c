import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { openConversation } from './harness.js';

const askedForBinType = /Which bin was missed\?/;

describe('report a missed bin', () => {
  it('collects every detail, confirms, and logs the case with its reference and return date', async () => {
    const chat = openConversation();
    const opening = await chat.start('report-missed-bin', 'I need to report a missed bin please');
    expect(opening.text).toMatch(/^I can report a missed bin collection/);
    expect(opening.text).toMatch(askedForBinType);
    expect(opening.buttons).toEqual(['General rubbish', 'Recycling', 'Garden waste', 'Food waste', 'Communal bin']);

    // "2" picks the second option, as numbered-text channels show them.
    expect((await chat.say('2')).text).toMatch(/Which day should it have been collected\?/);
    expect((await chat.say('yesterday')).text).toMatch(/tag or sticker/);
    expect((await chat.say('no')).text).toMatch(/postcode of the address where the bin was missed/);
    expect((await chat.say('nb1 1aa')).text).toMatch(/house number or name and the street/);
    const offered = await chat.say('27 Larch Close');
    expect(offered.text).toMatch(/Would you like a confirmation\?/);
    expect(offered.buttons).toEqual(['No thanks']);
    const summary = await chat.say('07400 123456');
    expect(summary.text).toContain('- Bin type: Recycling\n- Collection day: Wednesday 4 November\n- Contamination tag: No\n- Postcode: NB1 1AA\n- Address: 27 Larch Close\n- Confirmation: 07400 123456');
    expect(summary.buttons).toEqual(['Confirm', 'Change']);

    const done = await chat.say('Confirm');
    expect(done.text).toBe(
      `Thank you. Your missed bin report is logged. Your reference is ${chat.lastReference()}.\n\nWe will come back to collect it by Tuesday 10 November. Please leave the bin out where it is until then.`,
    );
    expect(chat.lastResult()).toMatchObject({ kind: 'submitted', form: 'report-missed-bin', reference: expect.stringMatching(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/), caseKind: 'missed-bin' });
    const stored = await chat.cases.find(chat.lastReference());
    expect(stored).toMatchObject({
      type: 'missed-bin',
      priority: 'normal',
      channel: 'test',
      details: { binType: 'recycling', collectionDate: '2026-11-04', contaminationTag: false, postcode: 'NB1 1AA', address: '27 Larch Close, NB1 1AA' },
      nextSteps: expect.stringContaining('by Tuesday 10 November'),
    });
  });

  it('uses the details in the first message and asks only for the rest', async () => {
    const chat = openConversation();
    const opening = await chat.start('report-missed-bin', "My green bin wasn't collected on Holly Road yesterday");
    expect(opening.text).not.toMatch(askedForBinType);
    expect(opening.text).toMatch(/tag or sticker/);
    expect((await chat.say('No')).text).toMatch(/current garden waste subscription/);
    expect((await chat.say('yes')).text).toMatch(/postcode/);
    expect((await chat.say('NB1 1AA')).text).toMatch(/What is the house number or name on Holly Road\?/);
    await chat.say('14');
    const summary = await chat.say('No thanks');
    expect(summary.text).toContain('- Bin type: Garden waste\n- Collection day: Wednesday 4 November');
    expect(summary.text).toContain('- Address: Holly Road\n- House number or name: 14');
    await chat.say('yes, that is right');
    expect(chat.lastResult()).toMatchObject({ kind: 'submitted', form: 'report-missed-bin' });
    expect((await chat.cases.find(chat.lastReference()))?.details).toMatchObject({ binType: 'garden', gardenSubscription: true, address: '14 Holly Road, NB1 1AA' });
  });

  it('does not log a bin with a contamination tag, and says why and what to do', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'bin not emptied');
    await chat.answer('the black one', 'Yesterday');
    const reply = await chat.say('yes, there was a sticker on the lid');
    expect(reply.text).toContain("The crew couldn't empty your bin because it had the wrong things in it, so it isn't a missed collection.");
    expect(reply.text).toContain('put the bin out on your next collection day');
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'contaminated' });
    expect(chat.caseCount()).toBe(0);
  });

  it('explains instead of logging when the report is outside the reporting window', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'Recycling was missed');
    expect((await chat.say('Monday')).text).toMatch(/tag or sticker/);
    const reply = await chat.say('no');
    expect(reply.text).toContain('within 2 working days of the collection day, so the last day to report the collection on Monday 2 November was Wednesday 4 November');
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'too-late' });
    expect(chat.caseCount()).toBe(0);
  });

  it('explains that garden waste without a subscription is not a missed collection', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'the brown bin was left full today');
    const reply = await chat.answer('no', 'No');
    expect(reply.text).toContain('only for homes with a garden waste subscription (£52 a year');
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'garden-unpaid' });
    expect(chat.caseCount()).toBe(0);
  });

  it('re-prompts a bad postcode specifically, then offers an advisor after a second failure', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'food caddy missed yesterday');
    await chat.say('no');
    const reprompt = await chat.say('NB1');
    // The question follows, so the resident knows the report is still open (caller 7, finding 10).
    expect(reprompt.text).toBe("That doesn't look like a UK postcode. It should look like NB1 1AA.\n\nWhat is the postcode of the address where the bin was missed?");
    expect(chat.results).toEqual([]);
    await chat.say('my house by the church');
    expect(chat.lastResult()).toEqual({
      kind: 'needs-advisor',
      reason: 'repeated-invalid-answers',
      form: 'report-missed-bin',
      details: [
        { label: 'Bin type', value: 'Food waste' },
        { label: 'Collection day', value: 'Wednesday 4 November' },
        { label: 'Contamination tag', value: 'No' },
      ],
    });
    expect(chat.caseCount()).toBe(0);
  });

  it('lets the resident change a detail from the summary before confirming', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'communal bins at my flats were missed yesterday');
    await chat.answer('no', 'NB1 1AA', '3 Birch Court, Elm Street', 'No thanks');
    const menu = await chat.say('Change');
    expect(menu.text).toBe('Which detail would you like to change?');
    expect(menu.buttons).toEqual(['Bin type', 'Collection day', 'Contamination tag', 'Postcode', 'Address', 'Confirmation', 'Nothing to change']);
    expect((await chat.say('postcode')).text).toMatch(/What is the postcode/);
    const summary = await chat.say('NB2 4QT');
    expect(summary.text).toContain('- Postcode: NB2 4QT');
    expect(summary.text).not.toContain('NB1 1AA');

    // Naming the detail straight from the summary asks for it at once.
    expect((await chat.say('no, the collection day is wrong')).text).toMatch(/Which day should it have been collected\?/);
    expect((await chat.say('today')).text).toContain('- Collection day: Thursday 5 November');
    await chat.say('confirm');
    expect((await chat.cases.find(chat.lastReference()))?.details).toMatchObject({ binType: 'communal', postcode: 'NB2 4QT', collectionDate: '2026-11-05' });
  });

  it('asks the garden subscription again when the bin type is changed to garden waste', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'grey bin missed yesterday at NB1 1AA');
    await chat.answer('no', '5 Ash Grove', 'No thanks');
    await chat.say('change');
    expect((await chat.say('1')).text).toMatch(askedForBinType);
    expect((await chat.say('garden waste')).text).toMatch(/current garden waste subscription/);
    expect((await chat.say('no')).text).toContain('only for homes with a garden waste subscription');
    expect(chat.lastResult()).toMatchObject({ kind: 'not-logged', reason: 'garden-unpaid' });
  });

  it.each([
    ['the general rubbish, no wait, it was the recycling', /Bin type: Recycling/],
    ['Recycling. Sorry, I mean the food caddy', /Bin type: Food waste/],
    ['food waste, no actually the general rubbish', /Bin type: General rubbish/],
  ])('takes the correction in %j', async (answer, shown) => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'I need to report a missed bin please');
    expect((await chat.say(answer)).text).toMatch(/Which day should it have been collected\?/);
    let summary = '';
    for (const next of ['yesterday', 'no', 'nb1 1aa', '27 Larch Close', 'no thanks']) summary = (await chat.say(next)).text;
    expect(summary).toMatch(shown);
  });

  it('stops on "cancel" at any step and records nothing', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'missed bin');
    await chat.answer('recycling', 'yesterday');
    const reply = await chat.say('Cancel');
    expect(reply.text).toBe("OK, I've stopped. Nothing has been sent to the council.");
    expect(chat.lastResult()).toMatchObject({ kind: 'cancelled', form: 'report-missed-bin' });
    expect(chat.caseCount()).toBe(0);
    await chat.say('no');
    expect(chat.notRunningTurns).toEqual(['no']);
  });

  it('hands over to an advisor with the details so far on "talk to someone"', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'blue bin missed');
    await chat.say('yesterday');
    const reply = await chat.say('Can I talk to someone please?');
    expect(reply.text).toBe('');
    expect(chat.lastResult()).toEqual({
      kind: 'needs-advisor',
      reason: 'asked-for-person',
      form: 'report-missed-bin',
      details: [
        { label: 'Bin type', value: 'Recycling' },
        { label: 'Collection day', value: 'Wednesday 4 November' },
      ],
    });
  });

  it('explains the current question on "help", and starts the same flow afresh on "start again"', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'black bin missed yesterday');
    const help = await chat.say('help');
    expect(help.text).toContain("Crews don't empty a bin with the wrong things in it");
    expect(help.text).toContain('Did the crew leave a tag or sticker on the bin');
    expect(help.text).toContain('"start again", "cancel" or "talk to someone"');
    expect(help.buttons).toEqual(['Yes', 'No']);

    const restarted = await chat.say('start again');
    expect(restarted.text).toMatch(/^OK, let's start again\.\n\nWhich bin was missed\?/);
    await chat.answer('food', 'today', 'no', 'NB1 1AA');
    await chat.say('8 Rowan Way');
    const summary = await chat.say('No thanks');
    expect(summary.text).toContain('- Bin type: Food waste\n- Collection day: Thursday 5 November');
  });

  it('records a case at a higher priority when the conversation raised a safeguarding concern', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'recycling missed yesterday', { priority: 'safeguarding' });
    await chat.answer('no', 'NB1 1AA', '2 Cedar Drive', 'No thanks', 'Confirm');
    expect(await chat.cases.find(chat.lastReference())).toMatchObject({ priority: 'urgent', details: { concernRaised: 'safeguarding' } });
  });

  it("carries on after a restart, from the form's state in storage", async () => {
    const storage = new Map<string, string>();
    const database = openDatabase(temporaryDataDir());
    const before = openConversation({ storage, database });
    await before.start('report-missed-bin', 'general waste not collected yesterday');
    await before.say('no');

    const after = openConversation({ storage, database });
    expect((await after.say('NB1 1AA')).text).toMatch(/house number or name and the street/);
    await after.answer('9 Maple Road', 'no thanks', 'Confirm');
    expect(after.lastResult()).toMatchObject({ kind: 'submitted', form: 'report-missed-bin' });
    expect(after.caseCount()).toBe(1);
  });
});
