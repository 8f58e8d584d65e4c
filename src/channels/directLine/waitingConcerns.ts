import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import { readResidentActivity, type ResidentActivity } from './residentActivity.js';

/**
 * A resident's message as posted to the local Direct Line: what it takes to log it and run its turn, now or, for an emergency
 * or a disclosure whose POST was answered 503 while the database was away, later, on this instance or after it restarts.
 */
export interface PostedMessage {
  conversationId: string;
  /** The resident's id in the conversation, from their token. */
  userId: string;
  activity: ResidentActivity;
  /** The message's id from Web Chat (or one given it), so a later run logs it once. */
  clientActivityId: string;
  /** The client's address, as its turn waits (`turnSender`). */
  sender: string;
  /** When it was posted (ISO 8601): past `keptForMs` it is given up. */
  postedAt: string;
}

const postedMessageFile = z.object({
  conversationId: z.string().min(1).max(128),
  userId: z.string().min(1).max(128),
  activity: z.unknown(),
  clientActivityId: z.string().min(1).max(128),
  sender: z.string().max(256),
  postedAt: z.string().datetime(),
});

/**
 * The emergencies and disclosures waiting for the database, in this instance's memory and one file each under a folder of
 * `DATA_DIR`: an instance stopped (a deployment, a scale-in) or crashed while the database was down had answered them 503 "kept"
 * and then lost them with its memory, the disclosure's handoff included (operations trial 26, OPS26-01). The folder is read
 * again when an instance starts. Written only for a message the database could not take, so the files are few and short-lived;
 * a file that cannot be written (a full disk) leaves the message in memory, as before.
 */
export class WaitingConcerns {
  private readonly waiting = new Map<string, PostedMessage>();
  /** Keys of those whose file could not be written: lost if this instance stops before they are answered. */
  private readonly inMemoryOnly = new Set<string>();

  /**
   * @param folder where the files go: `DATA_DIR/waiting-concerns`. Instances that share a `DATA_DIR` each take up the others'
   *   files too, which is harmless: a message is logged once under its client id and its turn runs once.
   * @param keptForMs how long after its POST a message is still worth answering; past it, it is logged as unanswered and dropped.
   */
  constructor(
    private readonly folder: string,
    private readonly logger: Logger,
    readonly keptForMs = 3_600_000,
    private readonly maxKept = 500,
  ) {}

  /** Keeps a message to be answered later; false when `maxKept` are waiting already (a flood while the database is down). */
  async keep(concern: PostedMessage): Promise<boolean> {
    if (this.waiting.size >= this.maxKept) return false;
    const key = randomUUID();
    this.waiting.set(key, concern);
    try {
      await mkdir(this.folder, { recursive: true });
      const staging = join(this.folder, `${key}.tmp`);
      await writeFile(staging, JSON.stringify(concern), { mode: 0o600 });
      await rename(staging, join(this.folder, `${key}.json`));
    } catch (error) {
      this.inMemoryOnly.add(key);
      this.logger.error({ conversationId: concern.conversationId, err: error }, 'directline: a message waiting for the database could not be written to disk: it is kept in memory only');
    }
    return true;
  }

  /** How many are waiting now. */
  get size(): number {
    return this.waiting.size;
  }

  /** What is waiting now, with the key `done` takes. */
  entries(): [string, PostedMessage][] {
    return [...this.waiting];
  }

  /** Forgets an answered (or given-up) message, on disk too. */
  async done(key: string): Promise<void> {
    this.waiting.delete(key);
    this.inMemoryOnly.delete(key);
    await unlink(join(this.folder, `${key}.json`)).catch(() => undefined);
  }

  /** How many waiting messages are in memory only (their file could not be written): a stop now loses them. */
  get unwritten(): number {
    return this.inMemoryOnly.size;
  }

  /**
   * Reads the files not yet known here: left by an earlier run of this instance, or written by another sharing the folder, which
   * may have stopped or crashed since (operations trial 27, OPS27-03: a running instance sharing the folder had not taken over a
   * crashed one's gas message and disclosure). A file that does not parse is removed.
   */
  async load(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return 0;
    }
    let loaded = 0;
    for (const name of names) {
      const key = /^([0-9a-f-]{36})\.json$/.exec(name)?.[1];
      if (!key || this.waiting.has(key)) continue;
      const concern = await readFile(join(this.folder, name), 'utf8').then(parsePostedMessage, () => undefined);
      if (concern) {
        this.waiting.set(key, concern);
        loaded += 1;
      } else {
        this.logger.error({ file: name }, 'directline: a file of a message waiting for the database could not be read: removed');
        await unlink(join(this.folder, name)).catch(() => undefined);
      }
    }
    return loaded;
  }
}

/** A file's message, checked as a resident's POST is: the file is on disk, not to be trusted further than the request was. */
function parsePostedMessage(text: string): PostedMessage | undefined {
  try {
    const parsed = postedMessageFile.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const read = readResidentActivity(parsed.data.activity);
    return 'activity' in read ? { ...parsed.data, activity: read.activity } : undefined;
  } catch {
    return undefined;
  }
}
