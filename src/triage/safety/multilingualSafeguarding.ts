import { native, oneOf, phrase, type Rule } from './rules.js';
import type { SafeguardingFlag } from './safeguardingRules.js';

/**
 * The plainest disclosures in the ten most common community languages (see multilingualRules.ts):
 * "he hits me", "domestic violence", "I want to kill myself", children left alone or beaten.
 * A disclosure in any language must reach a person, so these lean towards recall. Latin-script
 * words are written without accents, as the normaliser leaves them; hyphens become spaces
 * ("m-a bătut" → "m a batut").
 */

const latinDomesticAbuse = oneOf(
  'bije mnie', 'mnie bije', '(?:po)?bil(?:a)? mnie', 'mnie (?:po)?bil(?:a)?', 'uderz\\S* mnie', 'mnie uderz\\S*', 'dusil(?:a)? mnie', 'przemoc\\S* domow\\S*', 'zneca\\S* sie nade mna', 'boje sie (?:meza|partnera|chlopaka|zony|go)', // Polish
  'ma bate', 'm a batut', 'ma loveste', 'm a lovit', 'violenta domestica', 'violenta in familie', 'mi e frica de (?:sotul|partenerul|iubitul) meu', // Romanian
  'me bate', 'bate me', 'bate em mim', 'bateu em mim', 'me bateu', 'bateu me', 'me agride', 'agride me', 'me agrediu', 'agrediu me', 'me espanca\\S*', 'espanca me', 'violencia domestica', 'tenho medo do meu (?:marido|companheiro|namorado)', // Portuguese
  'me pega', 'me pego', 'me golpea', 'me golpeo', 'me maltrata', 'violencia de genero', 'tengo miedo de mi (?:marido|esposo|pareja|novio)', // Spanish
  'mi picchia', 'mi ha picchiat\\S*', 'mi maltratta', 'mi ha colpit\\S*', 'violenza domestica', 'ho paura di mio (?:marito|compagno|ragazzo)', // Italian
  'mujhe (?:maarta|marta|maarti|marti|peet\\S*)', 'menu (?:maarda|marda|kutda)', 'gharelu (?:hinsa|tashadud)', // romanised South Asian
);
const nativeDomesticAbuse = oneOf(
  '(?:و|ف)?(?:يضربني|ضربني|يعنفني|يعذبني)', '(?:ال)?عنف\\s*(?:ال)?(?:أسري|اسري|منزلي)', // Arabic
  'مجھے\\s*(?:مارتا|مارتی|مارا|پیٹتا|پیٹتی)', 'گھریلو\\s*تشدد', // Urdu
  'ਮੈਨੂੰ\\s*(?:ਮਾਰਦਾ|ਮਾਰਦੀ|ਕੁੱਟਦਾ|ਕੁੱਟਦੀ)', 'ਘਰੇਲੂ\\s*ਹਿੰਸਾ', // Gurmukhi Punjabi
  'আমাকে\\s*(?:মারে|মারধর|নির্যাতন)', 'পারিবারিক\\s*(?:সহিংসতা|নির্যাতন)', // Bengali
  'મને\\s*(?:મારે|મારતો|મારતી)', 'ઘરેલુ\\s*હિંસા', // Gujarati
);

const latinSelfHarm = oneOf(
  '(?:zabic|zabije|zabilam|zabilem) sie', 'sie (?:zabic|zabije)', 'samobojstw\\S*', 'samobojcz\\S*', 'nie chce (?:juz )?zyc', 'odebrac sobie zycie', 'chce umrzec(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'tne sie', // Polish
  'sinucid\\S*', 'sa ma omor', 'vreau sa mor(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'nu mai vreau sa traiesc', 'sa mi iau viata', // Romanian
  'me matar', 'matar me', 'quero morrer(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'nao quero (?:mais )?viver', 'tirar a (?:minha )?(?:propria )?vida', // Portuguese
  'matarme', 'quitarme la vida', 'quiero morir\\S*(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'no quiero (?:seguir )?vivir', // Spanish
  'uccidermi', 'ammazzarmi', 'voglio morire', 'non voglio piu vivere', 'togliermi la vita', // Italian
  'khud ?kushi', 'khud ?khushi', 'aatm ?hatya', 'atm ?hatya', 'marna chah\\S*', 'mar jana chah\\S*', // romanised South Asian
);
const nativeSelfHarm = oneOf(
  '(?:أقتل|اقتل)\\s*نفسي', '(?:و|ف|س)?(?:ال)?انتحا?ر', '(?:أنتحر|سأنتحر)', '(?:أريد|اريد)\\s*(?:أن|ان)\\s*(?:أموت|اموت)', // Arabic
  // Told of a son or a daughter ("ابني يريد أن ينتحر", "يقتل نفسه", "ينهي حياته"): only the first person was read (caller trial 30, C30-22).
  '(?:س)?(?:ي|ت|ن)نتحر', '(?:س)?(?:ي|ت)قتل\\s*(?:نفسه|نفسها|حاله|حالها)', '(?:ي|ت)نهي\\s*(?:حياته|حياتها)',
  'خود\\s*کشی', 'خود\\s*کو\\s*مار', 'مرنا\\s*چاہت', // Urdu
  '(?:ਖ਼|ਖ)ੁਦਕੁਸ਼ੀ', 'ਆਤਮ\\s*ਹੱਤਿਆ', // Gurmukhi Punjabi
  'আত্মহত্যা', 'মরে\\s*যেতে\\s*চাই', // Bengali
  'આત્મહત્યા', 'મરી\\s*જવા\\s*માંગ', // Gujarati
);

const latinChildAtRisk = oneOf(
  'dzieci?\\S* (?:\\S+ ){0,3}(?:same|sam|sama) w domu', 'bije (?:swoje )?(?:dziecko|dzieci|syna|corke)', 'zaniedbuje (?:dzieci|dziecko)', 'krzywdzi (?:dziecko|dzieci)', // Polish
  'copii\\S* (?:\\S+ ){0,3}singuri acasa', 'bate (?:copilul|copiii)', // Romanian
  'criancas? (?:\\S+ ){0,3}sozinh\\S* em casa', 'bate (?:nas? criancas?|no filho|na filha)', // Portuguese
  'ninos? (?:\\S+ ){0,3}sol[oa]s en casa', 'pega a (?:los|sus) (?:ninos|hijos)', // Spanish
  'bambin[io] (?:\\S+ ){0,3}da sol[io] in casa', 'picchia (?:i )?(?:bambini|figli)', // Italian
);
const nativeChildAtRisk = oneOf(
  'يضرب\\s*(?:أطفاله|اطفاله|ابنه|ابنته|(?:ال)?(?:أطفال|اطفال))', // Arabic
);


/**
 * The same concerns told about someone else, or in the forms the first lists missed: "he beats
 * her", "he locks me in", "she cuts her arms", "I will not be a problem for anyone". A third
 * party's abuse or self-harm is as much a disclosure as the resident's own.
 */
const latinDomesticAbuseTold = oneOf(
  '(?:bije|pobil|uderzyl|leje) (?:ja|zone|mame|nas)', '(?:maz|partner|chlopak|ojciec|tata)\\S* (?:\\S+ ){0,8}(?:bije|pobil|uderzyl)', 'podnosi na (?:mnie|nia) reke', 'zamyka mnie', 'przemoc\\S*', // Polish
  'o bate', 'il bate', 'isi bate (?:sotia|nevasta|femeia)', 'o loveste', 'o a lovit', 'ma inchide in casa', 'ma tine inchisa', // Romanian
  'bate nela', 'bate lhe', 'bate na (?:mulher|esposa|companheira|mae|namorada)', 'agride (?:a|ela)', '(?:deixa|tranca) (?:me )?(?:trancada|trancado)', 'me tranca', // Portuguese
  'le pega', 'la golpea', 'la pega', 'pega a su (?:mujer|esposa|pareja|novia)', 'deja (?:encerrada|encerrado)', 'me encierra', 'maltrato', // Spanish
  'musa (?:mane|ja|mus)', 'sumuse', 'primuse', 'smurt\\S*', // Lithuanian
  '(?:usko|unko|isko|menu|ohnu|mainu|ainu) (?:\\S+ ){0,2}(?:maarta|marta|maarti|marti|maarda|marda|kuttda|kutda|peet\\S*)', 'maar ?peet', 'haath uthata', 'hath uthata', 'hath chukda', // Urdu, Punjabi
  'amake (?:\\S+ ){0,3}mare', 'gaye hat tole', 'mar ?dhor', // Bengali
  'wuu i garaac\\S*', 'i garaaca', 'garaacaa', // Somali
);
const nativeDomesticAbuseTold = oneOf(
  '(?:و|ف)?(?:يضربها|يضربنا|بيضربني|بيضربها|ضربها|يضرب\\s*(?:زوجته|مراته|امي|أمي))', // Arabic
  '(?:اسے|انہیں|اُسے)\\s*(?:مارتا|پیٹتا)', 'ہاتھ\\s*اٹھاتا', // Urdu
  'ਹੱਥ\\s*ਚੁੱਕਦਾ', // Punjabi
  'গায়ে\\s*হাত\\s*তোলে', 'মারধর\\s*করে', '(?:তাকে|ওকে|আমাকে)\\s*মারে', // Bengali
);
const latinSelfHarmTold = oneOf(
  'tnie sie', 'samookalecz\\S*', 'nie bede (?:juz )?(?:problemem|ciezarem)', 'skonczyc ze soba', 'odebrac sobie', // Polish
  'se taie', 'sa termin cu (?:toate|tot|viata)', 'automutil\\S*', 'sa ma sinucid', // Romanian
  'se corta', 'me corto', 'cortarse', 'autolesion\\S*', 'acabar con (?:todo|mi vida)', 'quitarme de en medio', // Spanish
  'corta se', 'se corta', 'automutila\\S*', 'melhor (?:nao (?:acordar|estar aqui)|desaparecer|morrer|estar (?:morto|morta))', 'acabar com (?:tudo|a minha vida)', // Portuguese
  'nusizud\\S*', 'savizud\\S*', '(?:nebe)?matau prasmes gyventi', 'pjausto\\S* (?:sau|save|rankas)', // Lithuanian
  'khud ?ko khatam', 'zindagi (?:khatam|mukana)', '(?:jeene|jeen) (?:ka|da) koi faida nahi', 'blade (?:ke|de) nishan', // Urdu, Punjabi
  'is dil\\S*', 'isdil\\S*', 'naftayda (?:ka )?qaad\\S*', // Somali
);
const nativeSelfHarmTold = oneOf(
  '(?:أخلص|اخلص)\\s*من\\s*(?:كل\\s*هذا|حياتي|نفسي)', '(?:أنهي|انهي)\\s*حياتي', // Arabic
  'লাফ\\s*দেব', 'মরে\\s*যাব', 'নিজেকে\\s*শেষ', // Bengali
  'خود\\s*کو\\s*ختم', 'زندگی\\s*ختم', // Urdu
  'ਆਪਣੇ\\s*ਆਪ\\s*ਨੂੰ\\s*ਖਤਮ', // Punjabi
);

export const multilingualSafeguardingRules: readonly Rule<SafeguardingFlag>[] = [
  { id: 'self-harm.other-language', kind: 'self-harm', pattern: phrase(latinSelfHarm) },
  { id: 'self-harm.native-script', kind: 'self-harm', pattern: native(nativeSelfHarm) },
  { id: 'domestic-abuse.other-language', kind: 'domestic-abuse', pattern: phrase(latinDomesticAbuse) },
  { id: 'domestic-abuse.native-script', kind: 'domestic-abuse', pattern: native(nativeDomesticAbuse) },
  { id: 'child.other-language', kind: 'child-at-risk', pattern: phrase(latinChildAtRisk) },
  { id: 'child.native-script', kind: 'child-at-risk', pattern: native(nativeChildAtRisk) },
  { id: 'domestic-abuse.other-language.told', kind: 'domestic-abuse', pattern: phrase(latinDomesticAbuseTold) },
  { id: 'domestic-abuse.native-script.told', kind: 'domestic-abuse', pattern: native(nativeDomesticAbuseTold) },
  { id: 'self-harm.other-language.told', kind: 'self-harm', pattern: phrase(latinSelfHarmTold) },
  { id: 'self-harm.native-script.told', kind: 'self-harm', pattern: native(nativeSelfHarmTold) },
];
