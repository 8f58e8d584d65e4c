import { assessSafety } from '../src/triage/safety.js';
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
const timings: number[] = [];
for (let round = 0; round < 400; round += 1) {
  for (const text of samples) {
    const started = performance.now();
    assessSafety(text);
    timings.push(performance.now() - started);
  }
}

// The topic classifier runs on every message too; fitted here as the index build fits it.
const profile = loadCouncilProfile('knowledge/council.yaml');
const content = readKnowledgeContent({ knowledgeDir: 'knowledge', councilProfilePath: 'knowledge/council.yaml', profile });
const examples = trainingExamples(content);
const fitStarted = performance.now();
const classifier = await TopicClassifier.fit(examples);
const fitMilliseconds = performance.now() - fitStarted;
const classifierTimings: number[] = [];
for (let round = 0; round < 400; round += 1) {
  for (const text of samples) classifierTimings.push(timeIt(() => classifier.classify(text)).milliseconds);
}

const memory = process.memoryUsage();
console.log('Safety triage (deterministic detectors, every message)');
console.table({
  'p50, ms': { value: percentile(timings, 50).toFixed(3), target: '' },
  'p95, ms': { value: percentile(timings, 95).toFixed(3), target: '≤ 1' },
  'p99, ms': { value: percentile(timings, 99).toFixed(3), target: '' },
  'RSS, MB': { value: (memory.rss / 1_048_576).toFixed(0), target: '' },
});
console.log(`\nTopic classifier (TF-IDF logistic regression, every message; fitted on ${examples.length} texts in ${(fitMilliseconds / 1000).toFixed(1)} s)`);
console.table({
  'p50, ms': { value: percentile(classifierTimings, 50).toFixed(3), target: '' },
  'p95, ms': { value: percentile(classifierTimings, 95).toFixed(3), target: '< 1' },
  'p99, ms': { value: percentile(classifierTimings, 99).toFixed(3), target: '' },
});
console.log('Retrieval quality, latency, ingest time and hnswlib vs brute force: npm run bench:retrieval');
