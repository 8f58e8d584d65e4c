import type { Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { mediaAttachment, mediaIn } from '../../src/channels/inboundMedia.js';

describe('media in a message, whatever the channel', () => {
  it.each<[string, Attachment, unknown]>([
    ['WhatsApp adapter (Meta Cloud API: messages.audio, voice)', mediaAttachment({ kind: 'voice', mediaId: '1013859600285441', mimeType: 'audio/ogg; codecs=opus' }), { kind: 'voice', mediaId: '1013859600285441', mimeType: 'audio/ogg; codecs=opus' }],
    ['Teams docs, files in personal chat: file.download.info', { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'letter.pdf', content: { downloadUrl: 'https://x.example/d', uniqueId: 'u', fileType: 'pdf' } }, { kind: 'document', name: 'letter.pdf', mimeType: 'pdf' }],
    ['Teams docs, inline image in a message', { contentType: 'image/*', contentUrl: 'https://smba.example/v3/attachments/1/views/original' }, { kind: 'image', mimeType: 'image/*' }],
    ['Web Chat upload of a PDF', { contentType: 'application/pdf', name: 'tenancy.pdf' }, { kind: 'document', mimeType: 'application/pdf', name: 'tenancy.pdf' }],
    ['Web Chat upload of a video', { contentType: 'video/mp4', name: 'leak.mp4' }, { kind: 'video', mimeType: 'video/mp4', name: 'leak.mp4' }],
  ])('%s', (_source, attachment, media) => {
    expect(mediaIn({ attachments: [attachment] })).toEqual([media]);
  });

  it.each<[string, Attachment]>([
    ['Teams docs: the text/html copy of every message', { contentType: 'text/html', content: '<p>missed bin</p>' }],
    ['an Adaptive Card', { contentType: 'application/vnd.microsoft.card.adaptive', content: {} }],
  ])('%s is not something the resident sent', (_source, attachment) => {
    expect(mediaIn({ attachments: [attachment] })).toEqual([]);
  });
});
