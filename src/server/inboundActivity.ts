import { z } from 'zod';
import { activityAttachments, activityId, activityLimits, activityLocale, activityText, activityValue, refusalFor } from '../channels/activityFields.js';

/**
 * With Bot Framework authentication off, /api/messages is for local development: these are the
 * channels whose behaviour the bot implements (rendering, live streaming) and can be tried locally
 * (`emulator` is the Bot Framework Emulator, `test` the tests). Any other id is refused: it would
 * only become a new metrics label and dashboard key. WhatsApp has its own webhook.
 */
export const localChannelIds: ReadonlySet<string> = new Set(['emulator', 'test', 'webchat', 'directline', 'msteams']);

const loopbackHosts = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** The Emulator on this machine (http://localhost:<port>) or a test's fake connector; nothing further away. */
export function isLoopbackUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.test(url.hostname) && !url.username && !url.password;
}

const account = z.looseObject({ id: activityId, name: z.string().max(256).optional(), role: z.string().max(32).optional() });
const members = z.array(account).max(activityLimits.members);
/** An ISO 8601 instant, as the Bot Framework writes them. */
const instant = z.string().max(64).refine((text) => !Number.isNaN(Date.parse(text)), 'must be a date and time');

/** The fields the bot and the adapter read, checked for type and size; the rest passes through untouched. */
const inboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: activityId.optional(),
  name: z.string().max(256).optional(),
  channelId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
  serviceUrl: z.string().max(2048),
  conversation: z.looseObject({ id: activityId, conversationType: z.string().max(64).optional(), tenantId: z.string().max(256).optional() }),
  from: account,
  recipient: account.optional(),
  text: activityText.optional(),
  value: activityValue.optional(),
  attachments: activityAttachments.optional(),
  entities: z.array(z.looseObject({ type: z.string().max(256) })).max(activityLimits.entities).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  locale: activityLocale.optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  timestamp: instant.optional(),
  localTimestamp: instant.optional(),
  replyToId: activityId.optional(),
  membersAdded: members.optional(),
  membersRemoved: members.optional(),
});

export type InboundActivity = z.infer<typeof inboundActivity>;

export interface InboundRules {
  /** Bot Framework authentication is on: the channel service vouches for the sender and its serviceUrl. */
  authenticated: boolean;
  /** A conversation of the local Direct Line, which only its residents may write to. */
  isLocalConversation: (conversationId: string) => Promise<boolean>;
}

export type InboundCheck = { activity: InboundActivity } | { refusal: string };

/** Checks an activity posted to /api/messages; a refusal is short and safe to send back. */
export async function checkInboundActivity(body: unknown, rules: InboundRules): Promise<InboundCheck> {
  const parsed = inboundActivity.safeParse(body);
  if (!parsed.success) return { refusal: refusalFor(parsed.error) };
  const activity = parsed.data;
  if (!rules.authenticated) {
    if (!localChannelIds.has(activity.channelId)) return { refusal: `Unknown channelId for local use: ${[...localChannelIds].join(', ')}` };
    if (!isLoopbackUrl(activity.serviceUrl)) return { refusal: 'serviceUrl must be on this machine (localhost) while authentication is off' };
    if (await rules.isLocalConversation(activity.conversation.id)) return { refusal: 'This conversation belongs to the local Direct Line' };
  }
  return { activity };
}

/**
 * `handoff.status` moves a live chat on (accepted, ended): only an engagement hub may send it,
 * and with authentication off nobody can be told apart from a hub.
 */
export function isHubEvent(activity: InboundActivity): boolean {
  return activity.type === 'event' && activity.name === 'handoff.status';
}
