import type { Activity } from 'botbuilder';
import { isPhoto, mediaIn, type MediaMetadata } from '../channels/inboundMedia.js';

/** A location the resident shared (a WhatsApp location, a Bot Framework Place entity). */
export interface SharedPlace {
  latitude: number;
  longitude: number;
  address?: string;
  name?: string;
}

/** What a resident showed rather than typed, kept for the case; plain JSON, as it is stored with the dialog. */
export interface SharedEvidence {
  /** Photos, and videos or documents that came with words; metadata only. */
  media: MediaMetadata[];
  place?: SharedPlace;
}

/** Enough for a repair or a missed bin; more is probably a mistake, and each one is kept on the case. */
export const maxMediaPerCase = 10;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
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

/** Both together: media add up (to the limit), the latest location replaces an earlier one. */
export function combineEvidence(earlier: SharedEvidence | undefined, later: SharedEvidence | undefined): SharedEvidence | undefined {
  if (!earlier || !later) return later ?? earlier;
  const place = later.place ?? earlier.place;
  return { media: [...earlier.media, ...later.media].slice(0, maxMediaPerCase), ...(place && { place }) };
}

/** What the resident sees in the summary, and an advisor in the handoff. */
export function evidenceLines(evidence: SharedEvidence | undefined): { label: string; value: string }[] {
  if (!evidence) return [];
  const photos = evidence.media.filter(isPhoto).length;
  const files = evidence.media.length - photos;
  return [
    ...(photos > 0 ? [{ label: 'Photos', value: `${photos} added` }] : []),
    ...(files > 0 ? [{ label: 'Files', value: `${files} added` }] : []),
    ...(evidence.place ? [{ label: 'Location', value: evidence.place.address ?? evidence.place.name ?? 'shared from your phone' }] : []),
  ];
}

/** The message as an advisor reads it in the console: what was typed, and a note of what was sent with it. */
export function withEvidenceNote(text: string, evidence: SharedEvidence | undefined): string {
  const notes = evidenceLines(evidence).map(({ label, value }) => `${label}: ${value}`);
  return notes.length === 0 ? text : [text, `(${notes.join('; ')})`].filter(Boolean).join(' ');
}

/** How the case records it: media metadata as attachments, the location as coordinates. */
export function evidenceDetails(evidence: SharedEvidence | undefined): Record<string, unknown> {
  if (!evidence) return {};
  return {
    ...(evidence.media.length > 0 && { attachments: evidence.media }),
    ...(evidence.place && { sharedLocation: evidence.place }),
  };
}
