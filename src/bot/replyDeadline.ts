import { DeliveryModes, type Middleware, type TurnContext } from 'botbuilder';
import { isLoopbackUrl } from '../server/inboundActivity.js';

export interface ReplyDeadlineOptions {
  /** How long one send to the channel's connector (a reply, a typing indicator) may take. */
  deadlineMs: number;
  /**
   * After a connector at an address failed to answer at all, or was slow (half the deadline, or a second), how long
   * later sends to it fail at once instead of waiting again; 0 = never. Only where the address is
   * the sender's own choice.
   */
  pauseUnansweringMs: number;
  now?: () => number;
}

/**
 * A channel's connector answers a reply within a second or two. 10 s leaves room for a slow
 * moment and still returns the turn's place (`lockedTurnLimits`) long before the 2 minutes a
 * connection that never answers used to hold it.
 */
export const replyDeadlineMs = 10_000;

/** With authentication off, a connector that did not answer is not tried again for this long. */
export const pauseUnansweringMs = 60_000;

/** Past this many paused addresses, lapsed ones are forgotten (the sender picks the address, so the list must not grow without end). */
const maxPaused = 1_000;

/** A reply this slow pauses the connectors of this machine (authentication off): a local one answers in milliseconds. */
const slowLocalReplyMs = 1_000;

/** A send the connector did not answer in time. */
export class ReplyDeadlineError extends Error {}

/** An error with no HTTP status: the connector never answered (timed out, refused, reset). */
const unanswered = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { statusCode?: number }).statusCode === undefined;

const originOf = (serviceUrl: string | undefined): string => {
  try {
    return new URL(serviceUrl ?? '').origin;
  } catch {
    return '';
  }
};

/**
 * What a pause covers where the sender chooses the address: every port of this machine at once (the
 * only addresses accepted with authentication off). Paused port by port, a tarpit listening on 100
 * ports had 100 fresh addresses, each holding a turn's place for the deadline again every minute, and
 * residents waited minutes (outside attack 15, H2).
 */
const pausedTogether = (serviceUrl: string | undefined): string => (isLoopbackUrl(serviceUrl ?? '') ? 'this machine' : originOf(serviceUrl));

/**
 * The first middleware of the Bot Framework adapter: every send of a turn to its channel's
 * connector has a deadline. Without one, a turn whose serviceUrl accepts the connection and never
 * answers waited about two minutes on its reply while it held one of the few places every
 * resident's turn needs (outside attack 13, H2, with authentication off: six such posts blocked the
 * chat page too). The connector's own request carries on until its client gives up, but the turn
 * ends. Where the sender chooses the address (authentication off), an address that did not answer
 * is also paused, so the trick costs one deadline, not one per reply. With authentication on the
 * serviceUrl is the Bot Framework's own, and a slow moment there must not silence a channel.
 *
 * A middleware rather than the connector's request options: the connector factory replaces any
 * request policy it is given, and its HTTP client has no timeout setting.
 */
export function replyDeadline({ deadlineMs, pauseUnansweringMs, now = Date.now }: ReplyDeadlineOptions): Middleware {
  const pausedUntil = new Map<string, number>();

  const pause = (origin: string): void => {
    if (pausedUntil.size >= maxPaused) for (const [paused, ends] of pausedUntil) if (ends <= now()) pausedUntil.delete(paused);
    pausedUntil.set(origin, now() + pauseUnansweringMs);
  };

  const send = async <Sent>(origin: string, sendNext: () => Promise<Sent>): Promise<Sent> => {
    const until = pausedUntil.get(origin);
    if (until !== undefined && now() < until) throw new ReplyDeadlineError(`${origin} did not answer a reply; not tried again for ${Math.ceil((until - now()) / 1000)} s`);
    pausedUntil.delete(origin);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReplyDeadlineError(`${origin} did not answer a reply within ${deadlineMs} ms`)), deadlineMs);
    });
    const started = now();
    try {
      const sent = await Promise.race([sendNext(), late]);
      // Answering just inside the deadline holds a turn's place as long as not answering: with the address the
      // sender's choice, a slow reply pauses it too: one that took half the deadline (outside attack 14, H2: 9.5 s each), or
      // over a second, which no connector on this machine needs (outside attack 15b, H2b: 3.5 s a reply, two replies a turn).
      if (pauseUnansweringMs > 0 && now() - started >= Math.min(deadlineMs / 2, slowLocalReplyMs)) pause(origin);
      return sent;
    } catch (error) {
      if (pauseUnansweringMs > 0 && unanswered(error)) pause(origin);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      // Replies the HTTP response carries (expectReplies) are only collected: nothing to wait for.
      if (context.activity.deliveryMode !== DeliveryModes.ExpectReplies) {
        const origin = pauseUnansweringMs > 0 ? pausedTogether(context.activity.serviceUrl) : originOf(context.activity.serviceUrl);
        context.onSendActivities((_context, _activities, sendNext) => send(origin, sendNext));
      }
      await next();
    },
  };
}
