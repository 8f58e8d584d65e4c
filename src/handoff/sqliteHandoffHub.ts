import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { OpenConversation } from '../storage/conversationRetention.js';
import type { SqliteDatabase } from '../storage/database.js';
import {
  HandoffStateError,
  type AdvisorDesk,
  type HandoffEntry,
  type HandoffEvent,
  type HandoffHub,
  type HandoffRequest,
  type HandoffStatus,
  type TranscriptLine,
} from './handoffHub.js';

interface EntryRow {
  id: string;
  conversation_id: string;
  channel: string;
  reason: HandoffEntry['reason'];
  priority: HandoffEntry['priority'];
  topic: string;
  summary: string;
  sentiment: string;
  details: string;
  suggested_articles: string;
  status: HandoffStatus;
  waiting_since: string;
  advisor: string | null;
  accepted_at: string | null;
  completed_at: string | null;
}

interface LineRow {
  sender: TranscriptLine['from'];
  text: string;
  at: string;
}

const priorityRank = "CASE priority WHEN 'safeguarding' THEN 0 WHEN 'emergency' THEN 1 ELSE 2 END";

export interface SqliteHandoffHubOptions {
  database: SqliteDatabase;
  now?: () => Date;
}

/**
 * The embedded handoff hub: queue, transcripts and every message in both directions live in
 * SQLite, so a restart mid-handoff loses nothing. Live updates go through an in-process
 * emitter (the console turns them into server-sent events); after a restart, consoles
 * reconnect and re-read from the database.
 */
export class SqliteHandoffHub implements HandoffHub, AdvisorDesk {
  private readonly events = new EventEmitter();
  private readonly now: () => Date;
  private readonly statements;
  /** A finished handoff's lines and its entry, deleted together. */
  private readonly deleteCompleted: (cutoff: string) => number;
  /** The entry and its earlier transcript, written together or not at all. */
  private readonly recordRequest: (request: HandoffRequest, id: string, at: string) => void;

  constructor({ database, now = () => new Date() }: SqliteHandoffHubOptions) {
    this.now = now;
    this.events.setMaxListeners(0); // one listener per open console tab
    database.exec(`
      CREATE TABLE IF NOT EXISTS handoff_entries (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        reason TEXT NOT NULL,
        priority TEXT NOT NULL CHECK (priority IN ('safeguarding', 'emergency', 'normal')),
        topic TEXT NOT NULL,
        summary TEXT NOT NULL,
        sentiment TEXT NOT NULL,
        details TEXT NOT NULL,
        suggested_articles TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'completed')),
        waiting_since TEXT NOT NULL,
        advisor TEXT,
        accepted_at TEXT,
        completed_at TEXT
      );
      -- At most one open handoff per conversation.
      CREATE UNIQUE INDEX IF NOT EXISTS handoff_entries_open ON handoff_entries (conversation_id) WHERE status <> 'completed';
      CREATE INDEX IF NOT EXISTS handoff_entries_by_status ON handoff_entries (status, waiting_since);
      CREATE TABLE IF NOT EXISTS handoff_messages (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL REFERENCES handoff_entries (id),
        sender TEXT NOT NULL CHECK (sender IN ('resident', 'bot', 'advisor')),
        text TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS handoff_messages_by_entry ON handoff_messages (entry_id, seq);
    `);
    this.statements = {
      insertEntry: database.prepare(
        `INSERT INTO handoff_entries (id, conversation_id, channel, reason, priority, topic, summary, sentiment, details, suggested_articles, status, waiting_since)
         VALUES (@id, @conversation_id, @channel, @reason, @priority, @topic, @summary, @sentiment, @details, @suggested_articles, 'waiting', @waiting_since)`,
      ),
      insertLine: database.prepare<[string, string, string, string]>('INSERT INTO handoff_messages (entry_id, sender, text, at) VALUES (?, ?, ?, ?)'),
      open: database.prepare<[string], EntryRow>("SELECT * FROM handoff_entries WHERE conversation_id = ? AND status <> 'completed'"),
      latest: database.prepare<[string], EntryRow>(
        'SELECT * FROM handoff_entries WHERE conversation_id = ? ORDER BY status = \'completed\', completed_at DESC, rowid DESC LIMIT 1',
      ),
      lines: database.prepare<[string], LineRow>('SELECT sender, text, at FROM handoff_messages WHERE entry_id = ? ORDER BY seq'),
      byStatus: {
        waiting: database.prepare<[], EntryRow>(`SELECT * FROM handoff_entries WHERE status = 'waiting' ORDER BY ${priorityRank}, waiting_since, rowid`),
        active: database.prepare<[], EntryRow>("SELECT * FROM handoff_entries WHERE status = 'active' ORDER BY accepted_at, rowid"),
        completed: database.prepare<[], EntryRow>(
          "SELECT * FROM handoff_entries WHERE status = 'completed' ORDER BY completed_at DESC, rowid DESC LIMIT 200",
        ),
      },
      openConversations: database.prepare<[], { channel: string; conversation_id: string }>(
        "SELECT channel, conversation_id FROM handoff_entries WHERE status <> 'completed'",
      ),
      accept: database.prepare<[string, string, string]>("UPDATE handoff_entries SET status = 'active', advisor = ?, accepted_at = ? WHERE id = ?"),
      complete: database.prepare<[string, string]>("UPDATE handoff_entries SET status = 'completed', completed_at = ? WHERE id = ?"),
      deleteLinesCompletedBefore: database.prepare<[string]>(
        "DELETE FROM handoff_messages WHERE entry_id IN (SELECT id FROM handoff_entries WHERE status = 'completed' AND completed_at < ?)",
      ),
      deleteEntriesCompletedBefore: database.prepare<[string]>("DELETE FROM handoff_entries WHERE status = 'completed' AND completed_at < ?"),
    };
    this.deleteCompleted = database.transaction((cutoff: string) => {
      this.statements.deleteLinesCompletedBefore.run(cutoff);
      return this.statements.deleteEntriesCompletedBefore.run(cutoff).changes;
    });
    this.recordRequest = database.transaction((request: HandoffRequest, id: string, at: string) => {
      this.statements.insertEntry.run({
        id,
        conversation_id: request.conversationId,
        channel: request.channel,
        reason: request.reason,
        priority: request.priority,
        topic: request.topic,
        summary: request.summary,
        sentiment: JSON.stringify(request.sentiment),
        details: JSON.stringify(request.details),
        suggested_articles: JSON.stringify(request.suggestedArticles),
        waiting_since: at,
      });
      for (const line of request.transcript) this.statements.insertLine.run(id, line.from, line.text, line.at);
    });
  }

  async initiate(request: HandoffRequest): Promise<{ entry: HandoffEntry; position: number }> {
    if (!this.statements.open.get(request.conversationId)) {
      this.recordRequest(request, randomUUID(), this.timestamp());
      this.emit({ type: 'queue' });
    }
    const entry = this.toEntry(this.statements.open.get(request.conversationId)!);
    return { entry, position: this.positionOf(entry) };
  }

  async current(conversationId: string): Promise<HandoffEntry | undefined> {
    const row = this.statements.open.get(conversationId);
    return row && this.toEntry(row);
  }

  async residentMessage(conversationId: string, text: string): Promise<void> {
    this.append(this.requireOpen(conversationId), 'resident', text);
  }

  async botMessage(conversationId: string, text: string): Promise<void> {
    this.append(this.requireOpen(conversationId), 'bot', text);
  }

  async close(conversationId: string): Promise<void> {
    const row = this.statements.open.get(conversationId);
    if (row) this.finish(row);
  }

  async queue(): Promise<HandoffEntry[]> {
    return this.list('waiting');
  }

  async list(status: HandoffStatus): Promise<HandoffEntry[]> {
    return this.statements.byStatus[status].all().map((row) => this.toEntry(row));
  }

  /** Conversations whose handoff is waiting or active: retention keeps everything they need. */
  /**
   * Finished handoffs hold a transcript, a summary and the details collected: they go with the
   * transcripts (TRANSCRIPT_RETENTION_DAYS). Open ones are never deleted. Returns how many went.
   */
  deleteCompletedBefore(cutoff: Date): number {
    return this.deleteCompleted(cutoff.toISOString());
  }

  openConversations(): OpenConversation[] {
    return this.statements.openConversations.all().map((row) => ({ channel: row.channel, conversationId: row.conversation_id }));
  }

  async latest(conversationId: string): Promise<HandoffEntry | undefined> {
    const row = this.statements.latest.get(conversationId);
    return row && this.toEntry(row);
  }

  async accept(conversationId: string, advisor: string): Promise<HandoffEntry> {
    const row = this.requireOpen(conversationId);
    if (row.status === 'active') {
      if (row.advisor === advisor) return this.toEntry(row);
      throw new HandoffStateError('held-by-another-advisor', conversationId);
    }
    this.statements.accept.run(advisor, this.timestamp(), row.id);
    this.emit({ type: 'status', conversationId, status: 'active', advisor });
    this.emit({ type: 'queue' });
    return this.toEntry(this.requireOpen(conversationId));
  }

  async advisorMessage(conversationId: string, advisor: string, text: string, deliver: () => Promise<void>): Promise<TranscriptLine> {
    const row = this.requireHeldBy(conversationId, advisor);
    await deliver();
    return this.append(row, 'advisor', text);
  }

  async complete(conversationId: string, advisor: string): Promise<HandoffEntry> {
    const row = this.requireOpen(conversationId);
    if (row.status === 'active' && row.advisor !== advisor) throw new HandoffStateError('held-by-another-advisor', conversationId);
    this.finish(row);
    return this.toEntry({ ...row, status: 'completed' });
  }

  private finish(row: EntryRow): void {
    this.statements.complete.run(this.timestamp(), row.id);
    this.emit({ type: 'status', conversationId: row.conversation_id, status: 'completed', advisor: row.advisor ?? undefined });
    if (row.status === 'waiting') this.emit({ type: 'queue' });
  }

  subscribe(listener: (event: HandoffEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  private requireOpen(conversationId: string): EntryRow {
    const row = this.statements.open.get(conversationId);
    if (!row) throw new HandoffStateError('not-found', conversationId);
    return row;
  }

  private requireHeldBy(conversationId: string, advisor: string): EntryRow {
    const row = this.requireOpen(conversationId);
    if (row.status !== 'active') throw new HandoffStateError('not-active', conversationId);
    if (row.advisor !== advisor) throw new HandoffStateError('held-by-another-advisor', conversationId);
    return row;
  }

  private append(row: EntryRow, from: TranscriptLine['from'], text: string): TranscriptLine {
    const line: TranscriptLine = { from, text, at: this.timestamp() };
    this.statements.insertLine.run(row.id, line.from, line.text, line.at);
    this.emit({ type: 'message', conversationId: row.conversation_id, line });
    return line;
  }

  private positionOf(entry: HandoffEntry): number {
    if (entry.status !== 'waiting') return 0;
    return this.statements.byStatus.waiting.all().findIndex((row) => row.id === entry.id) + 1;
  }

  private emit(event: HandoffEvent): void {
    this.events.emit('event', event);
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private toEntry(row: EntryRow): HandoffEntry {
    return {
      id: row.id,
      conversationId: row.conversation_id,
      channel: row.channel,
      reason: row.reason,
      priority: row.priority,
      topic: row.topic,
      summary: row.summary,
      sentiment: JSON.parse(row.sentiment) as HandoffEntry['sentiment'],
      details: JSON.parse(row.details) as HandoffEntry['details'],
      suggestedArticles: JSON.parse(row.suggested_articles) as HandoffEntry['suggestedArticles'],
      transcript: this.statements.lines.all(row.id).map((line) => ({ from: line.sender, text: line.text, at: line.at })),
      status: row.status,
      waitingSince: row.waiting_since,
      ...(row.advisor !== null && { advisor: row.advisor }),
      ...(row.accepted_at !== null && { acceptedAt: row.accepted_at }),
      ...(row.completed_at !== null && { completedAt: row.completed_at }),
    };
  }
}
