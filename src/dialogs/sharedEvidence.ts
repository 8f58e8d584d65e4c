import type { Activity } from 'botbuilder';

/** A photo the resident sent, as metadata only: the file stays with the channel (e.g. a WhatsApp media id). */
export interface PhotoMetadata {
  mediaId?: string;
  mimeType?: string;
  sha256?: string;
  caption?: string;
  name?: string;
}

/** A location the resident shared (a WhatsApp location, a Bot Framework Place entity). */
export interface SharedPlace {
  latitude: number;
  longitude: number;
  address?: string;
  name?: string;
}

/** What a resident showed rather than typed, kept for the case; plain JSON, as it is stored with the dialog. */
export interface SharedEvidence {
  photos: PhotoMetadata[];
  place?: SharedPlace;
}

/** Enough for a repair or a missed bin; more is probably a mistake, and each one is kept on the case. */
export const maxPhotosPerCase = 10;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const coordinate = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function photosIn(activity: Partial<Activity>): PhotoMetadata[] {
  return (activity.attachments ?? []).flatMap((attachment): PhotoMetadata[] => {
    const content = (attachment.content ?? {}) as Record<string, unknown>;
    const isImage = attachment.contentType.startsWith('image/') || content.kind === 'image';
    if (!isImage) return [];
    const mimeType = text(content.mimeType) ?? (attachment.contentType.startsWith('image/') ? attachment.contentType : undefined);
    const photo: PhotoMetadata = {
      ...(text(content.id) && { mediaId: text(content.id) }),
      ...(mimeType && { mimeType }),
      ...(text(content.sha256) && { sha256: text(content.sha256) }),
      ...(text(content.caption) && { caption: text(content.caption) }),
      ...(text(attachment.name) && { name: text(attachment.name) }),
    };
    return [photo];
  });
}

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

/** Photos and a shared location in this message, or undefined when it has none. */
export function evidenceIn(activity: Partial<Activity>): SharedEvidence | undefined {
  const photos = photosIn(activity);
  const place = placeIn(activity);
  if (photos.length === 0 && !place) return undefined;
  return { photos, ...(place && { place }) };
}

/** Both together: photos add up (to the limit), the latest location replaces an earlier one. */
export function combineEvidence(earlier: SharedEvidence | undefined, later: SharedEvidence | undefined): SharedEvidence | undefined {
  if (!earlier || !later) return later ?? earlier;
  const place = later.place ?? earlier.place;
  return { photos: [...earlier.photos, ...later.photos].slice(0, maxPhotosPerCase), ...(place && { place }) };
}

/** What the resident sees in the summary, and an advisor in the handoff. */
export function evidenceLines(evidence: SharedEvidence | undefined): { label: string; value: string }[] {
  if (!evidence) return [];
  const count = evidence.photos.length;
  return [
    ...(count > 0 ? [{ label: 'Photos', value: `${count} added` }] : []),
    ...(evidence.place ? [{ label: 'Location', value: evidence.place.address ?? evidence.place.name ?? 'shared from your phone' }] : []),
  ];
}

/** The message as an advisor reads it in the console: what was typed, and a note of what was sent with it. */
export function withEvidenceNote(text: string, evidence: SharedEvidence | undefined): string {
  const notes = evidenceLines(evidence).map(({ label, value }) => `${label}: ${value}`);
  return notes.length === 0 ? text : [text, `(${notes.join('; ')})`].filter(Boolean).join(' ');
}

/** How the case records it: photo metadata as attachments, the location as coordinates. */
export function evidenceDetails(evidence: SharedEvidence | undefined): Record<string, unknown> {
  if (!evidence) return {};
  return {
    ...(evidence.photos.length > 0 && { attachments: evidence.photos }),
    ...(evidence.place && { sharedLocation: evidence.place }),
  };
}
