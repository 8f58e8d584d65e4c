import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TopicClassifier, VocabularyIndex, type LabelledText } from '../../src/knowledge/topicClassifier.js';
import { temporaryDataDir } from '../support/tempDir.js';

/** A tiny training set written for this test: two topics, a few phrasings each. */
const examples: LabelledText[] = [
  { topic: 'missed-bin', text: 'my bin was not emptied' },
  { topic: 'missed-bin', text: 'the recycling was missed today' },
  { topic: 'missed-bin', text: 'bin men skipped our street' },
  { topic: 'parking', text: 'I got a parking ticket' },
  { topic: 'parking', text: 'how do I appeal a penalty charge' },
  { topic: 'parking', text: 'resident parking permit renewal' },
];

describe('the topic classifier', () => {
  it.each([
    ['a misspelling, through its character n-grams', 'parkng tikcet', 'parking'],
    ['text-speak the stemmer does not know', 'permitz', 'parking'],
    ['accents typed or left out alike', 'pérmít', 'parking'],
  ])('generalises to %s: %s → %s', async (_, text, topic) => {
    const classifier = await TopicClassifier.fit(examples);
    expect(classifier.classify(text)[0]!.topic).toBe(topic);
  });

  it('gives probabilities that sum to one, best first', async () => {
    const scores = (await TopicClassifier.fit(examples)).classify('bin not emptied');
    expect(scores.reduce((sum, score) => sum + score.probability, 0)).toBeCloseTo(1, 10);
    expect(scores[0]!.probability).toBeGreaterThan(scores[1]!.probability);
  });

  /** The model's two files in a fresh folder. */
  const filesIn = (directory = temporaryDataDir()) => ({ model: join(directory, 'classifier.json'), weights: join(directory, 'classifier.f32') });

  it('classifies the same after a round trip through its files', async () => {
    const classifier = await TopicClassifier.fit(examples);
    const files = filesIn();
    await classifier.write(files);
    const reread = await TopicClassifier.read(files);
    for (const text of ['parking fine appeal', 'bin missed', 'nothing known here']) {
      expect(reread.classify(text).map((score) => score.probability)).toEqual(classifier.classify(text).map((score) => score.probability));
    }
  });

  it('keeps its weights as raw float32s, not inside the JSON', async () => {
    const files = filesIn();
    await (await TopicClassifier.fit(examples)).write(files);
    const stored = JSON.parse(readFileSync(files.model, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['bias', 'features', 'idf', 'topics']);
    const features = (stored.features as string).split('\n').length;
    expect(readFileSync(files.weights).byteLength).toBe(features * (stored.topics as string[]).length * Float32Array.BYTES_PER_ELEMENT);
  });

  it('trains the same model from the same content', async () => {
    const [first, second] = await Promise.all([TopicClassifier.fit(examples), TopicClassifier.fit(examples)]);
    const [firstFiles, secondFiles] = [filesIn(), filesIn()];
    await Promise.all([first.write(firstFiles), second.write(secondFiles)]);
    expect(readFileSync(firstFiles.model, 'utf8')).toBe(readFileSync(secondFiles.model, 'utf8'));
    expect(readFileSync(firstFiles.weights).equals(readFileSync(secondFiles.weights))).toBe(true);
  });
});

describe("the classifier's vocabulary index", () => {
  it('finds every feature at its position, a feature listed twice at its last, and nothing else', () => {
    const features = Array.from({ length: 5_000 }, (_, index) => `w:${index.toString(36)}`);
    features.push('w:a');
    const index = new VocabularyIndex(features);
    for (let position = 0; position < 5_000; position += 1) {
      if (features[position] !== 'w:a') expect(index.get(features[position]!)).toBe(position);
    }
    expect(index.get('w:a')).toBe(5_000);
    for (const missing of ['', 'w:', 'w:zzzzz', 'c:abc', 'W:1']) expect(index.get(missing)).toBeUndefined();
  });

  it('holds an empty vocabulary', () => {
    expect(new VocabularyIndex([]).get('w:bin')).toBeUndefined();
  });
});
