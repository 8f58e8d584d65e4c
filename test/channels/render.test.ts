import { describe, expect, it } from 'vitest';
import type { BotReply } from '../../src/reply.js';
import { renderReply } from '../../src/channels/render.js';

describe('renderReply: what a channel can show beyond the text', () => {
  it.each<[string, BotReply, unknown]>([
    ['a plain reply carries no channel data', { text: 'Hello' }, undefined],
    ['an emergency is marked, so a channel can make it stand out', { text: 'Call 999', urgent: 'emergency' }, { urgent: 'emergency' }],
    ['so is advice after a disclosure', { text: 'Call 999 if you are in danger now', urgent: 'safeguarding' }, { urgent: 'safeguarding' }],
    ['a confirmed case carries its reference, for a panel with a copy button', { text: 'Logged', caseReference: 'NBC-BIN-AB12-CD34' }, { caseReference: 'NBC-BIN-AB12-CD34' }],
  ])('%s', (_row, reply, channelData) => {
    expect(renderReply(reply).channelData).toEqual(channelData);
  });
});
