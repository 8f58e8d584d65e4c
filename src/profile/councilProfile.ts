import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const phone = z.string().regex(/^[0-9 ]{3,16}$/, 'a UK phone number written with digits and spaces');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:00');
const money = z.string().regex(/^£\d+(\.\d{2})?$/, 'an amount such as £52 or £12.50');

const dayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type DayName = (typeof dayNames)[number];

export const councilProfileSchema = z.object({
  council: z.object({
    name: z.string().min(3),
    shortName: z.string().min(2),
    website: z.url(),
    /** The privacy notice for the chat, linked before the first message (UK GDPR articles 13 and 14). */
    privacyNoticeUrl: z.url(),
    domains: z.array(z.string().min(3)).min(1),
    phone,
    email: z.email(),
    address: z.string(),
    referencePrefix: z.string().regex(/^[A-Z]{2,5}$/),
    timezone: z.string(),
    openingHours: z.object({
      summary: z.string(),
      weekly: z.partialRecord(z.enum(dayNames), z.tuple([clock, clock])),
    }),
    /** Where a phone call is put through to an advisor (<Dial>); unset, the council's main number. */
    contactCentrePhone: phone.optional(),
    outOfHoursRepairsPhone: phone,
    homelessnessOutOfHoursPhone: phone,
    /** Who answers each safeguarding category when the council is closed. */
    safeguardingOutOfHoursPhones: z.object({ 'domestic-abuse': phone, 'self-harm': phone, 'child-at-risk': phone, 'adult-at-risk': phone }),
    environmentalHealthEmail: z.email(),
  }),
  county: z.object({
    name: z.string(),
    website: z.url(),
    phone,
    adultSocialCarePhone: phone,
    childrenSocialCarePhone: phone,
    socialCareOutOfHoursPhone: phone,
  }),
  national: z.object({
    emergency: phone,
    gasEmergency: phone,
    powerCut: phone,
    policeNonEmergency: phone,
    nhs111: phone,
    floodline: phone,
    samaritans: phone,
    domesticAbuseHelpline: phone,
    mensAdviceLine: phone,
    nspcc: phone,
    childline: phone,
    olderPeopleAbuseHelpline: phone,
    modernSlaveryHelpline: phone,
    /**
     * The government's Forced Marriage Unit (weekdays 9 to 5) and the Foreign Office line that takes its calls at other times:
     * national, so a profile written before them still loads (caller re-check 27b, N-1: a forced marriage heard no line for it).
     */
    forcedMarriageUnit: phone.default('020 7008 0151'),
    forcedMarriageUnitOutOfHours: phone.default('020 7008 1500'),
    /** Rape Crisis England and Wales's 24-hour support line, for anyone 16 or over: national, so a profile written before it still loads. */
    rapeCrisis: phone.default('0808 500 2222'),
    shelter: phone,
    housingOmbudsman: phone,
    localGovernmentOmbudsman: phone,
    /** Relay UK's emergency number for text relay (deaf or speech-impaired callers): national, so a profile written before it had it still loads. */
    emergencyTextRelay: phone.default('18000'),
  }),
  contractors: z.array(z.object({ name: z.string().min(2), services: z.array(z.string()) })),
  serviceStandards: z.object({
    repairs: z.object({
      emergency: z.object({ target: z.string(), hours: z.number().positive() }),
      urgent: z.object({ target: z.string(), workingDays: z.number().positive() }),
      routine: z.object({ target: z.string(), workingDays: z.number().positive() }),
      /**
       * The months of "cold weather" ("October to April"), when no heating or hot water with someone
       * older, disabled, very young or unwell at home is an emergency repair, as the emergency repairs
       * article tells residents. Left out, it is an emergency all year: a wrong "routine" is the worse mistake.
       */
      coldWeather: z.string().optional(),
    }),
    dampMould: z.object({
      emergencyHazard: z.string(),
      investigation: z.string(),
      writtenSummary: z.string(),
      safetyWork: z.string(),
      furtherWork: z.string(),
    }),
    missedBins: z.object({
      reportWithinWorkingDays: z.number().int().positive(),
      returnWithinWorkingDays: z.number().int().positive(),
    }),
    gardenWaste: z.object({ annualFee: money, season: z.string() }),
    bulkyWaste: z.object({ feeForUpToThreeItems: money }),
    complaints: z.object({
      acknowledgeWithinWorkingDays: z.number().int().positive(),
      stage1WorkingDays: z.number().int().positive(),
      stage2WorkingDays: z.number().int().positive(),
    }),
    garages: z.object({ weeklyRent: money }),
  }),
  channelCosts: z.object({
    source: z.string(),
    currency: z.literal('GBP'),
    faceToFace: z.number().nonnegative(),
    phone: z.number().nonnegative(),
    web: z.number().nonnegative(),
    chat: z.number().nonnegative(),
    displacedChannel: z.record(z.string(), z.enum(['faceToFace', 'phone', 'web'])),
  }),
  /** ISO 639-3 code → one line offering an advisor with an interpreter, in that language. */
  interpreterLines: z.record(z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code such as pol'), z.string().min(10)).default({}),
  /** The same offer for a phone call, where the resident says rather than writes "talk to someone"; the written line where a language has none. */
  spokenInterpreterLines: z.record(z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code such as pol'), z.string().min(10)).default({}),
  /**
   * Said instead of the advisor offer when the message is a life in danger or a fire: 999 in the
   * resident's language, and that 999 finds an interpreter. Callers scared to ring 999 in English
   * were only offered an advisor (caller trials 18 and 19, H18-10).
   */
  emergencyInterpreterLines: z.record(z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code such as pol'), z.string().min(10)).default({}),
  branding: z.object({
    primaryColour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    primaryTextColour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    accentColour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    botName: z.string(),
  }),
});

export type CouncilProfile = z.infer<typeof councilProfileSchema>;

export class ProfileError extends Error {}

/** Reads and validates the council profile; the message names the file and each field at fault. */
export function loadCouncilProfile(path: string): CouncilProfile {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ProfileError(`${path}: cannot read the council profile: ${(error as Error).message}`);
  }
  const parsed = councilProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ProfileError(`${path}: invalid council profile\n${problems.join('\n')}`);
  }
  return parsed.data;
}

const placeholderPattern = /\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g;

function lookup(profile: CouncilProfile, path: string): string | undefined {
  let value: unknown = profile;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Placeholders in `text` that the profile cannot fill. */
export function unknownPlaceholders(text: string, profile: CouncilProfile): string[] {
  return [...text.matchAll(placeholderPattern)]
    .map((match) => match[1]!)
    .filter((path) => lookup(profile, path) === undefined);
}

/** Replaces `{{council.phone}}`-style placeholders with profile values; throws on one it cannot fill. */
export function resolvePlaceholders(text: string, profile: CouncilProfile): string {
  return text.replace(placeholderPattern, (_whole, path: string) => {
    const value = lookup(profile, path);
    if (value === undefined) throw new ProfileError(`unknown placeholder {{${path}}}`);
    return value;
  });
}
