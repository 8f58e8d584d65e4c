/**
 * What the main thread needs to know of the bundled sentence encoder, without loading it (the
 * encoder itself runs on worker threads, and importing it would bring TensorFlow.js in here).
 */
export const useLiteModel = { id: 'use-lite@energetic-ai-0.2.0', dimensions: 512 } as const;

/**
 * Characters of each text the encoder sees. Its tokenizer copies the rest of the text at every
 * character (quadratic: 50,000 characters held the event loop for three minutes), and a sentence
 * encoder's vector says little more after a few sentences. Every index chunk is shorter than this
 * (the longest is under 400), so the index is unchanged and keeps its embedder id.
 */
export const encoderInputLimit = 500;
