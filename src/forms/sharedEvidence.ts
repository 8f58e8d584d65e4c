/**
 * What a resident can send besides words, on any channel. Only the metadata travels: the file
 * stays with the channel (a WhatsApp media id, a Teams download link), so nothing is stored twice.
 */
export const mediaKinds = ['image', 'video', 'audio', 'voice', 'document', 'sticker', 'contacts', 'unsupported'] as const;
export type MediaKind = (typeof mediaKinds)[number];

export interface MediaMetadata {
  kind: MediaKind;
  mediaId?: string;
  mimeType?: string;
  sha256?: string;
  caption?: string;
  name?: string;
}

/** Photos are kept for the case; the rest the assistant cannot open, so the resident is asked to type. */
export const isPhoto = (media: MediaMetadata): boolean => media.kind === 'image';


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
