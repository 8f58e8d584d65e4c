/** What `settleWithin` gives for work still running when its time is up. */
export const late = Symbol('late');

/**
 * What `work` settles to within `ms`, or `late`, its timer cleared either way. The work carries on: a caller that gives up on it
 * either does not need it (a second reading of a message, an index still loading) or leaves it to finish in the background.
 */
export async function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | typeof late> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<typeof late>((resolve) => {
    timer = setTimeout(() => resolve(late), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}
