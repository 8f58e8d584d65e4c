import { withSendersNumber } from '../ownNumber.js';
import { ActivityTypes, type Activity, type Attachment, type Entity } from 'botbuilder';
import type { MediaKind } from '../../forms/sharedEvidence.js';
import { mediaAttachment } from '../inboundMedia.js';
import type { InboundMessage } from './webhookPayload.js';

export const whatsAppChannelId = 'whatsapp';


export interface InboundContext {
  conversationId: string;
  /** The business phone number id: the bot's side of the conversation. */
  phoneNumberId: string;
  serviceUrl: string;
}

interface MessageContent {
  text: string;
  value?: unknown;
  attachments?: Attachment[];
  entities?: Entity[];
}

type WhatsAppMedia = NonNullable<InboundMessage['image']>;

const mediaContent = (kind: MediaKind, media: WhatsAppMedia): MessageContent => ({
  // The caption is the resident's words: triaged like a typed message.
  text: media.caption ?? '',
  attachments: [
    mediaAttachment({
      kind,
      mediaId: media.id,
      ...(media.mime_type && { mimeType: media.mime_type }),
      ...(media.sha256 && { sha256: media.sha256 }),
      ...(media.caption && { caption: media.caption }),
      ...(media.filename && { name: media.filename }),
    }),
  ],
});

/**
 * What a WhatsApp message says, in Bot Framework terms (Meta Cloud API webhook reference, one
 * message type each); undefined for types that are not a resident's message (reactions, system).
 * Every type a resident can send becomes a message, so each one gets a reply.
 */
function contentOf(message: InboundMessage): MessageContent | undefined {
  switch (message.type) {
    case 'text':
      return message.text && { text: withSendersNumber(message.text.body, message.from) };
    case 'interactive': {
      // The reply's id is the value the bot offered with the button or list row.
      const picked = message.interactive?.button_reply ?? message.interactive?.list_reply;
      return picked && { text: picked.id };
    }
    case 'button':
      return message.button && { text: message.button.payload || message.button.text };
    case 'location': {
      const location = message.location;
      if (!location) return undefined;
      const { latitude, longitude, name, address } = location;
      return {
        // A pin is not words: its address reaches a form through the Place entity, never triage or routing.
        text: '',
        value: { latitude, longitude, name, address },
        entities: [{ type: 'Place', name, address, geo: { type: 'GeoCoordinates', latitude, longitude } }],
      };
    }
    case 'image':
    case 'video':
    case 'document':
    case 'sticker': {
      const media = message[message.type];
      return media && mediaContent(message.type, media);
    }
    case 'audio':
      return message.audio && mediaContent(message.audio.voice ? 'voice' : 'audio', message.audio);
    case 'contacts':
      return { text: '', attachments: [mediaAttachment({ kind: 'contacts' })] };
    case 'unsupported':
      return { text: '', attachments: [mediaAttachment({ kind: 'unsupported' })] };
    default:
      return undefined;
  }
}

/** The words of a resident's WhatsApp message ('' for a pin, a file without a caption, or a type that is not a resident's message). */
export const wordsOf = (message: InboundMessage): string => contentOf(message)?.text ?? '';

/** The Bot Framework message activity for a resident's WhatsApp message, or undefined if unsupported. */
export function inboundActivity(message: InboundMessage, context: InboundContext): Partial<Activity> | undefined {
  const content = contentOf(message);
  if (!content) return undefined;
  return {
    type: ActivityTypes.Message,
    id: message.id,
    timestamp: new Date(Number(message.timestamp) * 1000),
    channelId: whatsAppChannelId,
    serviceUrl: context.serviceUrl,
    // The number never appears here: from and conversation carry the keyed hash.
    from: { id: context.conversationId, name: 'resident', role: 'user' },
    recipient: { id: context.phoneNumberId, name: 'council-assistant', role: 'bot' },
    conversation: { id: context.conversationId, isGroup: false, conversationType: 'personal', name: 'whatsapp' },
    textFormat: 'plain',
    ...content,
  };
}
