import type { Activity, Attachment } from 'botbuilder';
import { isPhoto, mediaKinds, type MediaKind, type MediaMetadata, type SharedEvidence, type SharedPlace } from '../forms/sharedEvidence.js';

/**
 * How a channel adapter hands media to the bot: one attachment of this content type per item, the
 * metadata as its content. The words that came with it (a caption) are the activity's text, so
 * they are triaged like any typed message.
 */
export const residentMediaContentType = 'application/vnd.council-assistant.media';

/** Teams' shape for a file a resident uploads in a personal chat (Teams docs: "Send and receive files using bot"). */
const teamsFileContentType = 'application/vnd.microsoft.teams.file.download.info';

export const mediaAttachment = (media: MediaMetadata): Attachment => ({ contentType: residentMediaContentType, content: media });

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

function fromAttachment(attachment: Attachment): MediaMetadata | undefined {
  const content = (attachment.content ?? {}) as Record<string, unknown>;
  const name = text(attachment.name);
  if (attachment.contentType === residentMediaContentType) {
    const kind = mediaKinds.find((candidate) => candidate === content.kind) ?? 'unsupported';
    const fields = { mediaId: text(content.mediaId), mimeType: text(content.mimeType), sha256: text(content.sha256), caption: text(content.caption), name: text(content.name) };
    return { kind, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) };
  }
  // Web Chat uploads and images pasted into Teams: the content type is the file's own.
  if (attachment.contentType.startsWith('image/')) return { kind: 'image', mimeType: attachment.contentType, ...(name && { name }) };
  if (attachment.contentType === teamsFileContentType) {
    const fileType = text(content.fileType);
    return { kind: 'document', ...(name && { name }), ...(fileType && { mimeType: fileType }) };
  }
  const kind = /^(video|audio)\//.exec(attachment.contentType)?.[1] as MediaKind | undefined;
  if (kind) return { kind, mimeType: attachment.contentType, ...(name && { name }) };
  // A file uploaded in Web Chat (a PDF, a Word document); Microsoft's own types are cards and the like.
  if (attachment.contentType.startsWith('application/') && !attachment.contentType.startsWith('application/vnd.microsoft.')) {
    return { kind: 'document', mimeType: attachment.contentType, ...(name && { name }) };
  }
  // Cards, Teams' text/html copy of the message, and the like are not something the resident sent.
  return undefined;
}

/** The media in a message, whatever channel it came from. */
export const mediaIn = (activity: Partial<Activity>): MediaMetadata[] =>
  (activity.attachments ?? []).flatMap((attachment) => fromAttachment(attachment) ?? []);

const coordinate = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function placeIn(activity: Partial<Activity>): SharedPlace | undefined {
  for (const entity of activity.entities ?? []) {
    if (entity.type !== 'Place') continue;
    const geo = (entity.geo ?? {}) as Record<string, unknown>;
    const latitude = coordinate(geo.latitude);
    const longitude = coordinate(geo.longitude);
    if (latitude === undefined || longitude === undefined) continue;
    const address = text(entity.address);
    const name = text(entity.name);
    return { latitude, longitude, ...(address && { address }), ...(name && { name }) };
  }
  return undefined;
}

/**
 * Media and a shared location in this message, or undefined when it has none. Media the assistant
 * cannot open count only when words came with them: alone, the resident is asked to type instead.
 */
export function evidenceIn(activity: Partial<Activity>): SharedEvidence | undefined {
  const worded = (activity.text ?? '').trim() !== '';
  const media = mediaIn(activity).filter((item) => worded || isPhoto(item));
  const place = placeIn(activity);
  if (media.length === 0 && !place) return undefined;
  return { media, ...(place && { place }) };
}

