import { createHmac } from 'node:crypto';

/**
 * Webhook bodies in the shapes of Meta's Cloud API webhook reference (messages and statuses).
 * The resident's number is in Ofcom's drama range (07700 900xxx).
 */
export const residentNumber = '447700900123';
export const phoneNumberId = '106540352242922';
export const appSecret = 'test-app-secret-not-real';

let sequence = 0;
const nextId = (): string => `wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUM0${(sequence += 1)}`;
const nowSeconds = (): string => String(Math.floor(Date.now() / 1000));

export const webhook = (value: Record<string, unknown>): Record<string, unknown> => ({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '447700900000', phone_number_id: phoneNumberId }, ...value },
        },
      ],
    },
  ],
});

/** One inbound message of `type` with its type-specific object, as a complete webhook body. */
export function inbound(type: string, content: Record<string, unknown>, from = residentNumber, timestamp = nowSeconds()) {
  const id = nextId();
  const body = webhook({
    contacts: [{ profile: { name: 'Sam Resident' }, wa_id: from }],
    messages: [{ from, id, timestamp, type, ...content }],
  });
  return { id, body };
}

export const textMessage = (text: string, from?: string, timestamp?: string) => inbound('text', { text: { body: text } }, from, timestamp);

export const buttonReply = (id: string, title: string) =>
  inbound('interactive', { context: { from: '447700900000', id: 'wamid.previous' }, interactive: { type: 'button_reply', button_reply: { id, title } } });

export const listReply = (id: string, title: string) =>
  inbound('interactive', { context: { from: '447700900000', id: 'wamid.previous' }, interactive: { type: 'list_reply', list_reply: { id, title, description: '' } } });

export const locationMessage = (location: Record<string, unknown>) => inbound('location', { location });

export const imageMessage = (caption?: string) =>
  inbound('image', {
    image: { caption, mime_type: 'image/jpeg', sha256: 'f6tL2mvSk7BhdBgJ5K3BUTb1e/UOVPrEp09BLmAuAj0=', id: '1479537139650973' },
  });

export const statusUpdate = (messageId: string, status: string, errors?: Record<string, unknown>[]) =>
  webhook({
    statuses: [
      {
        id: messageId,
        status,
        timestamp: nowSeconds(),
        recipient_id: residentNumber,
        ...(status === 'failed'
          ? { errors }
          : {
              conversation: { id: 'CONVERSATION_ID', origin: { type: 'service' } },
              pricing: { billable: true, pricing_model: 'PMP', category: 'service' },
            }),
      },
    ],
  });

/** The X-Hub-Signature-256 header Meta would send for these exact bytes. */
export const signatureFor = (body: Buffer | string, secret = appSecret): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** A number of its own for each test row, in the drama range, so replies can be told apart by `to`. */
let numbers = 200;
export const freshNumber = (): string => `4477009${String((numbers += 1)).padStart(5, '0')}`;

/** A media message (video, document, audio, sticker, image) in the shape of Meta's webhook reference. */
export const mediaMessage = (type: string, fields: Record<string, unknown>, from?: string) =>
  inbound(type, { [type]: { mime_type: 'application/octet-stream', sha256: 'c2hhMjU2LW9mLXRoZS1maWxl', id: `media-${type}-${sequence}`, ...fields } }, from);

/** A message from a user with a username whose number Meta withholds: only the business-scoped user id. */
export function usernameOnlyMessage(userId: string, text: string) {
  const id = nextId();
  const body = webhook({
    contacts: [{ profile: { name: 'Sam Resident', username: '@sam.resident' }, user_id: userId }],
    messages: [{ from_user_id: userId, id, timestamp: nowSeconds(), type: 'text', text: { body: text } }],
  });
  return { id, body };
}

/** Meta's system message when a resident moves to a new number (no contacts array). */
export function changedNumber(from: string, newNumber: string) {
  const id = nextId();
  const body = webhook({
    messages: [{ from, id, timestamp: nowSeconds(), type: 'system', system: { body: `User Sam changed from ${from} to ${newNumber}`, wa_id: newNumber, type: 'user_changed_number' } }],
  });
  return { id, body };
}

/** Several deliveries' messages and statuses merged into one webhook body, as Meta may batch them. */
export function batch(...parts: { body: Record<string, unknown> }[]): Record<string, unknown> {
  const values = parts.map((part) => (part.body.entry as { changes: { value: Record<string, unknown[]> }[] }[])[0]!.changes[0]!.value);
  const merged = (key: string) => values.flatMap((value) => value[key] ?? []);
  return webhook({ contacts: merged('contacts'), messages: merged('messages'), statuses: merged('statuses') });
}
