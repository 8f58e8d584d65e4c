import { it } from 'vitest';
import { openConversation } from './harness.js';
it('debug', async () => {
  const r = await openConversation();
  for (const m of ['Report a missed bin', 'Recycling', 'the day the bin lorry comes', 'I really do not know']) {
    const t = await r.say(m);
    console.log('>>', m, '\n', t.text, t.buttons, t.handoff?.reason);
  }
});
