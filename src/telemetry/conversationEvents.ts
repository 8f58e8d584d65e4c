import type { SentimentReading } from '../sentiment/sentiment.js';

/**
 * What the assistant records about a conversation, for the service manager's metrics. No event
 * carries raw message text: only the unanswered question, for the content team, which the
 * privacy filter in front of every sink redacts (src/telemetry/privacyFilteredTelemetryClient.ts).
 */
interface EventBase {
  conversationId: string;
  /** Bot Framework channel id: webchat, directline, msteams, whatsapp, … */
  channel: string;
}

/** How the pipeline dealt with a message. */
export type MessageRoute = 'safety' | 'abuse' | 'human' | 'smalltalk' | 'answer' | 'unsure' | 'form' | 'handoff' | 'feedback' | 'evidence' | 'safety-check';

export type ConversationEvent = EventBase &
  (
    | {
        name: 'message';
        topic: string;
        route: MessageRoute;
        sentiment: SentimentReading;
        /** Contractors from the council profile named in the message. */
        contractors: string[];
        language?: string;
      }
    | { name: 'answer'; topic: string; articleId: string; confidence: number }
    /** A knowledge question the bot could not answer with confidence; `question` is redacted when written. */
    | { name: 'unanswered'; topic: string; question: string; confidence: number }
    | { name: 'safety'; emergency?: string; safeguarding?: string }
    | { name: 'case-raised'; topic: string; caseType: string; reference: string }
    | { name: 'handoff'; topic: string; reason: string; priority: string }
    /** "Was this helpful?" after an answer. */
    | { name: 'feedback'; articleId?: string; helpful: boolean }
    /** The one-question satisfaction score at the end, 1–5. */
    | { name: 'csat'; score: number }
    /** The resident said they had what they needed (the end-of-conversation step). */
    | { name: 'resolved' }
  );

export type ConversationEventName = ConversationEvent['name'];

export interface ConversationTelemetry {
  record(event: ConversationEvent): void;
}
