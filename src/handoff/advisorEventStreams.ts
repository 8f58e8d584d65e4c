import type { Response } from 'restify';
import type { AdvisorDesk, HandoffEvent } from './handoffHub.js';
import type { AdvisorSessions } from './advisorSessions.js';

interface Stream {
  sessionId: string;
  response: Response;
  heartbeat: NodeJS.Timeout;
}

export interface AdvisorEventStreams {
  /** Turns the response into a server-sent event stream of hub events until the client leaves. */
  open(response: Response, sessionId: string): void;
  /** Ends the streams of a session that signed out. */
  endSession(sessionId: string): void;
  /** Ends every stream, so the HTTP server can close. */
  close(): void;
}

const heartbeatMs = 25_000;

const format = (event: HandoffEvent): string => {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
};

/**
 * Live push to signed-in advisors. The session is checked before each event and each heartbeat,
 * so a session that expired or signed out (on the dashboard too: it is the same session) receives
 * nothing more; EventSource reconnects by itself after a restart.
 */
export function createAdvisorEventStreams(hub: AdvisorDesk, sessions: AdvisorSessions): AdvisorEventStreams {
  const streams = new Set<Stream>();

  const end = (stream: Stream): void => {
    if (!streams.delete(stream)) return;
    clearInterval(stream.heartbeat);
    stream.response.end();
  };

  const unsubscribe = hub.subscribe((event) => {
    const chunk = format(event);
    for (const stream of streams) {
      if (sessions.find(stream.sessionId)) stream.response.write(chunk);
      else end(stream);
    }
  });

  return {
    open(response, sessionId) {
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
        response,
        heartbeat: setInterval(() => {
          if (sessions.find(sessionId)) response.write(': heartbeat\n\n');
          else end(stream);
        }, heartbeatMs),
      };
      streams.add(stream);
      response.on('close', () => end(stream));
    },
    endSession(sessionId) {
      for (const stream of streams) if (stream.sessionId === sessionId) end(stream);
    },
    close() {
      unsubscribe();
      for (const stream of streams) end(stream);
    },
  };
}
