import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { openLiveStream } from '../../src/channels/liveStream.js';

/** Just enough of a turn: the incoming activity, and a channel that records what is sent and gives ids (or not). */
function turn(activity: Partial<Activity>, givesIds = true) {
  const sent: Partial<Activity>[] = [];
  const context = {
    activity: { conversation: { id: 'c1' }, ...activity },
    async sendActivity(reply: Partial<Activity>): Promise<ResourceResponse | undefined> {
      sent.push(reply);
      return { id: givesIds ? `activity-${sent.length}` : '' };
    },
  } as unknown as TurnContext;
  return { context, sent };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('live streaming a reply', () => {
  it('sends the text so far as typing, skips updates within a second, and concludes with the final message', async () => {
    const { context, sent } = turn({ channelId: 'webchat' });
    let clock = 0;
    const stream = openLiveStream(context, () => clock);
    stream.show('One.');
    await settle();
    clock = 400;
    stream.show('One. Two.');
    await settle();
    clock = 1500;
    stream.show('One. Two. Three.');
    await settle();
    const final = await stream.finish({ type: 'message', text: 'One. Two. Three. Four.', channelData: { kept: true } });
    expect(sent).toEqual([
      { type: 'typing', text: 'One.', channelData: { streamType: 'streaming', streamSequence: 1 } },
      { type: 'typing', text: 'One. Two. Three.', channelData: { streamType: 'streaming', streamId: 'activity-1', streamSequence: 2 } },
    ]);
    expect(final).toEqual({ type: 'message', text: 'One. Two. Three. Four.', channelData: { kept: true, streamType: 'final', streamId: 'activity-1' } });
    // Concluded: later updates and `end` send nothing.
    stream.show('late');
    await stream.end();
    expect(sent).toHaveLength(2);
  });

  it('ends a started stream without content when the turn does not finish with it', async () => {
    const { context, sent } = turn({ channelId: 'msteams', conversation: { id: 'c1', conversationType: 'personal' } as Activity['conversation'] });
    const stream = openLiveStream(context, () => 0);
    stream.show('Checking.');
    await stream.end();
    expect(sent.at(-1)).toEqual({ type: 'typing', channelData: { streamType: 'final', streamId: 'activity-1' } });
  });

  it('sends nothing extra when no stream was started', async () => {
    const { context, sent } = turn({ channelId: 'webchat' });
    const stream = openLiveStream(context);
    await stream.end();
    expect(await stream.finish({ type: 'message', text: 'Hello' })).toEqual({ type: 'message', text: 'Hello' });
    expect(sent).toEqual([]);
  });

  it('stops after the first update when the channel gives no activity id to continue the stream with', async () => {
    const { context, sent } = turn({ channelId: 'directline' }, false);
    let clock = 0;
    const stream = openLiveStream(context, () => clock);
    stream.show('One.');
    await settle();
    clock = 5000;
    stream.show('One. Two.');
    await settle();
    expect(sent).toHaveLength(1);
    expect(await stream.finish({ type: 'message', text: 'Done' })).toEqual({ type: 'message', text: 'Done' });
  });

  it('does not stream on WhatsApp, in Teams group chats, or when replies are collected for the end of the turn', async () => {
    for (const activity of [
      { channelId: 'whatsapp' },
      { channelId: 'msteams', conversation: { id: 'c1', conversationType: 'groupChat' } as Activity['conversation'] },
      { channelId: 'webchat', deliveryMode: 'expectReplies' },
    ]) {
      const { context, sent } = turn(activity);
      openLiveStream(context).show('One.');
      await settle();
      expect(sent).toEqual([]);
    }
  });
});
