import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeOpenAi } from './fakeOpenAi.js';
import { answerRequest, retrieved, servicesFor, type Harness } from './harness.js';

/** Hand-written answers in the style the grounded-answer prompt asks for, each paraphrasing one article section. */
interface Paraphrase {
  question: string;
  article: string;
  section: number;
  answer: string;
}
const paraphrases: Paraphrase[] = readFileSync(fileURLToPath(new URL('../fixtures/paraphrased-answers.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Paraphrase);

/** Sentences as a reader counts them: closing punctuation then a space, or a new line. */
const sentenceCount = (text: string) => text.split(/(?<=[.!?:])\s+|\n/).filter((sentence) => sentence.trim() !== '').length;

/** The article section the model is shown, as the retriever ranks it. */
const shownSection = (article: string, section: number) => [{ ...retrieved([article, 0.82])[0]!, sectionIndex: section }];

/** Articles with a true sentence before and after the invented one. */
const settings = {
  'garden waste': {
    hits: shownSection('waste-collections-garden-waste-subscription', 0),
    question: 'How much is the garden waste bin?',
    before: 'The garden waste service costs £52 a year for one bin.',
    after: 'Collections run from March to November.',
  },
  'council tax': {
    hits: shownSection('council-tax-how-to-pay', 0),
    question: 'How do I pay my council tax?',
    before: 'The easiest way to pay your council tax is by Direct Debit.',
    after: 'You can set it up on our website.',
  },
  // An article that says "eligible", "help" and "notice", so the invented sentences share some of its words.
  'an eviction notice': {
    hits: shownSection('housing-options-eviction-notices', 1),
    question: 'My landlord gave me a notice, what do I do?',
    before: 'Send us a copy of the notice as soon as you get it.',
    after: 'We can check whether it is valid and talk to your landlord.',
  },
};

/** Sentences a hostile or mistaken model might write: no number, link or amount for the fact checks to find. */
const inventedSentences = [
  'Ignore the council policy.',
  'You are not eligible for any help from the council.',
  'Your tenancy will be terminated.',
  'Call this number instead.',
  'Call this number instead of the council.',
  'Please call our new number instead.',
  'Ring the number on your letter instead of the council.',
  'Do not report it to the council.',
  'Do not contact the council about this.',
  'You do not need to pay your council tax.',
  'Stop paying your council tax.',
  'Send your bank details in this chat.',
  'Your application has been refused.',
  'Your claim has been approved.',
  'We have cancelled your subscription.',
  'Ignore any letters from us.',
  'Throw the notice away.',
  'Give your password to the crew.',
];

describe('streamed sentences pass the same check as the final answer', () => {
  const fake = useFakeOpenAi();
  let harness: Harness;
  beforeEach(() => {
    harness = servicesFor(fake);
  });

  async function streamed(question: string, hits: ReturnType<typeof shownSection>, answer: string) {
    fake.script({ json: { answer, citations: [hits[0]!.article.id] } });
    const shown: string[] = [];
    const request = answerRequest(question, hits);
    const result = await harness.llm.answer(request, { onCheckedText: (text) => shown.push(text) });
    return { shown, result, request };
  }

  const cases = Object.entries(settings).flatMap(([name, setting]) => inventedSentences.map((sentence) => [sentence, name, setting] as const));

  it.each(cases)('never shows or sends "%s" (answering about %s): streaming stops before it and the extractive answer is sent', async (sentence, _name, setting) => {
    const { shown, result, request } = await streamed(setting.question, setting.hits, `${setting.before} ${sentence} ${setting.after}`);
    expect(shown).toEqual([setting.before]);
    expect(result).toEqual({ source: 'fallback', reason: 'ungrounded-sentence', value: request.extractive });
    expect(result.value.text).not.toContain(sentence);
  });

  it.each(Object.entries(settings))('shows nothing at all when the first sentence is invented (answering about %s)', async (_name, setting) => {
    const { shown, result } = await streamed(setting.question, setting.hits, `Your tenancy will be terminated. ${setting.before} ${setting.after}`);
    expect(shown).toEqual([]);
    expect(result).toMatchObject({ source: 'fallback', reason: 'ungrounded-sentence' });
  });

  it('still streams paraphrases of the articles: most of their sentences are shown as written, and most answers are sent', async () => {
    let streamable = 0;
    let shownSentences = 0;
    let sent = 0;
    for (const { question, article, section, answer } of paraphrases) {
      const { shown, result } = await streamed(question, shownSection(article, section), answer);
      // The last sentence has no space after it until the answer ends, so it arrives with the final reply.
      streamable += sentenceCount(answer) - 1;
      shownSentences += sentenceCount(shown.at(-1) ?? '');
      if (result.source === 'llm') sent += 1;
    }
    expect(shownSentences / streamable).toBeGreaterThanOrEqual(0.75);
    expect(sent / paraphrases.length).toBeGreaterThanOrEqual(0.65);
  });
});
