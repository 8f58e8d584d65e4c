import { ActivityTypes, DeliveryModes, type Activity, type TurnContext } from 'botbuilder';

/**
 * Channels that show a reply while it is being written (Web Chat and Teams livestreaming):
 * interim `typing` activities carry the text so far, and the final message concludes the stream.
 * Other channels (WhatsApp, the Emulator) get the typing indicator and the final reply only.
 */
const livestreamingChannels: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline']);

/** Teams accepts about one streaming update a second; slower updates also read better. */
const minimumUpdateIntervalMs = 1000;

type StreamType = 'streaming' | 'final';

export interface LiveStream {
  /** Shows the reply so far (the whole text, not a delta). Updates that come too fast are skipped. */
  show(textSoFar: string): void;
  /** The final reply, marked as the end of the stream when one was started. */
  finish(reply: Partial<Activity>): Promise<Partial<Activity>>;
  /** Concludes a started stream without content, when the turn did not end with the streamed reply. */
  end(): Promise<void>;
}

const noStream: LiveStream = {
  show: () => undefined,
  finish: async (reply) => reply,
  end: async () => undefined,
};

/**
 * Web Chat and Teams both read the stream marks from channelData. (Teams also documents a
 * `streaminfo` entity, but botbuilder's connector serialiser keeps only an entity's type.)
 */
function marked(activity: Partial<Activity>, streamType: StreamType, streamId?: string, streamSequence?: number): Partial<Activity> {
  const info = { streamType, ...(streamId && { streamId }), ...(streamSequence !== undefined && { streamSequence }) };
  return { ...activity, channelData: { ...(activity.channelData as object | undefined), ...info } };
}

/** Teams streams only in one-to-one chats; with expectReplies every reply waits for the end of the turn anyway. */
function canStream({ channelId, conversation, deliveryMode }: Partial<Activity>): boolean {
  if (!channelId || !livestreamingChannels.has(channelId) || deliveryMode === DeliveryModes.ExpectReplies) return false;
  return channelId !== 'msteams' || conversation?.conversationType === 'personal';
}

export function openLiveStream(context: TurnContext, now: () => number = Date.now): LiveStream {
  if (!canStream(context.activity)) return noStream;
  let streamId: string | undefined;
  let sequence = 0;
  let lastUpdateAt = Number.NEGATIVE_INFINITY;
  let sending: Promise<void> | undefined;
  // No more updates: concluded, or the channel gave no activity id to continue the stream with.
  let closed = false;
  let concluded = false;

  const update = async (text: string): Promise<void> => {
    sequence += 1;
    try {
      const response = await context.sendActivity(marked({ type: ActivityTypes.Typing, text }, 'streaming', streamId, sequence));
      streamId ??= response?.id || undefined;
      if (!streamId) closed = true;
    } catch {
      // A failed interim update is not worth an error: the final reply still goes.
      closed = true;
    }
  };

  return {
    show(textSoFar) {
      if (closed || sending || now() - lastUpdateAt < minimumUpdateIntervalMs) return;
      lastUpdateAt = now();
      sending = update(textSoFar).finally(() => (sending = undefined));
    },
    async finish(reply) {
      if (concluded) return reply;
      concluded = closed = true;
      await sending;
      return streamId ? marked(reply, 'final', streamId) : reply;
    },
    async end() {
      if (concluded) return;
      concluded = closed = true;
      await sending;
      if (streamId) await context.sendActivity(marked({ type: ActivityTypes.Typing }, 'final', streamId));
    },
  };
}
