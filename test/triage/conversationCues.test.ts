import { describe, expect, it } from 'vitest';
import { asksForContactDetails, asksForPerson, isSmalltalk, namesNoSubject } from '../../src/triage/conversationCues.js';

describe('conversation cues', () => {
  it('reads stretched and text-speak spellings of small talk', () => {
    for (const text of ['heyyy', 'thanksss u', 'byeee x', 'hahahaha', 'lmaooo ur funny', 'cheers m8']) expect(isSmalltalk(text), text).toBe(true);
  });

  it('uses up the words of a set phrase, so a season\'s greeting is not about the season', () => {
    expect(isSmalltalk('happy christmas everyone')).toBe(true);
    expect(isSmalltalk('christmas')).toBe(false);
    expect(isSmalltalk('hi, christmas collections?')).toBe(false);
  });

  it('takes a face or a thumbs up on its own as chit-chat', () => {
    expect(isSmalltalk('😂😂')).toBe(true);
    expect(isSmalltalk('?')).toBe(false);
  });

  it('finds a request for a person with no subject beside it', () => {
    expect(asksForPerson('agent pls')).toBe(true);
    expect(asksForPerson('can I speak to someone urgently about something personal')).toBe(true);
    expect(asksForPerson('agent about my pcn')).toBe(false);
    expect(namesNoSubject('talk to a human about my PCN')).toBe(false);
  });

  it('asks for our details only when the council, or nobody else, is meant', () => {
    expect(asksForContactDetails('whats the switchboard number')).toBe(true);
    expect(asksForContactDetails('how do I e-mail the council about my rent')).toBe(true);
    expect(asksForContactDetails('phone number?')).toBe(true);
    expect(asksForContactDetails('phone number for my neighbour at no 12')).toBe(false);
    expect(asksForContactDetails('when is council tax due')).toBe(false);
  });
});
