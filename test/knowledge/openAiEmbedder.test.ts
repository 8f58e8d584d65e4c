import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { chooseEmbedder } from '../../src/knowledge/chooseEmbedder.js';
import { openKnowledgeIndex } from '../../src/knowledge/openKnowledgeIndex.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { temporaryDataDir } from '../support/tempDir.js';

/** A local OpenAI-compatible embeddings endpoint: 8-d vectors from letter counts, base64 float32 as the SDK asks. */
function startFakeEmbeddingsServer(): Promise<{ server: Server; url: string; requests: { model: string; inputs: number }[] }> {
  const requests: { model: string; inputs: number }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { input, model } = JSON.parse(body) as { input: string[] | string; model: string };
      const inputs = Array.isArray(input) ? input : [input];
      requests.push({ model, inputs: inputs.length });
      const data = inputs.map((text, index) => {
        const vector = new Float32Array(8);
        for (const letter of text.toLowerCase()) vector[letter.charCodeAt(0) % 8]! += 1;
        return { object: 'embedding', index, embedding: Buffer.from(vector.buffer).toString('base64') };
      });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ object: 'list', data, model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests })),
  );
}

describe('OpenAI-compatible embeddings, chosen by configuration', () => {
  let fake: Awaited<ReturnType<typeof startFakeEmbeddingsServer>>;
  beforeAll(async () => {
    fake = await startFakeEmbeddingsServer();
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it('fails fast without an API key', () => {
    expect(() => loadConfig({ EMBEDDINGS: 'openai' })).toThrow(/OPENAI_API_KEY.*required when EMBEDDINGS=openai/);
  });

  it('embeds through the configured server and records the model in the index manifest', async () => {
    const config = loadConfig({ EMBEDDINGS: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, OPENAI_EMBEDDING_MODEL: 'test-embed' });
    const embedder = await chooseEmbedder(config, 'questions');
    expect(embedder.id).toBe('openai:test-embed');
    expect(embedder.dimensions).toBe(8);
    const [vector] = await embedder.embed(['aaaa']);
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 5);

    const profile = loadCouncilProfile('knowledge/council.yaml');
    const indexDir = join(temporaryDataDir(), 'index');
    const { index } = await openKnowledgeIndex({ ...config, indexDir, profile, embedder, logger: createLogger('silent') });
    expect(index.manifest.embedder).toEqual({ id: 'openai:test-embed', dimensions: 8 });
    expect(fake.requests.every((request) => request.model === 'test-embed')).toBe(true);
    expect(fake.requests.reduce((sum, request) => sum + request.inputs, 0)).toBeGreaterThanOrEqual(index.manifest.chunkCount);
    // A whole index is built: every chunk embedded over HTTP and the topic classifier trained on every
    // training file, which on a busy two-core CI machine took over the default 30 s (session 14's CI).
  }, 120_000);
});
