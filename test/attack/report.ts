import type { Measures } from './meter.js';
import type { RawResponse } from './rawHttp.js';

/** What one route answered during an attack: the printed table's row. */
export interface RouteTally {
  route: string;
  requests: number;
  ok: number;
  clientErrors: number;
  serverErrors: number;
  /** Resets and timeouts: no answer at all. */
  unanswered: number;
  /** Set when the route was attacked on its own (the fuzz); otherwise the table shows the attack's. */
  measures?: Measures;
}

/**
 * The outcome of one attack. `problems` names every way the server fell short (a bypass, a leak,
 * a 5xx…); empty means it held. Tallies are for the printed table only.
 */
export interface AttackReport {
  problems: string[];
  /**
   * Shortfalls that depend on the machine's speed (a time budget ran out). `npm run attack`
   * fails on them; the vitest assertions do not, as timings belong to benchmarks.
   */
  slow: string[];
  tallies: RouteTally[];
}

/** Counts answers by route and keeps the problems found, for one attack. */
export class AttackLog {
  readonly problems: string[] = [];
  readonly slow: string[] = [];
  private readonly tallies = new Map<string, RouteTally>();

  /** Counts `response` against `route`; a 5xx or no answer is always a problem. */
  count(route: string, response: RawResponse, what: string): RawResponse {
    if (response.status === -1) return response;
    const tally = this.tallies.get(route) ?? { route, requests: 0, ok: 0, clientErrors: 0, serverErrors: 0, unanswered: 0 };
    tally.requests += 1;
    if (response.status === 0) {
      tally.unanswered += 1;
      this.problem(`${what}: no answer (${response.error})`);
    } else if (response.status >= 500) {
      tally.serverErrors += 1;
      this.problem(`${what}: ${response.status}`);
    } else if (response.status >= 400) tally.clientErrors += 1;
    else tally.ok += 1;
    this.tallies.set(route, tally);
    return response;
  }

  /** Records how the process fared while `route` alone was attacked. */
  measured(route: string, measures: Measures): void {
    const tally = this.tallies.get(route);
    if (tally) tally.measures = measures;
  }

  problem(text: string): void {
    this.problems.push(text);
  }

  /** Asserts `condition`; otherwise records `text` as a problem. */
  expect(condition: boolean, text: string): void {
    if (!condition) this.problem(text);
  }

  /** The problems (the first `shown` of them, then how many more) and the tallies. */
  report(shown = 40): AttackReport {
    const more = this.problems.length - shown;
    const problems = more > 0 ? [...this.problems.slice(0, shown), `…and ${more} more`] : this.problems;
    return { problems, slow: this.slow, tallies: [...this.tallies.values()] };
  }
}
