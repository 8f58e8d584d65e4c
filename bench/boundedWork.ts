import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { safetyCeiling } from '../src/triage/messageLimits.js';
import { residentAddress, residentAddressHeader } from './servers.js';
import { percentile } from './stats.js';

/**
 * `npm run bench:bounded`: how long the event loop is blocked while the real app (in this
 * process, over /api/messages) handles worst-case messages at the safety ceiling, beside a normal
 * short message measured in the same run. While the loop is blocked nothing else is served,
 * /healthz included, so the target is a maximum delay of 100 ms per request.
 * The first run builds a knowledge index in the temp folder (about half a minute); later runs reuse it.
 */
const rounds = Number(process.argv[2] ?? 3);
const targetMilliseconds = 100;
/** The delay monitor samples every this many ms; it records a block only when its timer fires after it. */
const resolution = 5;

/** A fixed pseudo-random sequence, so every run sends the same messages. */
let seed = 42;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = (options: readonly string[]) => () => options[Math.floor(random() * options.length)]!;
function fill(unit: () => string, length: number, separator = ' '): string {
  let text = '';
  while (text.length < length) text += (text ? separator : '') + unit();
  return text.slice(0, length);
}

const councilWords = 'the my bin was not collected council tax housing repair boiler heating mould damp garden waste recycling neighbour noise parking permit street light pothole benefit rent flat landlord kitchen window door leak water smell please help tuesday week again still'.split(' ');
const inputs: Record<string, () => string> = {
  'normal short message (baseline)': () => 'How do I pay my council tax?',
  'random words': () => fill(pick(councilWords), safetyCeiling),
  'one word, no spaces': () => fill(() => String.fromCharCode(97 + Math.floor(random() * 26)), safetyCeiling, ''),
  'one number, no spaces': () => fill(() => String(Math.floor(random() * 10)), safetyCeiling, ''),
  'repeated emoji': () => fill(() => '🔥', safetyCeiling, ''),
  'mixed scripts and accents': () => fill(pick(['zażółć', 'gęślą', 'jaźń', 'مرحبا', 'नमस्ते', 'ﬁre', 'e\u0301\u0301\u0301']), safetyCeiling),
  'near-miss trigger words': () => fill(pick(['gass', 'smel', 'leek', 'fier', 'flodding', 'boiller', 'hitt', 'kil', 'smoek', 'sparkes']), safetyCeiling),
  'trigger words, no punctuation': () => fill(pick(['gas', 'fire', 'smell', 'flood', 'hit', 'kill', 'smoke', 'sparks', 'if', 'used to']), safetyCeiling),
  'many negations': () => fill(pick(['no gas', 'not fire', 'no smell of gas', 'never flooding', 'not leaking', 'nothing burning']), safetyCeiling),
  // Outside attack 16, C1: every split of the message was tried as a command with a change of mind around it ("ok, no, …").
  'short words (ok, no, oh)': () => fill(pick(['ok,', 'no,', 'oh', 'no', 'ok']), safetyCeiling),
  'missed bin report (starts a form)': () => `my bin was not collected on tuesday ${fill(pick(councilWords), safetyCeiling - 40)}`,
  'random words, 5 × the ceiling': () => fill(pick(councilWords), 5 * safetyCeiling),
};

/**
 * Messages in a conversation that the opening message has taken somewhere: to a form's question,
 * where every answer is searched for other details (runs of digits and dots held the loop there,
 * outside attack 16b, N7), or past safety advice, where every message is searched for what it asks
 * (500 of "999" did, outside attack 17, N9).
 */
const inContext: Record<string, { opening: string; answer: () => string }> = {
  "'1. ' runs, answering which rooms have damp": { opening: 'I have damp and mould in my flat', answer: () => fill(() => '1.', 2_000) },
  "'1. ' runs, answering which bin was missed": { opening: 'my bin was not collected', answer: () => fill(() => '1.', 2_000) },
  "'0.' runs, answering how long a leak has lasted": { opening: 'my kitchen tap is leaking', answer: () => fill(() => '0.', 2_000, '') },
  "'999' runs, after advice for someone collapsed": { opening: 'my neighbour has collapsed on the floor', answer: () => fill(() => '999', 2_000) },
};

const dataDir = mkdtempSync(join(tmpdir(), 'bench-bounded-'));
// Each conversation from its own address, as residents are: one address's long messages soon meet the per-address limits.
const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, INDEX_DIR: join(tmpdir(), 'council-assistant-bench-index'), LOG_LEVEL: 'silent', TRUSTED_PROXY_HEADER: residentAddressHeader });
const app = await startApp(config, createLogger('silent'));
await app.ready;

let conversation = 0;
/** Sends `text` in a new conversation. */
async function send(text: string): Promise<void> {
  conversation += 1;
  await post(text);
}

/** Sends `text` in the current conversation. */
async function post(text: string): Promise<void> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [residentAddressHeader]: residentAddress(conversation) },
    body: JSON.stringify({
      type: 'message',
      deliveryMode: 'expectReplies',
      text,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: `bench-${conversation}` },
      from: { id: `resident-${conversation}`, role: 'user' },
      recipient: { id: 'council-assistant', role: 'bot' },
    }),
  });
  if (response.status !== 200) throw new Error(`bot answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

// Warm up the model, the regular expressions and the date parser so the table shows steady state.
await send(inputs['normal short message (baseline)']!());
await send(inputs['missed bin report (starts a form)']!());

const table: Record<string, Record<string, string>> = {};
const rows = [...Object.entries(inputs).map(([kind, make]) => [kind, { answer: make }] as const), ...Object.entries(inContext)];
for (const [kind, { answer, opening }] of rows as [string, { answer: () => string; opening?: string }][]) {
  const delays: number[] = [];
  const durations: number[] = [];
  let length = 0;
  for (let round = 0; round < rounds; round += 1) {
    const text = answer();
    length = text.length;
    conversation += 1;
    if (opening !== undefined) await post(opening);
    const histogram = monitorEventLoopDelay({ resolution });
    histogram.enable();
    // The monitor's first tick only starts its clock: a block before it would go unrecorded.
    await new Promise((resolve) => setTimeout(resolve, 4 * resolution));
    const started = performance.now();
    await post(text);
    durations.push(performance.now() - started);
    // Let the monitor's timer fire once more, so a block at the very end of the request is recorded.
    await new Promise((resolve) => setTimeout(resolve, 4 * resolution));
    histogram.disable();
    delays.push(histogram.max / 1e6);
  }
  const worst = Math.max(...delays);
  table[kind] = {
    length: length.toLocaleString('en-GB'),
    'max event-loop delay, ms': worst.toFixed(0),
    'p50 request, ms': percentile(durations, 50).toFixed(0),
    [`≤ ${targetMilliseconds} ms`]: worst <= targetMilliseconds ? 'yes' : 'NO',
  };
}
console.log(`Bounded work per message: ${rounds} round(s) each, through /api/messages in this process`);
console.table(table);
await app.close();
rmSync(dataDir, { recursive: true, force: true });
