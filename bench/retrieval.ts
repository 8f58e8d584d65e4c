import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { loadCouncilProfile } from '../src/profile/councilProfile.js';
import { HybridRetriever, type RetrievalMode } from '../src/knowledge/hybridRetriever.js';
import { openKnowledgeIndex } from '../src/knowledge/openKnowledgeIndex.js';
import { UseLiteEmbedder } from '../src/knowledge/useLiteEmbedder.js';
import { VectorIndex, bruteForceQuery } from '../src/knowledge/vectorIndex.js';
import { normalise } from '../src/knowledge/embedder.js';
import { percentile, timeIt } from './stats.js';

/**
 * `npm run bench:retrieval`: retrieval quality on the dev set for each retriever, query latency,
 * cold ingest time, confidence reliability, and hnswlib against a brute-force scan.
 */
const devSetPath = resolve(process.argv[2] ?? '../shared/eval/triage-dev.jsonl');
const config = loadConfig();
const profile = loadCouncilProfile(config.councilProfilePath);
const logger = createLogger('warn', process.stderr);
const indexDir = mkdtempSync(join(tmpdir(), 'bench-index-'));

const embedder = new UseLiteEmbedder();
const ingestStarted = performance.now();
const { index } = await openKnowledgeIndex({ ...config, indexDir, profile, embedder, logger });
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
const retriever = new HybridRetriever(index, embedder);

interface DevRow {
  text: string;
  topic: string;
  safeguarding: string | null;
}
// Article topics exist for content topics only; safeguarding messages are judged on their flag.
const rows = readFileSync(devSetPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as DevRow)
  .filter((row) => row.safeguarding === null && row.topic !== 'smalltalk' && row.topic !== 'contact-human');

const quality: Record<string, Record<string, string>> = {};
const latencies: number[] = [];
const reliability = new Map<string, { right: number; total: number }>();
for (const mode of ['dense', 'lexical', 'hybrid'] as RetrievalMode[]) {
  let top1 = 0;
  let top3 = 0;
  let reciprocalRanks = 0;
  for (const row of rows) {
    const started = performance.now();
    const { articles } = await retriever.retrieve(row.text, 10, mode);
    if (mode === 'hybrid') latencies.push(performance.now() - started);
    const rank = articles.findIndex((hit) => hit.article.topic === row.topic);
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
    if (mode === 'hybrid' && articles[0]) {
      const bucket = articles[0].score < 0.5 ? '< 0.50' : articles[0].score < 0.75 ? '0.50–0.75' : '≥ 0.75';
      const entry = reliability.get(bucket) ?? { right: 0, total: 0 };
      entry.total += 1;
      if (rank === 0) entry.right += 1;
      reliability.set(bucket, entry);
    }
  }
  quality[mode] = {
    'top-1 topic': (top1 / rows.length).toFixed(3),
    'top-3 topic': (top3 / rows.length).toFixed(3),
    MRR: (reciprocalRanks / rows.length).toFixed(3),
  };
}

console.log(`Retrieval on ${rows.length} dev-set messages (${index.manifest.articleCount} articles, ${index.manifest.chunkCount} chunks)`);
console.table(quality);
console.log('Confidence reliability (hybrid, top article):');
console.table(Object.fromEntries([...reliability].map(([bucket, { right, total }]) => [bucket, { messages: total, 'top-1 right': (right / total).toFixed(2) }])));
console.table({
  'cold ingest (model load + embed + index), s': { value: ingestSeconds.toFixed(1), floor: '≤ 30' },
  'hybrid query p50, ms': { value: percentile(latencies, 50).toFixed(1), floor: '' },
  'hybrid query p95, ms': { value: percentile(latencies, 95).toFixed(1), floor: '≤ 25' },
});

// hnswlib against an exact scan at larger scales: synthetic chunks are the real chunk vectors
// with noise added, so they cluster the way council content does.
const dimensions = embedder.dimensions;
const scale: Record<string, Record<string, string>> = {};
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31 - 0.5;
};
const nearby = (vector: number[]) => normalise(vector.map((value) => value + 0.08 * random()));
for (const size of [5_000, 50_000]) {
  const vectors = Array.from({ length: size }, (_, position) => nearby(index.vectors[position % index.vectors.length]!));
  const buildStarted = performance.now();
  const build = { result: await VectorIndex.build(vectors, dimensions), milliseconds: performance.now() - buildStarted };
  const queries = Array.from({ length: 50 }, (_, position) => nearby(index.vectors[(position * 7) % index.vectors.length]!));
  const hnswTimes: number[] = [];
  const scanTimes: number[] = [];
  let agreed = 0;
  for (const query of queries) {
    const hnsw = timeIt(() => build.result.query(query, 10));
    const scan = timeIt(() => bruteForceQuery(vectors, query, 10));
    hnswTimes.push(hnsw.milliseconds);
    scanTimes.push(scan.milliseconds);
    const exact = new Set(scan.result.map((hit) => hit.label));
    agreed += hnsw.result.filter((hit) => exact.has(hit.label)).length / 10;
  }
  scale[`${size.toLocaleString('en-GB')} chunks`] = {
    'hnsw build, s': (build.milliseconds / 1000).toFixed(1),
    'hnsw query p50, ms': percentile(hnswTimes, 50).toFixed(2),
    'scan query p50, ms': percentile(scanTimes, 50).toFixed(2),
    'hnsw recall@10': (agreed / queries.length).toFixed(3),
  };
}
console.log(`Vector search at scale (synthetic ${dimensions}-d chunks near the real ones):`);
console.table(scale);
rmSync(indexDir, { recursive: true, force: true });
