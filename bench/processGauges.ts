import { readFileSync, writeFileSync } from 'node:fs';

/**
 * What `npm run bench:load` reads about a server from outside it, so the project and the echo bot
 * are measured the same way whatever they do inside: CPU and peak memory from /proc (all threads,
 * worker threads included), the longest event-loop delay from prom-client's process metrics.
 */

/** Clock ticks per second in /proc/PID/stat (USER_HZ): 100 on every Linux Node runs on. */
const ticksPerSecond = 100;

/** User plus system CPU in milliseconds from a /proc/PID/stat line; the name in brackets may hold spaces and brackets. */
export function cpuMillisecondsFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`not a /proc/PID/stat line: ${stat.slice(0, 80)}`);
  return (ticks * 1000) / ticksPerSecond;
}

/** A line such as "VmHWM:   123456 kB" from /proc/PID/status, in megabytes. */
export function megabytesFromStatus(status: string, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match) throw new Error(`${field} is not in /proc/PID/status`);
  return Number(match[1]) / 1024;
}

/** One unlabelled gauge from Prometheus text exposition; undefined when absent. */
export function gaugeValue(exposition: string, name: string): number | undefined {
  const match = new RegExp(`^${name}(?:\\{\\})? (\\S+)$`, 'm').exec(exposition);
  return match ? Number(match[1]) : undefined;
}

export const cpuMilliseconds = (pid: number): number => cpuMillisecondsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));

export const peakRssMegabytes = (pid: number): number => megabytesFromStatus(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');

/**
 * Starts a new peak-RSS window ("5" to clear_refs resets VmHWM to the current RSS), so each run
 * reports its own peak; false where the kernel or the container does not allow it.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
