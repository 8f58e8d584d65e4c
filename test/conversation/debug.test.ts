import { it } from 'vitest';
import { openConversation } from './harness.js';
const scripts = [
  ['hi my kitchen tap has been leaking for 3 days now and theres water all under the sink, i rent from the council'],
  ['theres black mould all over the wall in my babys bedroom and shes got a cough… been like this for months, we rent from the council'],
  ['can you book me a GP appointment'],
  ['my bins have been missed 3 weeks in a row and nobody ever calls back, this is a joke'],
  ['I want to talk to someone', 'yes please'],
  ['when is my garden waste collected', 'and do they still come over the winter?'],
  ['Report a repair', 'kitchen', 'no'],
  ['my black bin was not collected yesterday on Larch Close', 'how long will it take?'],
];
it('debug', async () => {
  for (const script of scripts) {
    const r = await openConversation();
    for (const m of script) {
      const t = await r.say(m);
      console.log('>>', m, '\n', t.text, t.buttons, t.handoff?.reason ?? '');
    }
  }
});
