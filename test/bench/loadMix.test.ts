import { describe, expect, it } from 'vitest';
import { formShare, referenceIssued, sessionLength, sessionPlanner, zipfSampler, type Turn } from '../../bench/loadMix.js';
import { seededRandom } from '../../src/seededRandom.js';
import { residentQuestions } from '../../bench/residentQuestions.js';

const sessions = (mix: Parameters<typeof sessionPlanner>[0], count: number): Turn[][] => {
  const planner = sessionPlanner(mix, 7, 'run');
  return Array.from({ length: count }, () => planner.next());
};
const conversationsOf = (turns: Turn[]): Turn[][] => {
  const byId = new Map<string, Turn[]>();
  for (const turn of turns) byId.set(turn.conversationId, [...(byId.get(turn.conversationId) ?? []), turn]);
  return [...byId.values()];
};

describe('the load mix', () => {
  it('has over 200 distinct questions, however they are capitalised or punctuated', () => {
    const distinct = new Set(residentQuestions.map((text) => text.toLowerCase().replace(/[^a-z0-9 ]/g, '')));
    expect(distinct.size).toBe(residentQuestions.length);
    expect(distinct.size).toBeGreaterThanOrEqual(200);
  });

  it.each([
    ['forms', 'form', [7], 1],
    ['questions', 'question', [1, 2, 3], 0],
  ] as const)('plans %s sessions as whole conversations of the expected lengths', (mix, kind, lengths, references) => {
    for (const session of sessions(mix, 50)) {
      expect(session).toHaveLength(sessionLength);
      expect(session.every((turn) => turn.kind === kind)).toBe(true);
      for (const conversation of conversationsOf(session)) expect(lengths).toContain(conversation.length);
      expect(session.filter((turn) => turn.expectsReference)).toHaveLength(references);
      if (references) expect(session.at(-1)!.expectsReference).toBe(true);
    }
  });

  it('never reuses a conversation across sessions', () => {
    const ids = sessions('mixed', 200).map((session) => new Set(session.map((turn) => turn.conversationId)));
    const all = ids.flatMap((set) => [...set]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('mixes forms in at about their share, and the same seed plans the same load', () => {
    const planned = sessions('mixed', 1000);
    const forms = planned.filter((session) => session[0]!.kind === 'form').length / planned.length;
    expect(forms).toBeGreaterThan(formShare - 0.05);
    expect(forms).toBeLessThan(formShare + 0.05);
    expect(sessions('mixed', 20)).toEqual(planned.slice(0, 20));
  });

  it('draws popular questions most: rank 1 about 1/H(n) of the time, each rank no more than the one before', () => {
    const count = 50;
    const draw = zipfSampler(count, 1, seededRandom(3));
    const frequency = new Array<number>(count).fill(0);
    for (let index = 0; index < 100_000; index += 1) frequency[draw()]! += 1;
    const harmonic = Array.from({ length: count }, (_, rank) => 1 / (rank + 1)).reduce((sum, value) => sum + value);
    expect(frequency[0]! / 100_000).toBeCloseTo(1 / harmonic, 2);
    expect(frequency.every((value) => value > 0)).toBe(true);
    expect(frequency[0]!).toBeGreaterThan(frequency[1]!);
    expect(frequency[1]!).toBeGreaterThan(frequency[9]!);
    expect(frequency[9]!).toBeGreaterThan(frequency[49]!);
  });

  it.each([
    ['Thank you. Your missed bin report is logged. Your reference is NBC-BIN-BZ9V-YVHS.', true],
    ['Please check these details:\n\n- Bin type: Recycling', false],
  ])('knows a reference was issued in %j: %s', (reply, issued) => {
    expect(referenceIssued.test(reply)).toBe(issued);
  });
});
