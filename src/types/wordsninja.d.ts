// The package ships no type declarations.
declare module 'wordsninja' {
  /** Splits text written without spaces into English words, by word frequency (Zipf costs), as the Python wordninja does. */
  export default class WordsNinja {
    /** Reads the bundled frequency list; synchronous under its promise. */
    loadDictionary(): Promise<Record<string, number>>;
    /** Adds words at the cost of the commonest word, for every instance (the dictionary is module-wide). */
    addWords(words: string | readonly string[]): void;
    splitSentence(text: string, options?: { camelCaseSplitter?: boolean; capitalizeFirstLetter?: boolean; joinWords?: false }): string[];
  }
}
