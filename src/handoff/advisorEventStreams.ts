import type { Response } from 'restify';
import type { AdvisorDesk, HandoffEvent } from './handoffHub.js';
import type { SignedIn } from '../server/staffSessions.js';
import type { AdvisorSessions } from './advisorSessions.js';

interface Stream {
  sessionId: string;
  /** When the session runs out (milliseconds since the epoch): nothing is sent after it. */
  expiresAt: number;
  response: Response;
  heartbeat: NodeJS.Timeout;
  /** When the last check that found the session still signed in began (milliseconds since the epoch). */
  checkedAt: number;
  /** The events written so far, in order: each waits for the one before. */
  sending: Promise<void>;
}

export interface AdvisorEventStreams {
  /** Turns the response into a server-sent event stream of hub events until the client leaves. */
  open(response: Response, signedIn: SignedIn): void;
  /** Ends every stream, so the HTTP server can close. */
  close(): void;
}

const heartbeatMs = 25_000;

const format = (event: HandoffEvent): string => {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
};

/**
 * Live push to signed-in advisors. Before an event is written to a stream, the database is asked
 * whether the stream's session still exists, so a session signed out on another instance (or on
 * the dashboard: it is the same session) hears nothing more, and one signed out here is ended at
 * once. A check begun after an event arrived answers for it, so a burst of events costs one
 * query per stream, not one per event. Heartbeats check too, so an idle stream of a signed-out
 * session ends within one. EventSource reconnects by itself after a restart.
 */
export function createAdvisorEventStreams(hub: AdvisorDesk, sessions: AdvisorSessions): AdvisorEventStreams {
  const streams = new Set<Stream>();

  const end = (stream: Stream): void => {
    if (!streams.delete(stream)) return;
    clearInterval(stream.heartbeat);
    stream.response.end();
  };

  const endSession = (sessionId: string): void => {
    for (const stream of streams) if (stream.sessionId === sessionId) end(stream);
  };
  const stopHearingEnds = sessions.onEnd(endSession);

  /** True when the session was still signed in at some moment after `since`; ends the stream otherwise. */
  const stillSignedIn = async (stream: Stream, since: number): Promise<boolean> => {
    if (Date.now() >= stream.expiresAt) {
      end(stream);
      return false;
    }
    if (stream.checkedAt >= since) return streams.has(stream);
    const startedAt = Date.now();
    const current = await sessions.find(stream.sessionId).catch(() => undefined);
    if (!current) {
      end(stream);
      return false;
    }
    stream.checkedAt = Math.max(stream.checkedAt, startedAt);
    return streams.has(stream);
  };

  const send = (stream: Stream, chunk: string): void => {
    const arrivedAt = Date.now();
    stream.sending = stream.sending.then(async () => {
      if (await stillSignedIn(stream, arrivedAt)) stream.response.write(chunk);
    });
  };

  const unsubscribe = hub.subscribe((event) => {
    const chunk = format(event);
    for (const stream of streams) send(stream, chunk);
  });

  return {
    open(response, { sessionId, session }) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // Proxies such as nginx would otherwise hold events back.
        'x-accel-buffering': 'no',
      });
      response.write('retry: 3000\n\n');
      const stream: Stream = {
        sessionId,
        expiresAt: Date.parse(session.expiresAt),
        response,
        heartbeat: setInterval(() => send(stream, ': heartbeat\n\n'), heartbeatMs),
        checkedAt: Date.now(),
        sending: Promise.resolve(),
      };
      streams.add(stream);
      response.on('close', () => end(stream));
    },
    close() {
      unsubscribe();
      stopHearingEnds();
      for (const stream of streams) end(stream);
    },
  };
}
