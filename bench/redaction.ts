import { redactPersonalData } from '../src/privacy/redact.js';
import { adversarialMessages } from '../test/support/adversarialMessages.js';

/**
 * `npm run bench:redact`: the redactor on messages built to make it backtrack, at two lengths.
 * Linear time shows as the 40,000-character time staying near four times the 10,000 one; a
 * quadratic pattern shows as sixteen times.
 */
const rows: Record<string, { '10k chars, ms': string; '40k chars, ms': string; ratio: string }> = {};
const time = (text: string): number => {
  const started = performance.now();
  redactPersonalData(text);
  return performance.now() - started;
};
const long = new Map(adversarialMessages(40_000));
for (const [name, text] of adversarialMessages(10_000)) {
  const short = time(text);
  const longer = time(long.get(name)!);
  rows[name] = { '10k chars, ms': short.toFixed(1), '40k chars, ms': longer.toFixed(1), ratio: (longer / short).toFixed(1) };
}
console.log('Redaction on adversarial messages (target: ratio near 4, i.e. linear)');
console.table(rows);
