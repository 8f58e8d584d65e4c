import { ActivityTypes, type Activity, type Attachment, type Entity } from 'botbuilder';
import type { InboundMessage } from './webhookPayload.js';

export const whatsAppChannelId = 'whatsapp';

/** How WhatsApp media is described to the bot: its metadata only; the file itself is never downloaded. */
export const whatsAppMediaContentType = 'application/vnd.whatsapp.media';

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

/** What a WhatsApp message says, in Bot Framework terms; undefined for types the bot cannot use. */
function contentOf(message: InboundMessage): MessageContent | undefined {
  switch (message.type) {
    case 'text':
      return message.text && { text: message.text.body };
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
        // The address (or place name) is what a service request can use as the address given.
        text: address ?? name ?? '',
        value: { latitude, longitude, name, address },
        entities: [{ type: 'Place', name, address, geo: { type: 'GeoCoordinates', latitude, longitude } }],
      };
    }
    case 'image': {
      const image = message.image;
      if (!image) return undefined;
      return {
        text: image.caption ?? '',
        attachments: [
          {
            contentType: whatsAppMediaContentType,
            content: { kind: 'image', id: image.id, mimeType: image.mime_type, sha256: image.sha256, caption: image.caption },
          },
        ],
      };
    }
    default:
      return undefined;
  }
}

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
