import { describe, expect, it } from 'vitest';
import { loadCouncilProfile, type CouncilProfile } from '../../src/profile/councilProfile.js';
import { emergencyPriority } from '../../src/triage/safety/emergencyRules.js';
import { safeguardingPriority } from '../../src/triage/safety/safeguardingRules.js';
import { abuseBoundaryReply, emergencyReply, safeguardingReply } from '../../src/triage/safetyReplies.js';

const profile = loadCouncilProfile('knowledge/council.yaml');

/** Every phone number the profile holds: a reply may quote these and nothing else. */
function profileNumbers(source: CouncilProfile): Set<string> {
  const numbers = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string' && /^[0-9 ]{3,16}$/.test(value)) numbers.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(source);
  return numbers;
}
const numbersIn = (text: string) => text.match(/\d[\d ]*\d|\d/g)?.map((number) => number.trim()) ?? [];

describe('emergency replies', () => {
  it('gas: get out, no switches, the National Gas Emergency Service number', () => {
    const reply = emergencyReply('gas', profile, 'report');
    expect(reply).toMatch(/^This sounds like an emergency\. Leave the building/);
    expect(reply).toMatch(/Do not use light switches/);
    expect(reply).toContain(`National Gas Emergency Service on **${profile.national.gasEmergency}**`);
    expect(reply).toMatch(/log this as an emergency .* advisor now/);
  });

  it('fire: 999 first', () => {
    expect(emergencyReply('fire', profile, 'report')).toMatch(new RegExp(`^This sounds like an emergency\\. Call \\*\\*${profile.national.emergency}\\*\\* now`));
  });

  it('water into electrics and homelessness tonight: the council out-of-hours numbers', () => {
    expect(emergencyReply('water-electrics', profile, 'report')).toContain(profile.council.outOfHoursRepairsPhone);
    expect(emergencyReply('homeless-tonight', profile, 'report')).toContain(profile.council.homelessnessOutOfHoursPhone);
  });

  it('a question gets the same number as information, not an alarm', () => {
    const reply = emergencyReply('gas', profile, 'info');
    expect(reply).toMatch(/^If you ever smell gas: leave the building/);
    expect(reply).not.toMatch(/sounds like an emergency/);
    expect(reply).toContain(profile.national.gasEmergency);
  });

  it.each([
    ['carbon-monoxide', profile.national.gasEmergency],
    ['danger-to-life', profile.national.emergency],
    ['electrical-hazard', profile.council.outOfHoursRepairsPhone],
    ['structural', profile.council.outOfHoursRepairsPhone],
    ['flooding', profile.council.outOfHoursRepairsPhone],
    ['sewage', profile.council.outOfHoursRepairsPhone],
    ['power-loss', profile.national.powerCut],
    ['insecure-home', profile.council.outOfHoursRepairsPhone],
    ['no-heat-vulnerable', profile.council.outOfHoursRepairsPhone],
  ] as const)('%s gives its number', (kind, number) => {
    expect(emergencyReply(kind, profile, 'report')).toContain(`**${number}**`);
  });

  it.each(emergencyPriority)('%s: short, and the information version never raises the alarm', (kind) => {
    const report = emergencyReply(kind, profile, 'report');
    const info = emergencyReply(kind, profile, 'info');
    expect(report.split(/\s+/).length).toBeLessThan(95);
    expect(info).toMatch(/^If /);
    expect(info).not.toMatch(/sounds like an emergency|log this/);
    expect(info).toMatch(/\*\*[\d ]+\*\*/);
  });
});

describe('safeguarding replies', () => {
  it.each([
    ['domestic-abuse', [profile.national.domesticAbuseHelpline, profile.national.mensAdviceLine]],
    ['self-harm', [profile.national.samaritans]],
    ['child-at-risk', [profile.county.childrenSocialCarePhone, profile.national.nspcc, profile.national.childline]],
    ['adult-at-risk', [profile.county.adultSocialCarePhone, profile.county.socialCareOutOfHoursPhone]],
  ] as const)('%s: calm, 999, its helplines and a priority advisor', (flag, helplines) => {
    const reply = safeguardingReply(flag, profile);
    expect(reply).toMatch(/^Thank you for telling me\./);
    expect(reply).toContain(`**${profile.national.emergency}**`);
    for (const number of helplines) expect(reply).toContain(number);
    expect(reply).toMatch(/advisors now, as a priority\.$/);
  });

  it('domestic abuse: the silent 999 call and help to leave home', () => {
    const reply = safeguardingReply('domestic-abuse', profile);
    expect(reply).toMatch(/press 55/);
    expect(reply).toContain(profile.council.homelessnessOutOfHoursPhone);
  });

  it('self-harm: urgent mental health help through 111', () => {
    expect(safeguardingReply('self-harm', profile)).toMatch(new RegExp(`\\*\\*${profile.national.nhs111}\\*\\* and choose the mental health option`));
  });

  it('child at risk: out-of-hours social care and Childline', () => {
    const reply = safeguardingReply('child-at-risk', profile);
    expect(reply).toContain(profile.county.socialCareOutOfHoursPhone);
    expect(reply).toContain(profile.county.name);
  });
});

describe('no invented numbers', () => {
  it('every number in every safety reply is a number from the council profile (or the silent-solution 55)', () => {
    const allowed = profileNumbers(profile);
    const replies = [
      ...emergencyPriority.flatMap((kind) => [emergencyReply(kind, profile, 'report'), emergencyReply(kind, profile, 'info')]),
      ...safeguardingPriority.map((flag) => safeguardingReply(flag, profile)),
    ];
    for (const reply of replies) {
      // Opening hours are profile text too, not phone numbers.
      for (const number of numbersIn(reply.replaceAll(profile.council.openingHours.summary, ''))) {
        if (number === '55' || number === '24') continue;
        expect(allowed.has(number), `${number} in: ${reply.slice(0, 60)}`).toBe(true);
      }
    }
  });

  it('a changed profile number changes the reply', () => {
    const changed = { ...profile, national: { ...profile.national, gasEmergency: '0800 000 111' } };
    expect(emergencyReply('gas', changed, 'report')).toContain('0800 000 111');
    expect(emergencyReply('gas', changed, 'report')).not.toContain(profile.national.gasEmergency);
    const movedHelpline = { ...profile, national: { ...profile.national, samaritans: '116 000' } };
    expect(safeguardingReply('self-harm', movedHelpline)).toContain('116 000');
    expect(safeguardingReply('self-harm', movedHelpline)).not.toContain(profile.national.samaritans);
  });
});

describe('abuse boundary', () => {
  it('is calm the first time and warns before ending the second time', () => {
    expect(abuseBoundaryReply(false)).toMatch(/keep the conversation respectful/);
    expect(abuseBoundaryReply(true)).toMatch(/end this chat/);
  });
});
