import type { IsoDate } from './calendarDate.js';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Whether `date` falls in a season as the council profile states it ("March to November", a
 * season across the new year too). Undefined when the words are not a month range: then nobody
 * is told a collection was out of season on a guess.
 */
export function inSeason(season: string, date: IsoDate): boolean | undefined {
  const range = /^\s*([a-z]+)\s+to\s+([a-z]+)\s*$/i.exec(season);
  const first = months.indexOf(range?.[1]?.toLowerCase() ?? '');
  const last = months.indexOf(range?.[2]?.toLowerCase() ?? '');
  if (first < 0 || last < 0) return undefined;
  const month = Number(date.slice(5, 7)) - 1;
  return first <= last ? month >= first && month <= last : month >= first || month <= last;
}
