import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sentencesOf, spokenText } from '../../../src/channels/rendering/speech.js';
import { choicesSaid, digitsOf, spokenDigits, thisNumber, withOwnLineSaid, type LineNow } from '../../../src/channels/voice/ownLine.js';
import { caseLookupsStopped, cannotOpen, goodbyeAfterRepeatedAbuse, handoffOutOfHours, noAdvisorAvailable, talkToSomeoneReply } from '../../../src/conversation/phrases.js';
import { caseNotShown } from '../../../src/forms/checkCase.js';
import { personOrAgain } from '../../../src/forms/slotPrompt.js';
import { resolvePlaceholders } from '../../../src/profile/councilProfile.js';
import { emergencyPriority } from '../../../src/triage/safety/emergencyRules.js';
import { safeguardingPriority } from '../../../src/triage/safety/safeguardingRules.js';
import { emergencyReply, safeguardingReply } from '../../../src/triage/safetyReplies.js';
import { profile } from '../../cases/profileFixture.js';

/** The fake provider's caller rings the council's main number; calls are put through to the contact centre. */
const lines = { rung: '+441632960000', contactCentre: '+441632960001' };
const rungDigits = '01632960000';
const ownDigits = new Set([rungDigits, '01632960001']);
const nows: readonly LineNow[] = ['open', 'closed', 'unanswered'];

const articlesDir = fileURLToPath(new URL('../../../knowledge/articles/', import.meta.url));
/** An article's summary and the paragraphs of its body: what an answer is made of. */
function articleParagraphs(markdown: string): string[] {
  const [, frontMatter = '', body = ''] = markdown.split(/^---$/m);
  const summary = /^summary: >-?\n((?: {2}.*\n?)+)/m.exec(frontMatter)?.[1] ?? '';
  return [summary, ...body.split(/\n\s*\n/)].map((paragraph) => paragraph.trim());
}

/** Every paragraph of an article that gives the council's number, as the bot would answer with it. */
const articleAnswers = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.md'))
  .flatMap((file) =>
    articleParagraphs(readFileSync(`${articlesDir}${file}`, 'utf8'))
      .filter((paragraph) => paragraph.includes('{{council.phone}}'))
      .map((paragraph, index) => [`article ${file} #${index + 1}`, resolvePlaceholders(paragraph, profile)] as const),
  );

/** Every reply written with a phone number in it: safety replies, phrases, form endings and articles. */
const repliesWithNumbers: readonly (readonly [string, string])[] = [
  ...emergencyPriority.flatMap((kind) =>
    (['report', 'info'] as const).flatMap((mode) => (['open', 'closed'] as const).map((hours) => [`emergency ${kind} ${mode} ${hours}`, emergencyReply(kind, profile, mode, hours)] as const)),
  ),
  ...safeguardingPriority.flatMap((flag) => (['open', 'closed'] as const).map((hours) => [`safeguarding ${flag} ${hours}`, safeguardingReply(flag, profile, hours)] as const)),
  ['talk to someone', talkToSomeoneReply(profile).text],
  ['case lookups stopped', caseLookupsStopped(profile).text],
  ['handoff out of hours', handoffOutOfHours(profile, 'on Monday at 9am').text],
  ['no advisor available', noAdvisorAvailable(profile).text],
  ['goodbye after abuse', goodbyeAfterRepeatedAbuse(profile)],
  ['cannot open a voice note', cannotOpen('audio', profile)],
  ['case not shown', caseNotShown(profile).text],
  ['slot answer failed twice', personOrAgain],
  // The repair form's ending (src/forms/reportRepair.ts).
  ['repair logged', `We've given it routine priority: we aim to fix it within 20 working days. If it becomes an emergency, call us on ${profile.council.phone}, or ${profile.council.outOfHoursRepairsPhone} out of hours.`],
  ...articleAnswers,
];

const numbersIn = (speech: string): string[] => [...speech.matchAll(new RegExp(spokenDigits, 'gi'))].map(([number]) => digitsOf(number)).filter((digits) => digits.length >= 3);

/** The only sentences the voice layer says of its own: what can be done now, said whole. */
const ownSentence = /^(?:To talk to someone now, say talk to someone and I can put you through|Our lines are closed now|Nobody can answer just now)(?:, (?:so|but) [^.?!]*)?\.$/;

describe('every reply with a phone number, said on a call to the council', () => {
  it.each(repliesWithNumbers.flatMap(([name, chat]) => nows.map((now) => [name, now, chat] as const)))('%s (%s): whole sentences, the line rung never read out, every other number read', (_name, now, chat) => {
    const spoken = spokenText(chat);
    const heard = withOwnLineSaid(spoken, lines, now);
    // Each sentence is the written one with the line rung said as "this number" (a noun phrase for a noun phrase), or one said whole.
    const written = new Set(sentencesOf(spoken).map((sentence) => sentence.replace(new RegExp(spokenDigits, 'gi'), (number: string) => (digitsOf(number) === rungDigits ? thisNumber : number))));
    for (const sentence of sentencesOf(heard)) expect(written.has(sentence) || ownSentence.test(sentence), sentence).toBe(true);
    expect(numbersIn(heard)).not.toContain(rungDigits);
    expect(numbersIn(heard)).toEqual(numbersIn(spoken).filter((digits) => digits !== rungDigits));
    if (now !== 'open') expect(heard).not.toMatch(/(?<!cannot )put you through|say talk to someone/i);
    if (numbersIn(spoken).some((digits) => ownDigits.has(digits))) expect(heard).toMatch(now === 'open' ? /put you through|say talk to someone/ : /call (?:you )?back|closed now|answer just now/);
    expect(heard.match(/say request a call back|say talk to someone/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('withOwnLineSaid', () => {
  it.each([
    {
      name: 'water in the fuse box at night (fifth caller; caller 7): only the emergency repairs line, open now, is read out',
      now: 'closed',
      chat: emergencyReply('water-electrics', profile, 'report', 'closed'),
      heard: /Then call our emergency repairs line, open now, on oh one six three two, nine six oh nine nine nine\.(?! Our lines are closed now)/,
    },
    {
      name: 'after a repair reference',
      now: 'closed',
      chat: `If it becomes an emergency, call us on ${profile.council.phone}, or ${profile.council.outOfHoursRepairsPhone} out of hours.`,
      heard: /^If it becomes an emergency, call us on this number, or oh one six three two, nine six oh nine nine nine out of hours\. Our lines are closed now\.$/,
    },
    {
      name: 'council-tax help: "in this chat or by phoning"',
      now: 'closed',
      chat: `Council tenants can report a repair online, in this chat or by phoning ${profile.council.phone} (${profile.council.openingHours.summary}).`,
      heard: /^Council tenants can report a repair online, on this call or by phoning this number, Monday to Friday, 9am to 5pm, closed on bank holidays\. Our lines are closed now, so say request a call back if you would like someone to ring you\.$/,
    },
    {
      name: 'in opening hours the offer is to put the caller through, said once',
      now: 'open',
      chat: `Please call us on ${profile.council.phone}. Or call us on ${profile.council.phone}.`,
      heard: /^Please call us on this number\. To talk to someone now, say talk to someone and I can put you through\. Or call us on this number\.$/,
    },
    {
      name: 'the contact centre, not the line rung, is read out',
      now: 'open',
      chat: 'Our advisors are on 01632 960001.',
      heard: /^Our advisors are on oh one six three two, nine six oh oh oh one\. To talk to someone/,
    },
    {
      name: '"one" beside the line rung is not another number',
      now: 'closed',
      chat: `One of our advisors can help: call us on ${profile.council.phone}.`,
      heard: /^One of our advisors can help: call us on this number\. Our lines are closed now, so say request a call back if you would like someone to ring you\.$/,
    },
    {
      name: 'a call back already offered is not offered twice',
      now: 'closed',
      chat: `I can ask someone to call you back, or you can phone ${profile.council.phone} when we're open.`,
      heard: /^I can ask someone to call you back, or you can phone this number when we're open\.$/,
    },
    {
      name: 'out of hours an offer to put the caller through is the call back, the other way on kept',
      now: 'closed',
      chat: personOrAgain,
      heard: /^Our lines are closed now, but I can ask someone to call you back: say request a call back, or say the answer again\.$/,
    },
    {
      name: 'after a transfer nobody answered, it is not offered again',
      now: 'unanswered',
      chat: 'Is it about one of these? Or I can put you through to someone in our team.',
      heard: /^Is it about one of these\? Nobody can answer just now, but I can ask someone to call you back: say request a call back\.$/,
    },
  ] as const)('$name', ({ now, chat, heard }) => {
    expect(withOwnLineSaid(spokenText(chat), lines, now)).toMatch(heard);
  });

  it('the choices offering it already: nothing added', () => {
    expect(withOwnLineSaid(spokenText(`Call us on ${profile.council.phone}.`), lines, 'open', 'Say Talk to someone, or press 1.')).toBe('Call us on this number.');
  });
});

describe('choicesSaid', () => {
  it.each([
    ['open', 'Say Report a repair, or press 1. Say Talk to someone, or press 2.', 'Say Report a repair, or press 1. Say Talk to someone, or press 2.'],
    ['closed', 'Say Report a repair, or press 1. Say Talk to someone, or press 2.', 'Say Report a repair, or press 1. Say Request a call back, or press 2.'],
    ['unanswered', 'Say Talk to someone, or press 1. Say Ask another question, or press 2.', 'Say Request a call back, or press 1. Say Ask another question, or press 2.'],
    // Issue 21, fifth caller: "Say Request a call back, or press 1. Say Request a call back, or press 2."
    ['closed', 'Say Request a call back, or press 1. Say Talk to someone, or press 2.', 'Say Request a call back, or press 1.'],
    ['closed', 'Say Talk to someone, or press 1. Say Request a call back, or press 2.', 'Say Request a call back, or press 2.'],
  ] as const)('%s: %j is said %j', (now, offered, said) => {
    expect(choicesSaid({ spokenChoices: offered }, now).spokenChoices).toBe(said);
  });
});
