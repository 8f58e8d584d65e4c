import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledKnowledge, openOfflineTriage, bundledProfile as profile } from '../support/offlineTriage.js';
import { createAssistantTriage } from '../../src/conversation/assistantTriage.js';
import type { Triage } from '../../src/triage/triage.js';

/** A Wednesday morning, inside the bundled profile's opening hours: the safety replies below offer an advisor now. */
const openOffice = () => new Date('2026-12-02T10:30:00Z');
/** A Saturday night: the same replies may only offer a call back. */
const closedOffice = () => new Date('2026-12-05T22:30:00Z');

let triage: Triage;

beforeAll(async () => {
  triage = await openOfflineTriage(openOffice);
});

describe('triage: safety first, then a grounded answer', () => {
  it('puts the emergency action and number first, and offers a report or an advisor', async () => {
    const decision = await triage('water is pouring through the ceiling light in the kitchen');
    expect(decision.route.kind).toBe('safety');
    expect(decision.reply.text.startsWith('This sounds like an emergency.')).toBe(true);
    expect(decision.reply.text).toContain(profile.council.outOfHoursRepairsPhone);
    expect(decision.reply.choices?.map((choice) => choice.label)).toEqual(['Talk to an advisor now', 'Report it']);
  });

  it('answers a question about an emergency with the number first, then the article', async () => {
    const decision = await triage('what number should I ring if I ever smell gas?');
    expect(decision.safety.emergency).toBeNull();
    expect(decision.route.kind).toBe('answer');
    expect(decision.reply.text.indexOf(profile.national.gasEmergency)).toBeLessThan(decision.reply.text.indexOf('More: ['));
  });

  it('responds to a disclosure with helplines and a priority advisor, not an article', async () => {
    const decision = await triage('my partner hit me again last night and I need help with my rent');
    expect(decision.safety.safeguarding).toBe('domestic-abuse');
    expect(decision.route.kind).toBe('safety');
    expect(decision.reply.text).toContain(profile.national.domesticAbuseHelpline);
    expect(decision.reply.text).toContain('advisors now, as a priority');
  });

  it('out of hours offers a call back, never an advisor now, for the same emergency and disclosure', async () => {
    const closed = await openOfflineTriage(closedOffice);
    const leak = await closed('water is pouring through the ceiling light in the kitchen');
    expect(leak.reply.choices?.map((choice) => choice.label)).toEqual(['Report it', 'Request a call back']);
    const disclosure = await closed('my partner hit me again last night and I need help with my rent');
    expect(disclosure.reply.text).not.toContain('advisors now, as a priority');
    expect(disclosure.reply.text).toContain('call you back as a priority');
  });

  it('routes a request for a person, small talk, and an out-of-scope question', async () => {
    expect((await triage('can I talk to an actual human being please')).topic).toBe('contact-human');
    expect((await triage('hiya, thank you')).topic).toBe('smalltalk');
    const passport = await triage('how long does it take to renew a passport');
    expect(passport.topic).toBe('out-of-scope');
    expect(passport.reply.text).toMatch(/gov\.uk|GOV\.UK/);
  });

  it('answers from an article with its link and offers its actions', async () => {
    const decision = await triage('the bin lorry skipped our road and my black bin is still full');
    expect(decision.topic).toBe('missed-bin');
    expect(decision.route.kind).toBe('answer');
    expect(decision.reply.text).toMatch(/More: \[.+\]\(https:\/\/www\.northbrook\.example\/.+\)/);
    expect(decision.reply.choices?.length).toBeGreaterThan(0);
  });

  it('says it is not sure and offers topics and a person when nothing fits, and 999 in case it was an emergency told in a way it cannot read (outside attack 19, A19-9)', async () => {
    const decision = await triage('flibber wozzle grunkle');
    expect(decision.route.kind).toBe('answer');
    if (decision.route.kind !== 'answer') return;
    expect(decision.route.answer.kind).toBe('unsure');
    expect(decision.reply.choices?.at(-1)?.label).toBe('Talk to someone');
    expect(decision.reply.text).toMatch(/If this is an emergency, call 999\./);
  });

  it.each([
    ["what's the number for the samaritans", 'samaritans'],
    ['can you give me the shelter helpline number please', 'shelter'],
    ['what is the national gas emergency number', 'gasEmergency'],
    ['whats the childline number', 'childline'],
  ] as const)('%j: that service\'s number from the profile, not the council\'s (outside attack 19, A19-6)', async (text, service) => {
    const decision = await triage(text);
    expect(decision.reply.text).toContain(profile.national[service]);
    expect(decision.reply.text).not.toContain(profile.council.phone);
  });

  it('a language the profile has no line for gets no other language\'s line (outside attack 19: French got a Somali one)', async () => {
    const decision = await triage('bonjour, je voudrais savoir quand passe le camion des poubelles dans ma rue');
    expect(decision.language).toBeUndefined();
    for (const line of Object.values(profile.interpreterLines)) expect(decision.reply.text).not.toContain(line);
  });

  it('adds a line in the resident\'s language offering an interpreter, from the profile', async () => {
    const polish = await triage('Mój kosz na odpady nie został zabrany w poniedziałek, co mam teraz zrobić?');
    expect(polish.language).toBe('pol');
    expect(polish.reply.text.endsWith(profile.interpreterLines.pol!)).toBe(true);
    expect(polish.reply.choices?.map((choice) => choice.label)).toContain('Talk to someone');

    const spanish = await triage('Tengo mucha humedad en las paredes del dormitorio de mi hija');
    expect(spanish.reply.text).toContain(profile.interpreterLines.spa!);

    const english = await triage('my black bin was not emptied on Monday, what do I do now?');
    expect(english.language).toBeUndefined();
    expect(english.reply.text).not.toContain(profile.interpreterLines.pol!);
  });

  it.each([
    ['a neighbour not breathing, in Polish and a little English', 'mój sąsiad leży na podłodze, chyba nie oddycha. Please, he not breathing', 'pol'],
    ['a fire with children inside, in Romanian', 'Ajutor! E foc în bucătărie, copiii mei sunt în dormitor. Fire, my children in bedroom!', 'ron'],
    ['someone collapsed, in Somali and English', 'Waan ka baqayaa, aabahay waa dhacay oo ma toosayo, he fell down, not wake up, please help', 'som'],
  ])('%s: the line in their language is 999 and its interpreters, not an advisor (caller trials 18 and 19, H18-10)', async (_, text, language) => {
    const decision = await triage(text);
    expect(decision.safety.emergency).toBeTruthy();
    expect(decision.language).toBe(language);
    expect(decision.reply.text).toContain(profile.emergencyInterpreterLines[language]!);
    expect(decision.reply.text).not.toContain(profile.interpreterLines[language]!);
  });
});

/**
 * A cold start builds the index for a minute or more. A message needing a safety reply or question never waits for it ("I can
 * smell gas" waited 58 s, operations trial 24, OPS24-03); a question waits a while, then hears when to ask again.
 */
describe('triage while the index is still loading', () => {
  const neverLoads = new Promise<never>(() => undefined);
  const starting = createAssistantTriage({ profile, knowledge: neverLoads, knowledgeDir: 'knowledge', now: closedOffice, indexWaitMs: 50 });
  it.each([
    ['I can smell gas in my kitchen', 'safety', profile.national.gasEmergency],
    ['my partner hit me again last night and I am scared to go home', 'safety', profile.national.domesticAbuseHelpline],
  ])('%j: the safety reply at once', async (text, route, number) => {
    const decision = await starting(text);
    expect(decision.route.kind).toBe(route);
    expect(decision.reply.text).toContain(number);
  });
  it('a message that needs the safety question is asked it at once', async () => {
    const decision = await starting("I'm stood by a bus stop and I can't remember where I live");
    expect(decision.safety.safetyCheck).not.toBeNull();
    expect(decision.route.kind).toBe('safety-check');
  });
  it('a question waits, then is asked to come back, with 999 for anyone in danger', async () => {
    const decision = await starting('when is my recycling collected?');
    expect(decision.reply.text).toMatch(/still getting ready.*ask again in a minute/);
    expect(decision.reply.text).toContain(profile.national.emergency);
  });
  it('a question whose index loads while it waits is answered from it', async () => {
    const loadsSoon = new Promise<Awaited<ReturnType<typeof openBundledKnowledge>>>((resolve) => void openBundledKnowledge().then((knowledge) => setTimeout(() => resolve(knowledge), 30)));
    const decision = await createAssistantTriage({ profile, knowledge: loadsSoon, knowledgeDir: 'knowledge', now: closedOffice, indexWaitMs: 20_000 })('when is my recycling collected?');
    expect(decision.route.kind).toBe('answer');
    expect(decision.reply.text).toMatch(/More: \[/);
  });
});
