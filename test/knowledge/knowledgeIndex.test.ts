import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openKnowledgeIndex } from '../../src/knowledge/openKnowledgeIndex.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { HashingEmbedder } from '../support/fakeEmbedder.js';
import { temporaryDataDir } from '../support/tempDir.js';

const logger = createLogger('silent');

describe('the knowledge index on disk', () => {
  let knowledgeDir: string;
  let indexDir: string;
  beforeEach(() => {
    knowledgeDir = join(temporaryDataDir(), 'knowledge');
    // The outside authors' training files only make each build slower (the topic classifier is fitted on every message): these tests are about the index.
    cpSync('knowledge', knowledgeDir, { recursive: true, filter: (source) => !/[\\/]training[\\/]auth[^\\/]*\.jsonl$/.test(source) });
    indexDir = join(temporaryDataDir(), 'index');
  });
  const open = (embedder = new HashingEmbedder(), onProgress?: (fraction: number) => void) => {
    const councilProfilePath = join(knowledgeDir, 'council.yaml');
    return openKnowledgeIndex({ knowledgeDir, councilProfilePath, profile: loadCouncilProfile(councilProfilePath), indexDir, embedder, logger, ...(onProgress && { onProgress }) });
  };

  it('builds once with a manifest, then reuses the index without embedding again', async () => {
    const first = await open();
    expect(first.rebuiltBecause).toBe('no index yet');
    const manifest = JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ embedder: { id: 'hashing-test@1', dimensions: 64 }, articleCount: first.index.articles.size });
    expect(manifest.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const embedder = new HashingEmbedder();
    const second = await open(embedder);
    expect(second.rebuiltBecause).toBeUndefined();
    expect(embedder.calls).toBe(0);
    expect(second.index.chunks).toEqual(first.index.chunks);
    expect(second.index.vectors[3]![5]).toBeCloseTo(first.index.vectors[3]![5]!, 6);
  });

  it('rebuilds when an article changes', async () => {
    await open();
    const path = join(knowledgeDir, 'articles', 'missed-bin-report-a-missed-bin.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('## ', '## Updated: '));
    const reopened = await open();
    expect(reopened.rebuiltBecause).toBe('knowledge or council profile changed');
    const article = reopened.index.articles.get('missed-bin-report-a-missed-bin')!;
    expect(article.sections[0]!.heading).toMatch(/^Updated: /);
  });

  it('rebuilds when the council profile changes', async () => {
    await open();
    const path = join(knowledgeDir, 'council.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/phone: "?01632 960\d{3}"?/, 'phone: "01632 960555"'));
    expect((await open()).rebuiltBecause).toBe('knowledge or council profile changed');
  });

  it('rebuilds when a training message is added, and the classifier learns it', async () => {
    await open();
    const line = { text: 'zorbling quuxes on my landing', topic: 'street-care' };
    appendFileSync(join(knowledgeDir, 'training', 'team.jsonl'), `${JSON.stringify(line)}\n`);
    const reopened = await open();
    expect(reopened.rebuiltBecause).toBe('knowledge or council profile changed');
    expect(reopened.index.classifier.classify('zorbling quuxes')[0]!.topic).toBe('street-care');
  });

  it('names the file and line of a training message it cannot read', async () => {
    appendFileSync(join(knowledgeDir, 'training', 'team.jsonl'), `${JSON.stringify({ text: 'my bin', topic: 'bins' })}\n`);
    await expect(open()).rejects.toThrow(/team\.jsonl:\d+: topic/);
  });

  it('rebuilds when the embedding model changes', async () => {
    await open();
    expect((await open(new HashingEmbedder('hashing-test@2'))).rebuiltBecause).toBe('embedding model changed');
  });

  it('embeds again only the chunks whose text changed, with the same vectors as a full build', async () => {
    const first = await open();
    const path = join(knowledgeDir, 'articles', 'missed-bin-report-a-missed-bin.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('## ', '## Updated: '));
    const embedder = new HashingEmbedder();
    const rebuilt = await open(embedder);
    const changed = rebuilt.index.chunks.filter((chunk) => !first.index.chunks.some((before) => before.text === chunk.text));
    expect(changed.length).toBeGreaterThan(0);
    expect(embedder.texts).toBe(changed.length);
    expect(rebuilt.index.manifest.embeddedChunkCount).toBe(changed.length);

    indexDir = join(temporaryDataDir(), 'fresh-index');
    const full = await open();
    expect(full.index.manifest.embeddedChunkCount).toBe(full.index.chunks.length);
    // Kept vectors come back from the index file in single precision.
    const largestDifference = Math.max(...rebuilt.index.vectors.flatMap((vector, label) => vector.map((value, position) => Math.abs(value - full.index.vectors[label]![position]!))));
    expect(largestDifference).toBeLessThan(1e-6);
  });

  it('embeds everything again when the model changed, since old vectors mean nothing to the new one', async () => {
    await open();
    const embedder = new HashingEmbedder('hashing-test@2');
    const rebuilt = await open(embedder);
    expect(embedder.texts).toBe(rebuilt.index.chunks.length);
  });

  it('reports its progress while building, from nothing as it starts (the model may take seconds to load) to the whole', async () => {
    const heard: number[] = [];
    await open(new HashingEmbedder(), (fraction) => heard.push(fraction));
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBe(1);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
  });

  // A full DATA_DIR during the build left the instance never ready, apologising to every question (operations trial 25, OPS25-02).
  it('answers from the index it built when it cannot write it, and leaves no half-written copy behind', async () => {
    const notAFolder = join(temporaryDataDir(), 'a-file');
    writeFileSync(notAFolder, '');
    indexDir = join(notAFolder, 'index');
    const built = await open();
    expect(built.rebuiltBecause).toBe('no index yet');
    expect(built.index.chunks.length).toBeGreaterThan(0);
    expect(existsSync(`${indexDir}.building`)).toBe(false);
  });
});
