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
 * Live push to signed-in advisors. An event goes only to a stream whose session has not run out;
 * each heartbeat asks the database whether the session still exists, so one signed out on another
 * instance (or on the dashboard: it is the same session) receives nothing more after the next
 * heartbeat, and one signed out here is ended at once. EventSource reconnects by itself after a
 * restart.
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

  const unsubscribe = hub.subscribe((event) => {
    const chunk = format(event);
    for (const stream of streams) {
      if (Date.now() < stream.expiresAt) stream.response.write(chunk);
      else end(stream);
    }
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
        heartbeat: setInterval(() => {
          void sessions.find(sessionId).then(
            (current) => (current && streams.has(stream) ? response.write(': heartbeat\n\n') : end(stream)),
            () => undefined,
          );
        }, heartbeatMs),
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
