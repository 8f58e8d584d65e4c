import { assessSafety, createSafetyAssessor } from '../src/triage/safety.js';
import { committedExampleBank } from '../src/triage/safety/byExample.js';
import { UseLiteEmbedder } from '../src/knowledge/useLiteEmbedder.js';
import { trainingExamples } from '../src/knowledge/knowledgeIndex.js';
import { readKnowledgeContent } from '../src/knowledge/openKnowledgeIndex.js';
import { TopicClassifier } from '../src/knowledge/topicClassifier.js';
import { loadCouncilProfile } from '../src/profile/councilProfile.js';
import { percentile, timeIt } from './stats.js';

/**
 * `npm run bench`: the speed targets, as tables. Safety triage and the topic classifier here; retrieval quality and
 * latency in `npm run bench:retrieval` (it needs the embedding model and takes about a minute).
 */
const samples = [
  'I can smell gas in the kitchen and the hob is off',
  'my bin was not collected on Tuesday, can you send someone back',
  'Hi there, I have been meaning to write for a while about the communal garden and the recycling bins, but the real reason is that my partner has been threatening me and I do not feel safe at home anymore',
  'what is the number to ring if there is a power cut',
  'the mould in the bedroom is getting worse and my son has asthma',
];
const recent = ['my nan is 91 and lives on her own', 'she has not been answering the door'];
/** Each configuration's per-message cost: the lexicons alone, then with every layer, then with the conversation's last messages too. */
const configurations: [string, (text: string) => unknown][] = [
  ['(a)+(b): lexicons and concept combinations', createSafetyAssessor(undefined)],
  ['(a)+(b)+(c): with the classifier', assessSafety],
  ['all layers, with 2 earlier messages as context', (text) => assessSafety(text, { recent })],
];
const table: Record<string, { 'p50, ms': string; 'p95, ms': string; 'p99, ms': string; target: string }> = {};
for (const [name, assess] of configurations) {
  const timings: number[] = [];
  // Warm-up: the first calls compile the regular expressions, once per process.
  for (let round = 0; round < 20; round += 1) for (const text of samples) assess(text);
  for (let round = 0; round < 400; round += 1) {
    for (const text of samples) {
      const started = performance.now();
      assess(text);
      timings.push(performance.now() - started);
    }
  }
  table[name] = { 'p50, ms': percentile(timings, 50).toFixed(3), 'p95, ms': percentile(timings, 95).toFixed(3), 'p99, ms': percentile(timings, 99).toFixed(3), target: 'p95 ≤ 5' };
}
console.log('Safety triage (every offline layer, every message)');
console.table(table);
console.log(`RSS: ${(process.memoryUsage().rss / 1_048_576).toFixed(0)} MB`);

// The reading by example is a second, asynchronous reading (like the LLM's): the encoder runs on the pool's threads, the search here.
const encoder = new UseLiteEmbedder();
await encoder.embed(['warming up']);
const bank = committedExampleBank();
const encoderTimings: number[] = [];
const searchTimings: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const text of samples) {
    const started = performance.now();
    const [vector] = await encoder.embed([text]);
    encoderTimings.push(performance.now() - started);
    for (let repeat = 0; repeat < 10; repeat += 1) searchTimings.push(timeIt(() => bank.read(vector!)).milliseconds);
  }
}
console.log('\nSafety reading by example (asynchronous, beside the offline layers; never waited on past its budget)');
console.table({
  'encoder, one message (a pool thread)': { 'p50, ms': percentile(encoderTimings, 50).toFixed(3), 'p95, ms': percentile(encoderTimings, 95).toFixed(3), target: 'budget 1000' },
  'nearest examples (the event loop)': { 'p50, ms': percentile(searchTimings, 50).toFixed(3), 'p95, ms': percentile(searchTimings, 95).toFixed(3), target: 'p95 ≤ 5' },
});

// The topic classifier runs on every message too; fitted here as the index build fits it.
const profile = loadCouncilProfile('knowledge/council.yaml');
const content = await readKnowledgeContent({ knowledgeDir: 'knowledge', councilProfilePath: 'knowledge/council.yaml', profile });
const examples = trainingExamples(content);
const fitStarted = performance.now();
const classifier = await TopicClassifier.fit(examples);
const fitMilliseconds = performance.now() - fitStarted;
const classifierTimings: number[] = [];
for (let round = 0; round < 400; round += 1) {
  for (const text of samples) classifierTimings.push(timeIt(() => classifier.classify(text)).milliseconds);
}

console.log(`\nTopic classifier (TF-IDF logistic regression, every message; fitted on ${examples.length} texts in ${(fitMilliseconds / 1000).toFixed(1)} s)`);
console.table({
  'p50, ms': { value: percentile(classifierTimings, 50).toFixed(3), target: '' },
  'p95, ms': { value: percentile(classifierTimings, 95).toFixed(3), target: '< 1' },
  'p99, ms': { value: percentile(classifierTimings, 99).toFixed(3), target: '' },
});
console.log('Retrieval quality, latency, ingest time and hnswlib vs brute force: npm run bench:retrieval');
