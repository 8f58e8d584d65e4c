import { native, oneOf, phrase, type Rule } from './rules.js';
import type { HumanRequest } from './wantsHuman.js';

/**
 * "I want to speak to a person", "can someone call me" and "is there an interpreter" in the ten community languages (see
 * multilingualRules.ts). Latin-script words are written without accents, as the normaliser leaves them.
 */
const latinAskForPerson = oneOf(
  // Polish
  '(?:rozmawiac|porozmawiac|mowic|polaczyc mnie|polacz mnie) z (?:\\S+ )?(?:konsultantem|czlowiekiem|osoba|kims|doradca|pracownikiem|agentem|kierownikiem|urzednikiem|tlumaczem)', 'prosze (?:o kontakt|zadzwonic|oddzwonic)',
  'prosze o telefon', 'kontakt telefoniczny', '(?:moze|mogl(?:by|aby)) (?:ktos (?:do mnie )?|do mnie )(?:za)?dzwonic', '(?:niech|zeby) (?:ktos (?:do mnie )?|do mnie )(?:za)?dzwoni\\S*', 'zadzwon\\S* do mnie', 'oddzwon\\S*', '(?:porozmawiac|rozmawiac) po polsku', 'spotkanie z (?:doradca|kims|pracownikiem|urzednikiem)',
  // Romanian
  'vorb(?:esc|easca|im|i) cu (?:o persoana|un operator|cineva|un consultant|un consilier|un om|un angajat|un sef|seful|managerul|un manager|ea|el|mine)', 'sunati ma', 'suna ma', 'sa (?:ma|o|il|ne) (?:sune|sunati|suna)', '(?:ma|o|il|ne) (?:poate|puteti|poti) suna', 'da mi pe cineva', 'cineva care vorbeste (?:romaneste|romana|in romana)',
  // Portuguese
  'falar com (?:uma pessoa|alguem|um atendente|um humano|um assistente|um operador|um funcionario|um responsavel|o responsavel|um gerente|um supervisor)', 'me ligue(?:m)?', 'liguem me', 'ligar me',
  'me (?:pode|podem|poderia|podiam) ligar', '(?:pode|podem|poderia|podiam) (?:me ligar|ligar me)', 'me lig(?:asse|assem)', 'alguem que fale portugues',
  // Spanish
  'hablar con (?:una persona|alguien|un agente|un humano|un asesor|un operador|un empleado|un responsable|el encargado|un encargado|un supervisor)', 'llamenme', 'llamadme', 'llamarme',
  'me (?:puede|pueden|podria|podrian|podeis) llamar', 'que (?:alguien )?me llam(?:e|en)', 'alguien que hable (?:espanol|castellano)', 'cita con (?:un asesor|alguien|una persona)',
  // Italian
  'parlare con (?:una persona|qualcuno|un operatore|un umano|un consulente|un impiegato)', 'richiamatemi', 'mi richiami',
  // Lithuanian
  '(?:pasi)?kalbeti su (?:\\S+ )?(?:darbuotoju|konsultantu|zmogumi|kuo nors|vadovu|specialistu|pareigunu)', 'sujungti (?:mane )?su', 'paskambin\\S* (?:man|mums)', '(?:man|mums) paskambin\\S*', 'perskambin\\S*', 'prasau paskambinti', 'kas nors,? kas kalba lietuvisk\\S*', 'vertej\\S*',
  // Somali
  // "ha i soo wacin" is "do not call me": only the forms that ask ("i soo wac", "ha i soo waco").
  '(?:i|ii) soo wac(?:a|o|aa)?', 'soo wici kar\\S*', '(?:ila|i) soo xiriir(?:a|o)?', '(?:rabaa|doonayaa|u baahanahay|jeclaan lahaa) (?:inaan |in aan )?(?:la hadlo|qof ila hadla)', 'ma jiraa qof (?:\\S+ ){0,3}(?:la|ila) hadli kar\\S*',
  'qof (?:\\S+ )?(?:soomaali|af soomaali) ku hadla', '(?:rabaa|u baahanahay) (?:\\S+ ){0,3}turjubaan\\S*',
  // romanised Urdu, Hindi and Punjabi
  // A wish or a request ("gal karni aa", "call karo"), not what someone does ("kise naal gal nahi karan dinde", "phone kar ke pareshaan").
  'kisi (?:insaan |insan |bande |banday |aadmi |admi )?(?:se|naal|nal) (?:baat|gal)', 'kise (?:\\S+ )?(?:naal|nal) (?:\\S+ ){0,3}gal karni (?:aa|ae|hai|e)', 'phone te gal (?:karni|karo|kar lo)',
  '(?:mujhe|mujhay|mujhko|mainu|menu|mennu|sanu|hamein|humein|unko|unhe|ohnu) (?:\\S+ )?(?:phone|fone|call) (?:kare|karo|karein|karen|kar do|kar de|kar dena|kar sakda|kar sakde|kar sakta|kar sakti|kar sakte)',
  'koi (?:\\S+ ){0,2}(?:phone|fone|call) (?:kare|karo|karein|karen|kar do|kar de|kar sakda|kar sakde|kar sakta|kar sakti|kar sakte)', 'phone kar (?:do|dena|dein|den)',
  // romanised Bengali
  '(?:amake|amay|amaake) (?:keu |ekjon )?(?:phone|fon|call|kol) (?:\\S+ )?(?:koren|korben|korun|koro|korbe|dite|den|diben|din|dao)', 'keu (?:ki )?(?:amake|amay) (?:phone|fon|call)', '(?:sathe|shathe) (?:kotha|katha) (?:bolte|bolbo|bolar)',
  // romanised Arabic
  '(?:7ad|had|hada|wa7ad) (?:\\S+ )?(?:yitasil|yittasil|yatasil|yetasal|yi7kini|yihkini|ykalimni|yikalimni)', '(?:a7ki|ahki|a7kee) ma3', 'kalimni|kallimni|kalmni',
);
const nativeAskForPerson = oneOf(
  // Arabic
  // Asked for ("أريد أن يتصل بي أحد"), not refused ("ما أبغى أحد يتصل فيني") or suffered ("ويتصل بي من أرقام مختلفة").
  '(?:أتحدث|اتحدث|التحدث|أتكلم|اتكلم|التكلم|أكلم|اكلم|احكي|أحكي)\\s*(?:مع|إلى|الى)?\\s*(?:شخص|موظف|إنسان|انسان|أحد|احد|حدا|مترجم)', 'اتصلوا\\s*بي',
  '(?<!(?:ما|لا|مش)\\s)(?:أريد|اريد|أبغى|ابغى|بدي|ممكن|أرجو|ارجو|الرجاء|يرجى)\\s*(?:\\S+\\s*){0,3}(?:يتصل\\s*(?:بي|فيني|علي)|يكلمني|يحكيني|يتواصل\\s*معي|مترجم)',
  // Urdu
  'کسی\\s*(?:انسان|شخص|بندے|ملازم|آدمی)?\\s*سے\\s*بات', '(?:مجھے|ہمیں|انہیں)\\s*(?:\\S+\\s*)?(?:فون|کال)\\s*(?:کریں|کرے|کیجیے|کیجئے|کرو)', 'کوئی\\s*(?:مجھے\\s*)?(?:فون|کال)\\s*(?:کرے|کریں|کر\\s*دے)', 'مشیر\\s*سے\\s*بات',
  // Gurmukhi Punjabi
  'ਕਿਸੇ\\s*(?:\\S+\\s*)?ਨਾਲ\\s*ਗੱਲ', '(?:ਮੈਨੂੰ|ਸਾਨੂੰ|ਉਹਨਾਂ\\s*ਨੂੰ)\\s*(?:\\S+\\s*)?(?:ਫ਼ੋਨ|ਫੋਨ|ਕਾਲ)\\s*ਕਰ', 'ਕੋਈ\\s*(?:\\S+\\s*){0,3}(?:ਫ਼ੋਨ|ਫੋਨ|ਕਾਲ)\\s*ਕਰ', 'ਗੱਲ\\s*ਕਰਵਾਓ',
  // Bengali
  'কার(?:ো|ও|োর)\\s*সাথে\\s*(?:ফোনে\\s*)?কথা', '(?:মানুষের|অফিসারের|উপদেষ্টার|কর্মীর)\\s*সাথে\\s*(?:ফোনে\\s*)?কথা', '(?:আমাকে|আমায়)\\s*(?:\\S+\\s*){0,2}(?:ফোন|কল)\\s*(?:করুন|করবেন|করেন|দিন|ব্যাক)', 'কেউ\\s*(?:\\S+\\s*){0,3}(?:ফোন|কল)\\s*(?:করুন|করবেন|দিন|ব্যাক)',
  // Gujarati
  'કોઈ(?:ની)?\\s*સાથે\\s*વાત',
);

export const multilingualWantsHumanRules: readonly Rule<HumanRequest>[] = [
  { id: 'human.other-language', kind: 'wants-human', pattern: phrase(latinAskForPerson) },
  { id: 'human.native-script', kind: 'wants-human', pattern: native(nativeAskForPerson) },
];
