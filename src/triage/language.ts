import { franc } from 'franc';
import { words } from '../knowledge/textTokens.js';

/** English words so common that two of them mean the message is (mostly) English, whatever n-grams say. */
const englishFunctionWords = new Set(
  'the and is my to of in it not was i you a have has on for with can do be this that at are how what does did much when where why who will would should me we our your please thanks thank they he she his her been if or but get got no so as an am'.split(' '),
);

/**
 * Letters that, among the community languages, only one writes: a short reply ("tak poproszę")
 * gives franc's trigrams too little to go on (it said Spanish), but "ę" says Polish.
 */
const ownLetters: Readonly<Record<string, RegExp>> = {
  pol: /[ąęłśżźćń]/i,
  ron: /[ăâîșțşţ]/i,
  lit: /[ėįųūčšž]/i,
  spa: /[ñ¿¡]/i,
  por: /[ãõç]/i,
};

/**
 * Function words of the languages written in plain Latin letters (Urdu and Punjabi as residents
 * type them in English letters). Trigrams alone called English sentences Romanian or Portuguese
 * ("carbon monoxide alarm" has Romance-looking trigrams), so plain-letter text is another
 * language only when it carries that language's own little words. Words English also uses are left out.
 */
const markerWords: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    pol: 'nie jest się czy jak mój moja mam tak proszę dzień dobry dziękuję że ze jestem mnie',
    ron: 'și si este nu în la cu pe care mea meu vă va rog bună buna ziua sunt mulțumesc multumesc',
    spa: 'el la los las de que y en es mi por favor hola buenos días dias una con para está esta gracias mis muy hace tengo tiene estoy pero también porque aquí todas todos noches mucho',
    por: 'os de que e não nao é meu minha por favor olá ola bom dia uma com para está obrigado obrigada o muito faz tenho tem estou mas também porque aqui todas todos noites',
    lit: 'ir yra ne mano aš as labas prašau prasau ačiū aciu kad su į',
    som: 'waa iyo ma aan ku ka waxaan haa maya fadlan mahadsanid waxa aad',
    urd: 'mujhe mujhse mein main hai hain nahi nahin kya aap mera meri mere ke ki ko se sakta sakti chahiye karni karna baat hum yeh woh raha rahi kuch',
    pan: 'mainu menu tuhanu tusi sanu nahin haal karo hega kiddan tuhada mera ji',
  }).map(([language, list]) => [language, new Set(list.split(' ').filter((word) => !englishFunctionWords.has(word)))]),
);

/** Languages often written in UK cities that a profile may have no interpreter line for: French, Italian, German, Turkish, Tigrinya, Farsi, Kurdish (Sorani), Chinese. */
const unlistedLanguages = ['fra', 'ita', 'deu', 'tur', 'tir', 'pes', 'ckb', 'cmn'];

/** Romanised Urdu and Punjabi share many words; these say Punjabi rather than Urdu. */
const punjabiOnly = new Set('mainu menu tuhanu tusi sanu haal karo hega kiddan tuhada'.split(' '));

/**
 * The language of a resident's message, offline (franc's trigram model), limited to English and
 * the languages the council profile has an interpreter line for. `eng` when unsure: short
 * messages are too short to tell, unless a letter only one of the languages writes says which,
 * and text in plain letters needs the other language's own words (a greeting alone is not enough).
 */
export function detectLanguage(text: string, candidates: string[]): string {
  if (candidates.length === 0) return 'eng';
  const tokens = words(text);
  const english = tokens.filter((token) => englishFunctionWords.has(token)).length;
  const markers = (language: string): number => tokens.filter((token) => markerWords[language]?.has(token)).length;
  const romanised = romanisedSouthAsian(tokens, candidates, markers);
  if (romanised && markers(romanised) > english) return romanised;
  if (english >= 2) return mostlyOtherWith(text, tokens, candidates, english) ?? 'eng';
  const byLetter = candidates.filter((language) => ownLetters[language]?.test(text));
  if (byLetter.length === 1) return byLetter[0]!;
  // Languages residents write that the profile has no line for are candidates too, so French is not taken for the nearest
  // one that has (outside attack 19, A19-9: "je sens le gaz" got a Somali line); then English, the one shared language.
  const detected = franc(text, { minLength: 12, only: ['eng', ...candidates, ...unlistedLanguages] });
  if (detected === 'und' || !candidates.includes(detected)) return 'eng';
  // Plain letters read as a Latin-script language: believe it only with that language's own words.
  if (markerWords[detected] && !/[^\x00-\x7f]/.test(text) && markers(detected) <= english) return 'eng';
  return detected;
}

/** Words of another script (Arabic, Urdu, Bengali, Gurmukhi): two or more say the message is in that language too. */
const otherScriptWord = /[\p{Script=Arabic}\p{Script=Bengali}\p{Script=Gurmukhi}]/u;

/**
 * Another language with a little English in it ("mój sąsiad leży na podłodze, chyba nie oddycha.
 * Please, he not breathing"): English's little words said English, and a caller scared to ring 999
 * in English heard nothing in Polish (caller trial 18, H18-10). The other language, when it has at
 * least as many words of its own (its little words, or words with letters only it writes) as
 * English has, or two words in its own script.
 */
function mostlyOtherWith(text: string, tokens: string[], candidates: string[], english: number): string | undefined {
  const scriptWords = tokens.filter((token) => otherScriptWord.test(token));
  if (scriptWords.length >= 2) {
    const detected = franc(scriptWords.join(' '), { minLength: 6, only: candidates });
    if (detected !== 'und') return detected;
  }
  let best: string | undefined;
  let most = Math.max(english, 2) - 1;
  for (const language of candidates) {
    const letters = ownLetters[language];
    const own = tokens.filter((token) => markerWords[language]?.has(token) || letters?.test(token)).length;
    if (own > most) [best, most] = [language, own];
  }
  return best;
}

/** Urdu or Punjabi typed in English letters: two of their function words, Punjabi when one is Punjabi's own. */
function romanisedSouthAsian(tokens: string[], candidates: string[], markers: (language: string) => number): string | undefined {
  const urdu = candidates.includes('urd') ? markers('urd') : 0;
  const punjabi = candidates.includes('pan') ? markers('pan') : 0;
  if (Math.max(urdu, punjabi) < 2) return undefined;
  if (candidates.includes('pan') && tokens.some((token) => punjabiOnly.has(token))) return 'pan';
  return urdu >= 2 ? 'urd' : 'pan';
}

/** Language names as residents write them, in English or in the language itself. */
const languageNames: Readonly<Record<string, string>> = {
  polish: 'pol', polski: 'pol', romanian: 'ron', romana: 'ron', română: 'ron', spanish: 'spa', español: 'spa', espanol: 'spa',
  portuguese: 'por', português: 'por', portugues: 'por', lithuanian: 'lit', lietuvių: 'lit', lietuviu: 'lit', urdu: 'urd', اردو: 'urd',
  bengali: 'ben', bangla: 'ben', বাংলা: 'ben', arabic: 'arb', عربي: 'arb', العربية: 'arb', punjabi: 'pan', panjabi: 'pan', ਪੰਜਾਬੀ: 'pan',
  somali: 'som', soomaali: 'som',
};

/**
 * A resident asking for another language: "Urdu please", "do you speak Polish", "can I have an
 * interpreter", "my English is not very good". The language they named (when the council has a
 * line for it), `ask` when they asked for an interpreter without naming one, otherwise undefined.
 * Asking is not a sample of the language, so detection alone would miss it.
 */
export function requestedLanguage(text: string, candidates: string[]): string | 'ask' | undefined {
  const tokens = words(text.normalize('NFC'));
  // Scripts with combining marks split into several "words", so those names are found in the text itself.
  const named = Object.entries(languageNames).find(([name, code]) => candidates.includes(code) && (tokens.includes(name) || (/[^\x00-\x7f]/.test(name) && text.includes(name))));
  if (named) return named[1];
  return /\b(interpreter|translator|translate|my english is (not|n't)|english (is )?not (very )?good|little english|no english|don'?t speak english)\b/i.test(text) ? 'ask' : undefined;
}

/** English names where the common UK one differs from the standard's ("Bangla"). */
const ukNames: Readonly<Record<string, string>> = { ben: 'Bengali' };
const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The line an advisor and a call back's case carry when the resident wrote in (or asked for)
 * another language: which interpreter to book before calling.
 */
export function interpreterNote(language: string): { label: string; value: string } {
  return { label: 'Language', value: `${ukNames[language] ?? englishNames.of(language) ?? language}: book an interpreter` };
}
