/** Socket failures on the way to the database server. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * PostgreSQL's answers that mean "not now" rather than "wrong": connection exceptions (class 08),
 * too many connections, a statement cancelled by its timeout, and the server shutting down or starting.
 */
const unavailableStates = /^(08...|53300|57014|57P0[1-3])$/;

/**
 * What the `pg` driver says, with no code, when a connection is lost, never made, or a reply never comes, or when one lost or
 * closed is used again (a transaction's rollback after its backend was terminated: operations trial 24, PG22-01).
 */
const driverMessages = /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)|^the database system is (?:shutting down|starting up|in recovery mode|not yet accepting connections)|^terminating connection due to administrator command/;

/**
 * True when an error means the database cannot be reached or is not answering in time: a
 * request should be told to come back later (503), an instance starting should wait and retry.
 * Looks through `cause`, as a migration's failure or a store's wrapping carries the driver's error there.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (networkCodes.has(code) || unavailableStates.test(code))) return true;
    if (driverMessages.test(current.message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}
