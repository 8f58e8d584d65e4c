import { native, oneOf, phrase, type Rule } from './rules.js';
import type { HumanRequest } from './wantsHuman.js';

/**
 * "I want to speak to a person" and "call me" in the ten most common community languages (see
 * multilingualRules.ts). Latin-script words are written without accents, as the normaliser leaves them.
 */
const latinAskForPerson = oneOf(
  '(?:rozmawiac|porozmawiac|mowic|polaczyc mnie|polacz mnie) z (?:\\S+ )?(?:konsultantem|czlowiekiem|osoba|kims|doradca|pracownikiem|agentem)', 'prosze (?:o kontakt|zadzwonic|oddzwonic)', // Polish
  'vorbesc cu (?:o persoana|un operator|cineva|un consultant|un om|un angajat)', 'sunati ma', // Romanian
  'falar com (?:uma pessoa|alguem|um atendente|um humano|um assistente|um operador|um funcionario)', 'me ligue(?:m)?', 'liguem me', // Portuguese
  'hablar con (?:una persona|alguien|un agente|un humano|un asesor|un operador|un empleado)', 'llamenme', 'llamadme', // Spanish
  'parlare con (?:una persona|qualcuno|un operatore|un umano|un consulente|un impiegato)', 'richiamatemi', 'mi richiami', // Italian
  'kisi (?:insaan |insan |bande |banday )?(?:se|naal|nal) (?:baat|gal)', // romanised South Asian
);
const nativeAskForPerson = oneOf(
  '(?:أتحدث|اتحدث|التحدث|أتكلم|اتكلم|التكلم|أكلم|اكلم)\\s*(?:مع|إلى|الى)?\\s*(?:شخص|موظف|إنسان|انسان|أحد|احد)', 'اتصلوا\\s*بي', // Arabic
  'کسی\\s*(?:انسان|شخص|بندے|ملازم)?\\s*سے\\s*بات', // Urdu
  'ਕਿਸੇ\\s*(?:ਬੰਦੇ\\s*)?ਨਾਲ\\s*ਗੱਲ', // Gurmukhi Punjabi
  'কার(?:ো|ও|োর)\\s*সাথে\\s*কথা', // Bengali
  'કોઈ(?:ની)?\\s*સાથે\\s*વાત', // Gujarati
);

export const multilingualWantsHumanRules: readonly Rule<HumanRequest>[] = [
  { id: 'human.other-language', kind: 'wants-human', pattern: phrase(latinAskForPerson) },
  { id: 'human.native-script', kind: 'wants-human', pattern: native(nativeAskForPerson) },
];
