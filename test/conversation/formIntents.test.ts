import { describe, expect, it } from 'vitest';
import { actionForChoice } from '../../src/conversation/formIntents.js';

describe('actionForChoice: the action a message names', () => {
  it.each([
    ['Report a repair', 'report-repair'],
    ['I want to report a repair', 'report-repair'],
    ["I'd like to report damp or mould.", 'report-damp-mould'],
    ['can I request a call back please', 'request-callback'],
    ['Please request a call back', 'request-callback'],
    ['could I check a case', 'check-case'],
  ])('%j → %s, whatever a topic classifier makes of the words', (text, action) => {
    expect(actionForChoice(text, [])).toBe(action);
  });

  it('near miss: a sentence about a repair is not the menu action', () => {
    expect(actionForChoice('I want to report a repair that was done badly last week', [])).toBeUndefined();
  });
});
