import type { EmergencyKind } from './emergencyRules.js';
import { native, near, oneOf, phrase, present, type Rule } from './rules.js';

/**
 * Gas, fire, flooding and homelessness in the ten most common community languages in England:
 * Polish, Romanian, Punjabi, Urdu, Portuguese, Spanish, Arabic, Bengali, Gujarati and Italian.
 * Latin-script words are written without accents because the normaliser strips them
 * ("pożar" → "pozar"), so residents who type without accents match too. Native scripts are
 * matched as substrings with their own word edges, since many of these languages attach
 * particles to the word ("الحريق", "আগুনে").
 */

const latinGas = oneOf('gaz', 'gazu', 'gaze', 'gazului', 'gas', 'gasu');
const latinSmellOrLeak = oneOf(
  'zapach', 'zapachu', 'czuc', 'czuje', 'czuc gaz', 'smierdzi', 'ulatnia', 'ulatnia sie', 'wyciek', 'wycieku', 'ulatniajacy', // Polish
  'miros', 'miroase', 'scurgere', 'scurgeri', 'pierdere', // Romanian
  'cheiro', 'cheira', 'fuga', 'vazamento', 'vazando', // Portuguese
  'olor', 'huele', 'escape', 'fuga', // Spanish
  'odore', 'puzza', 'perdita', 'sento', 'fuoriuscita', // Italian
  'ki boo', 'ki bu', 'di boo', 'di bu', 'da boo', 'ni gandh', 'ni vaas', 'ni vas', 'er gondho', 'gondho', 'badboo', 'badbu', 'boo aa rahi', 'bu aa rahi', // romanised South Asian
);

const latinCarbonMonoxide = oneOf('czad\\S*', 'tlenek wegla', 'tlenku wegla', 'monoxid\\S* de carbon', 'monoxido de carbono', 'monossido di carbonio');
const latinAlarmOrPoisoning = oneOf('alarm\\S*', 'czujnik\\S*', 'czujk\\S*', 'detektor\\S*', 'detector\\S*', 'senzor\\S*', 'sensor\\S*', 'rilevatore', 'allarme', 'otruc\\S*', 'zatruc\\S*', 'intoxica\\S*', 'avvelenamento', 'envenenamento');

/** Fire-safety equipment and checks named with the word for fire: a question about doors or drills, not a fire. */
const fireSafetyOnly = new RegExp(`${present(oneOf(
  'portas? corta ?fogo', 'puertas? (?:corta ?fuegos?|ignifugas?)', 'drzwi (?:przeciw)?pozarow\\S*', 'us(?:a|i) (?:antifoc|rezistente la foc|de incendiu)', 'priesgaisrin\\S*', 'gaisrin\\S* (?:durys|signalizacij\\S*)',
  'extint\\S*', 'gasnic\\S*', 'stingato\\S*', 'gesintuv\\S*', 'simulacro', 'simulare', 'aag (?:bujhane|bujhanay) (?:wala|ka) (?:cylinder|alaat)', 'fire (?:doors?|drill|extinguishers?|exit|escape|risk assessment)',
)).source}|${native(oneOf('أبواب الحريق', 'باب الحريق', 'طفاية', 'مخرج الحريق', 'آگ بجھانے', 'অগ্নি নির্বাপক', 'ਅੱਗ ਬੁਝਾਊ')).source}`, 'u');

/** Carbon monoxide's signs in the body, in the languages written in Latin letters (romanised South Asian included). */
const coSignOther = oneOf(
  'dor(?:es)? de cabeca', 'dolor(?:es)? de cabeza', 'tontur\\S*', 'mare(?:o|os|ad[oa]s?)', 'nause\\S*', 'enjo(?:o|ad[oa]s?)', 'vomit\\S*', // spa, por
  'zawrot\\S*', 'bol\\S* glow\\S*', 'glowa (?:mnie |nas )?boli', 'boli (?:mnie |nas |ich |go |ja )?glowa', 'mdlosci', 'nudnosci', 'wymiot\\S*', // pol
  'durer\\S* de cap', '(?:ma|ne|il|o) doare capul', 'ameteal\\S*', 'ameteli', 'greata', 'varsa(?:m|t|turi)', // ron
  'galv(?:a|os) (?:skaud\\S*|skausm\\S*|svaig\\S*)', 'svaigul\\S*', 'pykin\\S*', 'vemia\\S*', // lit
  'madax (?:xanuun|wareer)\\S*', 'wareer\\S*', 'lalabo', 'matag\\S*', // som
  'sa?i?r (?:vich |ch |mein |me )?dard', 'chakk?ar\\S*', 'ulti(?:yan|yaan|an)?', 'matha (?:betha|ghore|ghura|dhore|dhora)', 'bomi', // urd, pan, ben
);
/** The same in Arabic, Urdu, Bengali and Punjabi scripts. */
const coSignNative = oneOf('صداع', 'دوخة', 'دوخه', 'دوار', 'دايخ\\S*', 'غثيان', 'استفراغ', 'يستفرغ\\S*', 'تقيؤ', 'يتقيأ\\S*', 'نعاس', 'نعسان\\S*', 'سر درد', 'سر میں درد', 'چکر', 'متلی', 'الٹی', 'قے', 'غنودگی', 'মাথা ব্যথা', 'মাথাব্যথা', 'মাথা ঘোর\\S*', 'মাথা ধর\\S*', 'বমি', 'ঝিমুনি', 'ਸਿਰ ਦਰਦ', 'ਸਿਰ ਪੀੜ', 'ਚੱਕਰ', 'ਉਲਟੀ');
/** A boiler, water heater or gas heater: where the gas burns in a home. */
// Whole words where a stem would take in English ("piece") or another language's word ("katil"), or keep "boilers" from being corrected to "boiler", as the English rules read it.
const coSourceOther = oneOf('caldeira\\S*', 'caldera\\S*', 'calentador\\S*', 'esquentador\\S*', 'piec(?:a|u|em)?', 'piecyk\\S*', 'boiler', 'bojler\\S*', 'centrala termic\\S*', 'centrala (?:veche|noastra|pe gaz)', 'katil(?:as|o|e|ui)', 'boylar\\S*');
const coSourceNative = oneOf('بويلر', 'بويلير', 'غلاية', 'مرجل', 'سخان', 'دفاية', 'مدفأة', 'مدفاة', 'بوائلر', 'بوائیلر', 'گیزر', 'ہیٹر', 'বয়লার', 'গিজার', 'হিটার', 'ਬੋਇਲਰ', 'ਬੌਇਲਰ', 'ਗੀਜ਼ਰ', 'ਹੀਟਰ');
/** Out of the house, where carbon monoxide's signs lift. */
const awayFromHomeOther = oneOf('fuera de (?:la )?casa', 'salimos (?:de casa|fuera)', 'fora de casa', 'saimos (?:de casa|para fora)', 'poza domem', 'wychodzimy z domu', 'afara din casa', 'iesim (?:din casa|afara)', 'lauke', 'iseinam is namu', 'guriga (?:ka )?(?:bax\\S*|dibadd\\S*)', 'ghar (?:se|to|ton) (?:bahar|baahar)', 'ghorer baire');
const awayFromHomeNative = oneOf('نطلع من البيت', 'نخرج من البيت', 'نطلع برا', 'برا البيت', 'خارج البيت', 'خارج المنزل', 'نخرج من المنزل', 'گھر سے باہر', 'বাড়ির বাইরে', 'বাইরে গেলে', 'ਘਰੋਂ ਬਾਹਰ', 'ਘਰ ਤੋਂ ਬਾਹਰ');
/** Signs with another cause told beside them: flu, a virus, a pregnancy. */
const coIllnessExplained = present(oneOf('grip[aeo]s?', 'gripe', 'grypa\\S*', 'covid', 'virus\\S*', 'wirus\\S*', 'embarazad\\S*', 'gravida', 'w ciazy', 'insarcinat\\S*', 'nescia', 'nestum\\S*', 'uur', 'hamil'));
const coIllnessExplainedNative = native(oneOf('انفلونزا', 'إنفلونزا', 'زكام', 'كورونا', 'حامل', 'فلو', 'زکام', 'حاملہ', 'জ্বর', 'সর্দি', 'ਜ਼ੁਕਾਮ', 'ਬੁਖਾਰ'));

export const multilingualEmergencyRules: readonly Rule<EmergencyKind>[] = [
  { id: 'co.other-language', kind: 'carbon-monoxide', pattern: phrase(near(latinCarbonMonoxide, latinAlarmOrPoisoning, 3)) },
  { id: 'co.native-script', kind: 'carbon-monoxide', pattern: native('(?:أول|اول)\\s*(?:أكسيد|اكسيد)\\s*(?:ال)?كربون') },
  { id: 'gas.other-language', kind: 'gas', pattern: phrase(near(latinGas, latinSmellOrLeak, 3)) },
  { id: 'gas.native-script', kind: 'gas', pattern: native(oneOf(
    '(?:رائحة|رائحه|ريحة|ريحه|تسرب|تسريب|يتسرب|تسّرب)\\s*(?:ال)?غاز', '(?:ال)?غاز\\s*(?:يتسرب|متسرب|ريحته)', // Arabic
    'گیس[^.!?]{0,15}(?:بو|بدبو|لیک|خارج)', // Urdu, Shahmukhi Punjabi
    'ਗੈਸ[^.!?]{0,12}(?:ਬੋ|ਬਦਬੂ|ਮੁਸ਼ਕ|ਲੀਕ|ਗੰਧ)', // Gurmukhi Punjabi
    'গ্যাস[^.!?]{0,12}(?:গন্ধ|লিক|বের)', // Bengali
    'ગેસ[^.!?]{0,12}(?:ગંધ|વાસ|લીક)', // Gujarati
  )) },
  // Gas told by its smell, as in English ("rotten eggs"): "huele a huevo podrido", "miroase a ouă stricate" (training round 20).
  { id: 'gas.rotten-eggs.other-language', kind: 'gas', pattern: phrase(oneOf('huevos? podridos?', 'ovos? podres?', 'oua (?:stricate|clocite)', 'zgnil\\S* jaj\\S*', 'supuv\\S* kiausin\\S*', 'ukun (?:qudhun\\S*|xun)', 'sar[ae] (?:hue )?and[ae]', 'pocha dim', 'pacha dim')) },
  { id: 'gas.rotten-eggs.native-script', kind: 'gas', pattern: native(oneOf('بيض فاسد', 'البيض الفاسد', 'بيض خربان', 'سڑے ہوئے انڈ', 'گندے انڈ', 'سڑے انڈ', 'পচা ডিম', 'ਗੰਦੇ ਆਂਡ', 'ਸੜੇ ਆਂਡ', 'ਸੜੇ ਹੋਏ ਆਂਡ')) },
  // Fuel burnt indoors with someone dizzy, sick or drowsy, as in English: a charcoal stove to keep warm and a confused mother (training round 20).
  { id: 'co.burner-and-signs.other-language', kind: 'carbon-monoxide', pattern: phrase(oneOf('carvao', 'fogareiro\\S*', 'braseir[ao]\\S*', 'carbon vegetal', 'brasero', 'wegiel drzewny', 'wegl\\S* drzewn\\S*', 'grill\\S* (?:w|do) (?:domu|pokoju|mieszkaniu)', 'carbun\\S*', 'anglies', 'dhuxul', 'kowla', 'koyla', 'koila')),
    alsoNeeds: present(oneOf('tontur\\S*', 'confus[ao]', 'sonolent\\S*', 'mare(?:o|ad[oa]|ada)', 'vomit\\S*', 'vomita\\S*', 'dor(?:es)? de cabeca', 'dolor(?:es)? de cabeza', 'zawrot\\S*', 'wymiot\\S*', 'senn\\S*', 'ameteal\\S*', 'ametit\\S*', 'vars(?:a|at)', 'voma\\S*', 'galvos skausm\\S*', 'svaig\\S*', 'madax xanuun\\S*', 'wareer\\S*', 'matag\\S*', 'chakkar', 'ulti', 'sir dard')),
    vetoedBy: present(oneOf('jardim', 'jardin', 'ogrod\\S*', 'gradina', 'sodas', 'beerta', 'bahar', 'al aire libre', 'ao ar livre')) },
  { id: 'co.burner-and-signs.native-script', kind: 'carbon-monoxide', pattern: native(oneOf('الفحم', 'فحم', 'كانون', 'منقل', 'کوئلہ', 'کوئلے', 'অঙ্গার', 'কয়লা', 'ਕੋਲਾ', 'ਕੋਲੇ')),
    alsoNeeds: native(oneOf('دوار', 'دوخة', 'يتقيأ', 'تتقيأ', 'استفراغ', 'صداع', 'يستيقظ', 'نعسان', 'چکر', 'الٹی', 'قے', 'سر درد', 'মাথা ঘোর', 'বমি', 'মাথাব্যথা', 'ਚੱਕਰ', 'ਉਲਟੀ', 'ਸਿਰ ਦਰਦ')) },
  // Carbon monoxide told only by its harm, as in English (`co.boiler-and-signs`, the `symptom+better-outside` combination): the
  // family's headaches and dizziness beside an old boiler, or signs that lift once they are out of the house. In Arabic that had
  // the "not sure" menu, while the same words in English had the carbon monoxide advice (caller trial 29, C29-01).
  { id: 'co.boiler-and-signs.other-language', kind: 'carbon-monoxide', pattern: phrase(coSourceOther), alsoNeeds: present(`${coSignOther}(?: \\S+){0,8} ${coSignOther}`), vetoedBy: coIllnessExplained },
  { id: 'co.signs-better-outside.other-language', kind: 'carbon-monoxide', pattern: phrase(coSignOther), alsoNeeds: present(awayFromHomeOther), vetoedBy: coIllnessExplained },
  { id: 'co.boiler-and-signs.native-script', kind: 'carbon-monoxide', pattern: native(coSourceNative), alsoNeeds: native(`${coSignNative}[^.!?]{0,60}${coSignNative}`), vetoedBy: coIllnessExplainedNative },
  { id: 'co.signs-better-outside.native-script', kind: 'carbon-monoxide', pattern: native(coSignNative), alsoNeeds: native(awayFromHomeNative), vetoedBy: coIllnessExplainedNative },
  { id: 'fire.other-language', kind: 'fire', pattern: phrase(oneOf(
    'pozar\\S*', 'pali sie', 'plonie', 'ogien', 'ognia', // Polish
    'incendiu\\S*', 'a luat foc', 'ia foc', 'arde casa', 'arde apartamentul', // Romanian
    'incendio', 'fogo', 'pegou fogo', 'a arder', 'esta pegando fogo', // Portuguese
    'fuego', 'se esta quemando', 'se quema', // Spanish
    'a fuoco', 'fuoco', 'brucia', 'sta bruciando', // Italian
    'aag lag\\S*', 'agg lag\\S*', 'aag', 'agun lag\\S*', 'agun', 'dhuan', 'dhuaan', // romanised South Asian
  )), vetoedBy: fireSafetyOnly },
  { id: 'fire.native-script', kind: 'fire', pattern: native(oneOf(
    '(?:و|ف|ب)?(?:ال)?حريق', '(?:و|ف|ب)?(?:ال)?نار(?![\\p{L}\\p{M}])', '(?:ال)?دخان', // Arabic
    'آگ(?![\\p{L}\\p{M}])', 'دھواں', // Urdu
    'ਅੱਗ', 'ਧੂੰਆਂ', // Gurmukhi Punjabi
    'আগুন', 'ধোঁয়া', // Bengali
    'આગ(?![\\p{L}\\p{M}])', 'ધુમાડો', // Gujarati
  )), vetoedBy: fireSafetyOnly },
  { id: 'flood.other-language', kind: 'flooding', pattern: phrase(oneOf(
    'zalan\\S*', 'zalalo', 'zalewa', 'powodz', 'pekla rura', 'peknieta rura', 'woda leje sie', // Polish
    'inundat\\S*', 'inundatie', 'inundatii', 'teava sparta', 's a spart teava', 's a spart o teava', 'curge apa peste tot', // Romanian
    'inundac\\S*', 'inundad\\S*', 'alagad\\S*', 'cano rebentou', 'cano estourou', 'agua por todo o lado', 'agua por todo lado', // Portuguese
    'se rompio (?:una|la) tuberia', 'tuberia rota', 'agua por todas partes', // Spanish
    'allagat\\S*', 'allagamento', 'inondazione', 'inondat\\S*', 'tubo rotto', 'tubo scoppiato', 'acqua dappertutto', 'acqua ovunque', // Italian
    'pani bhar gaya', 'paani bhar gaya', 'pani bhar gayi', 'sailab', 'bonna', 'pani dhukche', // romanised South Asian
  )) },
  { id: 'flood.native-script', kind: 'flooding', pattern: native(oneOf(
    '(?:ال)?فيضان', 'غمرت\\s*(?:ال)?مياه', 'انفجر\\s*(?:ال)?(?:أنبوب|انبوب|ماسورة)', 'انفجار\\s*(?:ال)?(?:أنبوب|انبوب|ماسورة)', // Arabic
    'سیلاب', 'پانی\\s*بھر\\s*گیا', 'پائپ\\s*پھٹ', // Urdu
    'ਹੜ੍ਹ', 'ਪਾਣੀ\\s*ਭਰ\\s*ਗਿਆ', // Gurmukhi Punjabi
    'বন্যা', '(?:পানি|জল)\\s*ঢুকছে', 'পাইপ\\s*ফেটে', // Bengali
    'પૂર(?![\\p{L}\\p{M}])', 'પાણી\\s*ભરાઈ', // Gujarati
  )) },
  { id: 'homeless.other-language', kind: 'homeless-tonight', ignoresNegation: true, pattern: phrase(oneOf(
    'bezdomn\\S*', 'nie mam gdzie (?:spac|sie podziac|mieszkac|isc|przenocowac|nocowac)', // Polish
    'fara adapost', 'nu am unde (?:sa )?(?:dorm|stau|locuiesc|merg)', 'dorm (?:in|pe) strada', // Romanian
    'sem abrigo', 'sem teto', 'nao tenho onde (?:dormir|ficar|morar)', 'dormir na rua', // Portuguese
    'sin hogar', 'sin techo', 'no tengo (?:donde|a donde|adonde) (?:dormir|quedarme|vivir|ir)', 'dormir en la calle', // Spanish
    'senza casa', 'senzatetto', 'senza tetto', 'non ho dove (?:dormire|stare|andare)', 'dormire (?:in|per) strada', // Italian
    'be ghar', 'beghar', '(?:sone|rehne|sonay|rehnay) ki jagah nahi\\S*', 'thakar jayga nai', 'grihohin', // romanised South Asian
  )) },
  { id: 'homeless.native-script', kind: 'homeless-tonight', ignoresNegation: true, pattern: native(oneOf(
    'بلا\\s*مأوى', 'بدون\\s*مأوى', 'مشرد', 'ليس\\s*لدي\\s*مكان', 'ما\\s*عندي\\s*مكان', 'أنام\\s*في\\s*الشارع', // Arabic
    'بے\\s*گھر', '(?:سونے|رہنے)\\s*کی\\s*جگہ\\s*نہیں', // Urdu
    'ਬੇਘਰ', 'ਸੌਣ\\s*ਲਈ[^.!?]{0,12}ਨਹੀਂ', // Gurmukhi Punjabi
    'গৃহহীন', 'বাস্তুহারা', '(?:ঘুমানোর|থাকার)\\s*(?:কোনো\\s*)?জায়গা\\s*নেই', // Bengali
    'બેઘર', '(?:સુવા|રહેવા)\\s*(?:માટે\\s*)?(?:કોઈ\\s*)?જગ્યા\\s*નથી', // Gujarati
  )) },
];
