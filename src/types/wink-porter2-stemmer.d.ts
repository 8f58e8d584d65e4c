// The package ships no type declarations.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
