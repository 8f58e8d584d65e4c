import { assessSafety } from '../src/triage/safety.js';
import { percentile } from './stats.js';

/**
 * `npm run bench`: the speed targets, as tables. Safety triage here; retrieval quality and
 * latency in `npm run bench:retrieval` (it needs the embedding model and takes about a minute).
 */
const samples = [
  'I can smell gas in the kitchen and the hob is off',
  'my bin was not collected on Tuesday, can you send someone back',
  'Hi there, I have been meaning to write for a while about the communal garden and the recycling bins, but the real reason is that my partner has been threatening me and I do not feel safe at home anymore',
  'what is the number to ring if there is a power cut',
  'the mould in the bedroom is getting worse and my son has asthma',
];
const timings: number[] = [];
for (let round = 0; round < 400; round += 1) {
  for (const text of samples) {
    const started = performance.now();
    assessSafety(text);
    timings.push(performance.now() - started);
  }
}
const memory = process.memoryUsage();
console.log('Safety triage (deterministic detectors, every message)');
console.table({
  'p50, ms': { value: percentile(timings, 50).toFixed(3), target: '' },
  'p95, ms': { value: percentile(timings, 95).toFixed(3), target: '≤ 1' },
  'p99, ms': { value: percentile(timings, 99).toFixed(3), target: '' },
  'RSS, MB': { value: (memory.rss / 1_048_576).toFixed(0), target: '' },
});
console.log('Retrieval quality, latency, ingest time and hnswlib vs brute force: npm run bench:retrieval');
