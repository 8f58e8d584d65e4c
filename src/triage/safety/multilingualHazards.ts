import type { EmergencyKind } from './emergencyRules.js';
import { native, near, oneOf, phrase, present, type Rule } from './rules.js';

/**
 * The rest of the taxonomy's emergency list in the council's ten community languages (council
 * profile): Polish, Romanian, Spanish, Portuguese, Lithuanian, Urdu, Bengali, Arabic, Punjabi
 * and Somali. multilingualRules.ts has gas, fire, flooding and homelessness for the languages
 * most common in England; this file adds those four for Lithuanian and Somali, and for every
 * language the kinds it lacked: sparking or shocking electrics, water through light fittings,
 * no heating with a vulnerable person, a home left open after a break-in, sewage inside and a
 * collapsing ceiling. Latin script without accents, as the normaliser leaves it; romanised
 * Urdu, Punjabi and Bengali beside their own scripts.
 */

const lithuanianSomaliGas = near(oneOf('duj\\S*', 'gaas\\S*'), oneOf('kvep\\S*', 'kvap\\S*', 'smird\\S*', 'dvok\\S*', 'jauciu', 'nuotek\\S*', 'prateka', 'ur', 'uraya', 'urta', 'ur xun', 'ka soo uraya', 'daadanay\\S*'), 3);
const lithuanianSomaliFire = oneOf('gaisr\\S*', 'dega (?:namas|butas|virtuve|kambarys|laiptine)', 'liepsn\\S*', 'dab ayaa (?:ka )?(?:kacay|qabsaday)', 'gubanay\\S*', 'dab qabsaday');
const lithuanianSomaliFlood = oneOf('uzliej\\S*', 'uzlieta', 'potvyn\\S*', 'truko vamzdis', 'sprogo vamzdis', 'fatahaad\\S*', 'daad (?:ayaa|baa)', 'biyo (?:ayaa|baa) (?:\\S+ ){0,3}(?:galay|buuxay|buuxsamay)');
const lithuanianSomaliHomeless = oneOf('neturiu kur (?:miegoti|nakvoti|gyventi|eiti)', 'neturime kur (?:miegoti|nakvoti|gyventi|eiti)', 'benam\\S*', 'nakvoti gatveje', 'hoy la ?aan', 'meel aan (?:\\S+ )?(?:seexdo|seexanno|seexano|joogo|aado) ma (?:lihi|lihin|haysto|hayno)');

/** Sparks, shocks, bare wires, a burning smell from the electrics. */
const latinElectrics = oneOf(
  'iskrz\\S*', 'iskry', 'porazil\\S* pradem', 'porazeni\\S* pradem', 'kopnal\\S* (?:mnie )?prad', 'spalenizn\\S*', 'zwarci\\S*', // Polish
  'scantei\\S*', 'electrocut\\S*', 'm a curentat', 'ma curentat', 'miros de ars', 'miroase a ars', 'scurtcircuit\\S*', '(?:am|a|au) luat curent', // Romanian
  'chispa\\S*', 'chispea\\S*', 'descarga electrica', 'me dio (?:la )?corriente', 'olor a quemado', 'cortocircuito', // Spanish
  'faisca\\S*', 'faiscas', 'levei (?:um )?choque', 'cheiro (?:a|de) queimado', 'curto circuito', // Portuguese
  'kibirkst\\S*', 'elektros smug\\S*', 'nukrete (?:elektra|srove)', 'pliki (?:elektros )?laidai', 'plikos? (?:elektros )?laid\\S*', 'trump\\S* jungim\\S*', 'svyla', // Lithuanian
  'chingari\\S*', 'chingaariyan', 'current (?:lag|lagg|lege)\\S*', 'bijli ka jhatka', 'shock khey\\S*', 'jalne ki (?:boo|bu|smell)', 'sarhan di (?:smell|boo)', // romanised Urdu, Punjabi, Bengali
  'koronto(?:da)? (?:ayaa |baa )?i (?:qabatay|qabsatay)', 'fiilooyin qaawan', 'dab(?:ka)? korontada', '(?:fiilad\\S*|korontad\\S*|fiilooyin\\S*) (?:\\S+ ){0,4}qiiq', // Somali
  'rozet\\S* (?:\\S+ ){0,3}(?:karst\\S*|deges\\S*|dum\\S*)', '(?:deges\\S*|dum\\S*) (?:\\S+ ){0,3}rozet\\S*', '(?:karst\\S*|deges\\S*) rozet\\S*', // Lithuanian
);
const nativeElectrics = oneOf('شرار', 'صعق', 'ماس\\s*كهربائي', 'چنگاری', 'کرنٹ\\s*لگ', 'بجلی\\s*کا\\s*جھٹکا', 'স্ফুলিঙ্গ', 'ফুলকি', 'শক\\s*খে', 'কারেন্ট\\s*লেগে', 'ਚੰਗਿਆੜ', 'ਕਰੰਟ\\s*ਲੱਗ');

/** Water through a light fitting or the electrics. */
// Or water told by how it comes through: "curge mult, e langa becul din baie" (it's pouring, by the bathroom bulb) got the danger
// question, not the electrics advice (caller trial 31, C31-12).
const water = oneOf('woda', 'wody', 'apa', 'agua', 'vanduo', 'vandens', 'pani', 'paani', 'biyo', 'biyaha', 'curge', 'picura', 'cieknie', 'kapie', 'leje sie', 'gotea', 'chorrea', 'pinga', 'escorre', 'teka', 'laseja', 'tapak (?:raha|rahi)', 'chu (?:raha|rahi)');
const lightOrElectrics = oneOf('lamp\\S*', 'swiatl\\S*', 'oprawk\\S*', 'gniazd\\S*', 'elektry\\S*', 'bec\\S*', 'lumin\\S*', 'priz\\S*', 'lampara\\S*', 'luz', 'luces', 'enchufe\\S*', 'tomada\\S*', 'sviestuv\\S*', 'lemp\\S*', 'sviesa', 'elektr\\S*', 'bijli', 'batti', 'light', 'lights', 'nal(?:ka|ki|al)', 'koronto\\S*');
const nativeWaterElectrics = oneOf(
  '(?:ال)?(?:ماء|مياه|مي)[^.!?]{0,25}(?:المصباح|الضو|اللمب|لمب|الكهرب|الفيش|الإنارة)', // Arabic
  'پانی[^.!?]{0,25}(?:لائٹ|بجلی|بلب|ساکٹ)', // Urdu
  '(?:পানি|জল)[^.!?]{0,25}(?:লাইট|বাতি|বিদ্যুৎ|সুইচ|সকেট|ফিউজ|মিটার)', // Bengali
  'ਪਾਣੀ[^.!?]{0,25}(?:ਲਾਈਟ|ਬਿਜਲੀ|ਬੱਤੀ|ਸਾਕਟ)', // Punjabi
);

/** No heating, and someone the cold endangers. */
const latinNoHeat = oneOf(
  'nie ma ogrzewania', 'bez ogrzewania', 'nie dziala ogrzewanie', 'ogrzewanie nie dziala', // Polish
  'nu (?:avem|am|e|este|merge) (?:caldura|incalzire(?:a)?|centrala)', 'fara (?:caldura|incalzire)', 'centrala (?:nu merge|s a stricat)', // Romanian
  'sin calefaccion', 'no (?:hay|tenemos|tengo|funciona la) calefaccion', 'la calefaccion no funciona', // Spanish
  'sem aquecimento', 'nao (?:ha|temos|tenho) aquecimento', 'aquecimento (?:nao funciona|avariado)', // Portuguese
  'nera sildymo', 'neveikia sildymas', 'be sildymo', // Lithuanian
  '(?:heating|heater|garmi) band', 'garmi nahi', 'heating (?:nahi|nai) (?:chal|hai)', 'heating kaaj korche na', // romanised Urdu, Punjabi, Bengali
  'kuleyl\\S* (?:ma jiro|ma shaqeyn\\S*|wuu xumaaday|waa xumaaday|way xumaatay)', 'ma jiro kuleyl', // Somali
);
const nativeNoHeat = oneOf('(?:لا\\s*يوجد|ما\\s*في|ما\\s*فيه|بدون)\\s*تدفئة', 'التدفئة\\s*(?:لا\\s*تعمل|خربانة|معطلة|طافية)', 'ہیٹنگ\\s*(?:بند|خراب|نہیں)', 'হিটিং\\s*(?:বন্ধ|নষ্ট|কাজ\\s*করছে\\s*না)', 'ਹੀਟਿੰਗ\\s*(?:ਬੰਦ|ਖਰਾਬ|ਨਹੀਂ)');
const vulnerableToCold = oneOf(
  'noworod\\S*', 'niemowl\\S*', 'chor\\S*', 'starsz\\S*', 'bebelus\\S*', 'nou nascut', 'bolnav\\S*', 'batran\\S*', 'bebe', 'bebes', 'recien nacido', 'enferm(?:o|a|os|as)', 'ancian(?:o|a|os|as)', 'recem nascido', 'doente', 'idos(?:o|a|os|as)',
  'naujagim\\S*', 'kudiki\\S*', 'serga', 'sergu\\S*', 'senyv\\S*', 'bacha', 'baccha', 'bachcha', 'mareez', 'bemaar', 'bimar', 'buzurg', 'ilmo yar', 'dhallaan\\S*', 'bukaan\\S*', 'waayeel\\S*',
  '(?:[6-9]\\d|1[01]\\d) (?:lat|ani|anos|anos|metai|metu|saal|sal|jir|sano|bochor)', 'umr?a?r? (?:[6-9]\\d|1[01]\\d)', 'paralisi[as]', 'cerebral palsy', 'mareed\\S*', 'xanuunsan\\S*', '\\d+ masher', 'acamad[oa]', 'mahine da', '\\d+ (?:miesiec\\S*|luni|meses|menesi\\S*|mahine|bilood)',
);
const nativeVulnerableToCold = oneOf('رضيع', 'مريض', 'مسن', 'كبير\\s*في\\s*السن', 'بچہ', 'مریض', 'بزرگ', 'শিশু', 'বাচ্চা', 'অসুস্থ', 'বৃদ্ধ', 'ਬੱਚ', 'ਬਿਮਾਰ', 'ਬਜ਼ੁਰਗ');
/** Someone vulnerable anywhere in the message, in either script (a test, so without the global flag). */
const someoneVulnerable = new RegExp(`${present(vulnerableToCold).source}|${native(nativeVulnerableToCold).source}`, 'u');

/** A break-in, and a door that will not now lock. */
const latinBreakIn = oneOf('wlaman\\S*', 'wlamal\\S*', 'spart\\S* (?:usa|yala)', 'au intrat hotii', 'forzaron', 'entraron a robar', 'robaron', 'arrombar\\S*', 'assalt\\S*', 'isilauz\\S*', 'isilauzta', 'chor ghus\\S*', 'chori ho', 'tuug\\S*', 'jabiyeen');
const latinWillNotLock = oneOf('nie (?:da sie|moge) (?:jej |ich )?zamknac', 'nie zamyka sie', 'nu se (?:mai )?(?:inchide|incuie)', 'no cierra', 'no se pued\\S* cerrar', 'nao fecha', 'nao tranca', 'neuzsidaro', 'neuzsirakina', 'band nahi (?:hota|ho raha)', 'lock nahi', 'ma xirmo', 'ma xirmayo');
const nativeInsecure = oneOf('(?:دخل|دخلوا)\\s*(?:ال)?(?:لصوص|حرامي)[^.!?]{0,60}(?:ما\\s*يقفل|لا\\s*يقفل|ما\\s*ينقفل|مكسور)', '(?:كسروا|انكسر)\\s*(?:ال)?باب[^.!?]{0,40}(?:ما\\s*يقفل|لا\\s*يقفل|ما\\s*ينقفل)');

/** Sewage coming up inside. */
const latinSewage = oneOf('scieki', 'sciekow', 'szambo', 'kanalizacja (?:wybija|cofa)', 'apa (?:de la )?canal\\S*', 'fecale', 'aguas (?:negras|residuales)', 'esgoto', 'nuotekos', 'nuoteku', 'gutter ka (?:pani|paani)', 'gandagi wapas', 'bulaacad\\S*',
  // The sewer named with what it does: spilled into the flat, coming up through the shower, dirty water back through the toilet.
  'kanalizacij\\S* (?:\\S+ ){0,3}(?:issiliej\\S*|kyla|kyl\\S*|bega|uzliej\\S*|plusta)', '(?:kyla|issiliejo|bega) (?:\\S+ )?kanalizacij\\S*', 'kanalizacja (?:\\S+ )?(?:wylewa|wybila|zalala|cofnela)\\S*',
  'moyla pani', 'canalizar\\S* (?:\\S+ ){0,2}(?:iese|ies|curge|a iesit|da afara|refuleaza)', '(?:iese|ies|curge|a iesit|refuleaza) (?:\\S+ ){0,2}canalizar\\S*', 'ganda (?:pani|paani) (?:\\S+ ){0,3}(?:wapas|bahar|phail|aa raha|nikal)\\S*', 'gutter (?:ka |da )?(?:pani|paani)', 'nongra pani',
);
const nativeSewage = oneOf('(?:ال)?مجاري', 'الصرف\\s*الصحي', 'گٹر', 'নর্দমা', 'পয়ঃ', 'ਸੀਵਰ');

/** A ceiling or roof coming down. */
const latinCollapse = oneOf(
  '(?:a )?cazut (?:o bucata|bucati) (?:\\S+ )?din tavan', 'tavanul (?:\\S+ ){0,4}(?:s a umflat|o sa cada|cade|se prabuseste)',
  'se cayo (?:parte del |el )?techo', '(?:el )?techo se (?:cayo|vino abajo|derrumbo)', 'caiu (?:parte do |o )?teto', 'teto (?:caiu|desabou)', 'sufit (?:sie )?(?:zawalil|spadl)', 'tavanul (?:s a )?(?:prabusit|cazut)', 'lubos (?:\\S+ )?(?:nukrito|iskrito|ikrito)', 'chhat (?:gir|ghir)\\S*', 'saqaf\\S* (?:ayaa )?(?:dumay|dhacay|soo dhacay)',
  'sufit (?:\\S+ ){0,3}(?:spadl|zawalil|sie wali|runal)', 'zawalil\\S* sie', 'tavanul (?:\\S+ ){0,3}(?:a cazut|cade|s a prabusit)', 'se (?:ha )?(?:caido|derrumbado) el techo', 'el techo se (?:ha )?(?:caido|derrumbado|cae)',
  'teto (?:\\S+ ){0,3}(?:caiu|desabou|esta a cair)', 'lubos (?:\\S+ ){0,3}(?:nukrito|griuva|isgriuvo)', 'chhat (?:gir|dig) (?:gayi|gai|rahi|payi|pai)', 'saqaf\\S* (?:ayaa |baa )?(?:dhacay|burburay)',
);
const nativeCollapse = oneOf('(?:ال)?سقف[^.!?]{0,30}(?:سقط|يسقط|طاح|يطيح|انهار|تشقق)', 'چھت[^.!?]{0,20}(?:گر|ٹوٹ)', 'ছাদ[^.!?]{0,45}(?:ভেঙে|পড়ে|পড়ছে|ধসে)', 'ਛੱਤ[^.!?]{0,30}(?:ਡਿੱਗ|ਟੁੱਟ)');

/** A wall, roof or ceiling giving way, in words that say it will fall (a crack alone is a repair). */
const latinStructure = oneOf('sufit\\S*', 'dach\\S*', 'scian\\S*', 'balkon\\S*', 'tavan\\S*', 'perete\\S*', 'peretel\\S*', 'zid\\S*', 'acoperis\\S*', 'techo', 'pared\\S*', 'muro', 'tejado', 'teto', 'parede\\S*', 'telhado', 'lubos', 'lubu', 'sien\\S*', 'stog\\S*', 'chhat', 'chat', 'chhad', 'chad', 'chhot', 'deewar', 'diwar', 'kandh', 'deyal', 'dewal', 'saqaf\\S*', 'darbi\\S*', 'gidaar\\S*');
const latinGivingWay = oneOf(
  'ugina\\S*', 'wybrzusz\\S*', 'zawali sie', 'runie', 'spadnie', 'wali sie', 'se lasa', 'o sa cada', 'se prabuseste', 'se surpa', 'se va a caer', 'se esta cayendo', 'se hunde', 'combad\\S*', 'vai cair', 'esta a cair', 'a ceder', 'esta cedendo', 'linksta', 'isgaubt\\S*', 'griuva', 'nugrius', 'gir (?:jaye|jayegi|jaegi|rahi|sakti|jave)\\S*', 'girne (?:wal|lag)\\S*', 'bhenge (?:por\\S*|jabe)', 'jhule (?:ache|porche)', 'dhose (?:porbe|porche)', 'digg (?:jaani|paini|rahi|sakdi)\\S*', 'thalle (?:aa|aundi|aunda|aa rahi)\\S*', 'hethan (?:aa|aundi)\\S*', 'dhac(?:aya|ayso|ahaya)\\S*', 'burbur(?:aya|ayso)\\S*', 'dumay(?:a|so)',
);
const nativeStructure = oneOf('(?:ال)?(?:جدار|حيط|حائط)[^.!?]{0,30}(?:يطيح|ينهار|سقط|راح يطيح|بيطيح)', 'دیوار[^.!?]{0,20}(?:گر|ٹوٹ)', '(?:দেয়াল|দেওয়াল)[^.!?]{0,30}(?:ভেঙে|ধসে)', 'ਕੰਧ[^.!?]{0,30}(?:ਡਿੱਗ|ਟੁੱਟ)');

/** Smoke spreading into a block's stairs or corridors, or a bin store or balcony alight (no cigarette or cooking). */
const latinSmokeSpreading = oneOf(
  '(?:dum(?:ai|u|ais|uose)|dym\\S*|fum|fumul|humo|fumo|fumaca|dhuan|dhuaan|dhoa|qiiq\\S*) (?:\\S+ ){0,3}(?:laiptin\\S*|klatk\\S*|scar\\S*|escalera\\S*|escada\\S*|koridor\\S*|korytarz\\S*|holl?\\S*|pasillo|corredor)',
  '(?:pilna|pelno|plin|lleno|cheio|cheia|bhar) (?:de |cu )?(?:dumu|dymu|fum|humo|fumo|fumaca|dhuan)',
  'dega (?:\\S+ ){0,2}(?:konteiner\\S*|siuksl\\S*|balkon\\S*|laiptin\\S*|rus\\S*)', '(?:konteiner\\S*|siuksl\\S*|balkon\\S*) (?:\\S+ ){0,2}dega',
  'pali sie (?:\\S+ ){0,2}(?:smietnik\\S*|altan\\S*|balkon\\S*|kontener\\S*)', 'arde (?:\\S+ ){0,2}(?:tomberon\\S*|ghena|balcon\\S*|containeru\\S*)', '(?:se quema|arde|esta ardiendo) (?:\\S+ ){0,2}(?:contenedor\\S*|basura|balcon\\S*)', '(?:arde|esta a arder|pegou fogo) (?:\\S+ ){0,2}(?:contentor\\S*|lixo|varanda)',
);

/** Smoke that is someone smoking, a barbecue or cooking: a complaint, not a fire. */
const notAFire = oneOf('tabac\\S*', 'tyton\\S*', 'papieros\\S*', 'cigar\\S*', 'sigar\\S*', 'sigaar\\S*', 'cigaret\\S*', 'fuma(?:n|m|ndo|r|ram)?', 'fumeaza', 'fumeaz\\S*', 'pal(?:i|a|ia) (?:papierosy|ziolo)', 'ruko\\S*', 'ruky\\S*', 'weed', 'marihuan\\S*', 'maconha', 'porro\\S*', 'grill\\S*', 'churrasc\\S*', 'barbacoa', 'gratar', 'bbq', 'shisha', 'hookah', 'vape\\S*', 'gotow\\S*', 'cocin\\S*', 'cozinh\\S*', 'gatit\\S*', 'kepa', 'virimas');
/**
 * Someone's life in danger now, told in a community language: a knife used or a beating happening, someone unconscious or not
 * breathing, drowning, an overdose (caller re-trial 17c: a Spanish knife attack in the street was read as a child's concern, and
 * Portuguese and Turkish openings of an emergency got "I'm not sure I've understood"). Reckless ("es un inconsciente") and drowning
 * in debt are everyday speech, so unconsciousness needs a verb of state and drowning is vetoed beside debt words.
 */
const latinLifeInDanger = oneOf(
  'dzg\\S*', 'zadzg\\S*', '(?:goni|gonia|biega|atakuje|grozi|rzucil\\S*)\\S* (?:\\S+ ){0,3}z nozem', 'pchn\\S* nozem', 'nozem (?:\\S+ ){0,2}(?:dzga|pchn|zaatak|rani)\\S*', 'nieprzytomn\\S*', 'nie oddycha', 'zemdlal\\S*', 'nie (?:moge|mozemy|mogl\\S*) (?:go|jej|jego|ja|ich) (?:obudzic|dobudzic|docucic|ocucic)', 'nie (?:budzi|obudzi|dobudzi) sie', 'stracil\\S* przytomnosc', 'tonie', 'topi sie', 'przedawkowa\\S*', 'bij(?:a|e) (?:go|ja|kogos|jakiegos|jakas)(?: \\S+)? (?:teraz|na ulicy|przed)', // pol
  'injunghi\\S*', 'a cazut in (?:rau|canal|lac|apa)', 'a baut (?:\\S+ ){0,4}(?:inalbitor|clor|otrava|solutie)', 'a inghitit (?:o )?(?:baterie|pastil\\S*|pile)', 'cu cutitul', 'e inconstient\\S*', 'a lesinat', 'nu (?:mai )?respira', 'se ineaca', 'supradoz\\S*', '(?:il|o) bat (?:acum|in strada|pe strada)', // ron
  'apunal\\S*', 'cayo al (?:rio|canal|lago|estanque|agua)', 'se (?:lo|la) lleva la corriente', 'se ha bebido (?:\\S+ ){0,3}(?:lejia|amoniaco|veneno)', 'acuchill\\S*', 'navajazo\\S*', '(?:esta|quedo|se quedo) inconsciente', 'no respira', 'no (?:se )?despierta(?! (?:temprano|pronto|a tiempo|para|por las mananas|los|cuando))', 'no reacciona', 'se desmayo', 'se cayo (?:\\S+ ){0,4}no (?:se mueve|responde|contesta)', 'se (?:esta )?ahoga(?:ndo)?', 'ahogandose', 'sobredosis', '(?:le )?estan (?:pegando|golpeando|dando una paliza)', 'pegandole', // spa
  'esfaque\\S*', 'caiu (?:ao|no) (?:rio|canal|lago|agua)', 'bebeu (?:\\S+ ){0,3}(?:lixivia|javel|veneno)', 'facada\\S*', '(?:esta|ficou) inconsciente', 'desmai(?:ou|ado|ada)', 'nao (?:esta a )?respira(?:r|ndo)?', 'esta(?:o)? a afogar', 'afogando', 'se afogou', '(?:estao|esta) a (?:bater|espancar)', 'espancando', // por
  'subad\\S*', 'ikrit\\S* i (?:upe|ezer\\S*|tvenkin\\S*|kanal\\S*|vandeni|jur\\S*)', 'srove (?:ji|j\\S*) nesa', 'peiliu', 'be samones', 'nekvepuoja', 'nualpo', 'skest(?:a|i|ta)', 'perdozav\\S*', 'musa (?:ji|ja|j\\S*) (?:dabar|gatv\\S*)', // lit
  'mindi (?:ku |ayuu |ayay )?(?:dhuftay|dhufay|wax yeelay)', 'ku dhac\\S* (?:kanaalka|webiga|badda|harada|biyaha)', 'sii degayaa', '(?:xaaskiisa|naagtiisa|hooyaday|hooyadiis) (?:\\S+ ){0,2}garaacay\\S*', 'miyir (?:la aan|laan|beelay)', 'suuxay', '(?:ma|mana) neefsan\\S*', 'miyir\\S* (?:ma leh|beeshay)', 'neefta (?:ka )?(?:joogsatay|istaagtay)', 'qarqm\\S*', 'garaacayaan (?:hadda|waddada)', // som
  // Lying still, not answering, blue lips; a beating as they speak; tablets and not waking (training author H21).
  '(?:lezy|upadl\\S*|przewrocil\\S*) (?:\\S+ ){0,10}nie rusza sie', 'usta (?:ma |mial\\S* )?sine', 'sine usta', // pol
  '(?:zace|a cazut) (?:\\S+ ){0,8}nu (?:se misca|raspunde)', // ron
  '(?:siguen|estan|le estan) dando patadas', 'ya no se mueve', // spa
  'comprimidos (?:\\S+ ){0,8}nao acorda', 'nao acorda (?:\\S+ ){0,6}(?:respira\\S*|ressona\\S*)', // por
  // Swallowed what is not theirs to take: "o meu filho de 2 anos engoliu comprimidos da avó e está muito sonolento" got the not-sure
  // reply (caller trial 28, C28-02); as the Romanian "a inghitit … pastile" above.
  'engoli(?:u|ram) (?:\\S+ ){0,4}(?:comprimidos|pastilhas|medicamentos?|remedios?|pilhas?|baterias?|lixivia|detergente)', // por
  '(?:se ha tragado|se trago|trago|se han tragado) (?:\\S+ ){0,4}(?:pastillas|comprimidos|medicamentos|medicinas|pilas?|baterias?|lejia|detergente)', // spa
  'polkn\\S* (?:\\S+ ){0,4}(?:tabletk\\S*|leki|lekow|proszk\\S*|bateri\\S*)', // pol
  'prarij\\S* (?:\\S+ ){0,4}(?:tablet\\S*|vaist\\S*|baterij\\S*)', // lit
  'guli (?:\\S+ ){0,8}(?:neatsako|nekvepuoja|nejuda)', 'musa (?:\\S+ ){0,2}(?:zmona|vaika|vaikus|mama|kaimyn\\S*)', // lit
  'hadda (?:\\S+ ){0,3}(?:i )?garaac\\S*', '(?:i )?garaacayaa hadda', 'ku dhacay (?:\\S+ ){0,6}ma hadlayo', 'neefta(?:na)? si xun', // som
  // Chest pain and breath that will not come, a fall and no breath, not coming round, a baby not breathing in French (caller trial 23, NC-3 and H22-06).
  'nie (?:moze|mogl\\S*|moge|mozemy) (?:oddychac|zlapac (?:oddechu|tchu|powietrza))', '(?:silny |ostry |straszny )?bol w klatce piersiowej', // pol
  '(?:shash|shas|nishash) (?:nite (?:parche|parchhe|parchena|parchhena)|nicche|nichhe)(?: na)?', // ben
  'hosh (?:mein|me|main) nahi (?:aa|a) (?:rahe|raha|rahi|rhe|rha)', // urd
  'ne respire (?:plus|pas)', // a language outside the ten, for 999 at least
  '(?:mujhe|mujhay|usko|usay|use|unko|ek aadmi ko|ek aurat ko) maar (?:raha|rahe|rahi) (?:hai|hain|he)', 'hosh nahi (?:aa|aan?) (?:reha|rahi|raha)', 'kutt (?:reha|rahe|rahi) (?:hai|ae|aa)', // urd, pan
  'chaqu (?:mar|maar)\\S*', 'chhur(?:a|i) (?:mar|maar)\\S*', 'chaku (?:mar|maar)\\S*', 'behosh', 'be hosh', 'saans? nahi? (?:le|lay|aa) (?:raha|rahi|rhe)', 'saah nahi (?:aa|lai) (?:reha|rahi)', 'doob (?:raha|rahi|gaya|gayi)', 'dub(?:e)? (?:jacche|gelo|raha|rahi)', 'oggan', 'ogyan', 'ojnan', 'bhaa?n (?:ma |maa |me |mein )?(?:nathi|nahi)', // urd, pan, ben, and Gujarati beside them (caller trial 24, N24-H3)
  // Fallen and unable to get up, breathing hard: English has been 999 at once for a while; in the community languages
  // "my mother is 80, she fell in the toilet and can't get up, her breathing is difficult" got the not-sure reply (caller trial 30, C30-23).
  '(?:upadl\\S*|przewrocil\\S*) (?:\\S+ ){0,6}nie (?:moze|moge|mozemy|mogl\\S*) (?:wstac|sie podniesc)', 'ciezko oddycha', // pol
  'a cazut (?:\\S+ ){0,6}nu (?:se )?(?:poate|mai poate|putea) (?:ridica|scula)', 'respira (?:greu|cu greu)', 'nu (?:mai )?poate respira', // ron
  '(?:se cayo|se ha caido|cayo) (?:\\S+ ){0,6}no (?:se )?(?:puede|consigue|pudo) (?:levantar\\S*|poner\\S* de pie)', 'respira(?:ndo)? con (?:mucha )?dificultad', 'le cuesta (?:mucho )?respirar', 'no puede respirar', // spa
  'caiu (?:\\S+ ){0,6}nao (?:se )?(?:consegue|pode|conseguiu) (?:levantar\\S*|por se de pe)', 'respira(?:r)? com (?:muita )?dificuldade', 'nao consegue respirar', // por
  '(?:nukrito|parkrito|griuvo|parvirto) (?:\\S+ ){0,6}negal\\S* (?:atsikelti|atsistoti|pakilti)', 'sunkiai kvepuoja', 'negali kvepuoti', // lit
  'dhac\\S* (?:\\S+ ){0,6}(?:ma|mana) (?:kici|kacayso|kaci|istaagi)\\S*', 'neefsash\\S* (?:\\S+ ){0,3}(?:adag|dhib\\S*|culus)', // som
  'gir (?:gayi|gaye|gaya|gai|gae|payi|pai|pye|peya) (?:\\S+ ){0,6}(?:uth|uthh|utth|khari|khadi) (?:nahi|nai|ni)', 'saans (?:lene|laine) (?:mein|me|vich|ch) (?:bahut |bohat )?(?:mushkil|taklif|takleef|dikkat)', // urd, pan
  // Romanised Punjabi "saah lain vich bahut mushkil ho rahi aa" (breathing is very hard now) told mid-form was taken as the rooms (caller trial 31, C31-04).
  'saa?h (?:lain|laina|lainh|lende|len|lena) (?:vich|wich|ich|ch) (?:bahut |bohat |boht |bht )?(?:mushkil|aukha|aukhi|takleef|taklif|dikkat)', // pan
  // Cannot breathe, and turning blue, in romanised Punjabi and Urdu (caller re-check 31b, R31B-02: "uda rang neela ho reha" got "advisors aren't available").
  'saa?h nahi? (?:lai|le|lay|lain) (?:sakda|sakdi|sakde|pa (?:reha|rahi|rahe))', 'saans nahi? (?:le|lay) (?:sakta|sakti|sakte|pa (?:raha|rahi|rahe))', '(?:rang|rung|chehra|hont|honth|bull?(?:an|h)) (?:\\S+ )?(?:neela|neeli|neele|nila|nili|nile) (?:ho|pe|pa|par)', // pan, urd
  '(?:pore gech\\S*|pore gese|pore gelo) (?:\\S+ ){0,6}(?:uthte|uthe) (?:parche|parchen|pare) na', // ben
);
const nativeLifeInDanger = oneOf(
  'طعن', 'يطعن', 'ابتلع بطارية', 'بلع بطارية', 'شرب (?:الكلور|المبيض|الكلوروكس|سم)', '(?:شرب|شربت|بلع|بلعت) (?:منظف|مبيض|كلور)', 'بسكين', 'فاقد الوعي', 'فاقدة الوعي', 'فقدت? الوعي', 'مغمى عليه', 'مغمي عليه', 'مغمى عليها', 'مغمي عليها', '[أا]غمي علي(?:ه|ها)', 'لا يتنفس', 'ما يتنفس', 'مش بيتنفس', 'لا تتنفس', 'ما تتنفس', 'مش بتتنفس', '(?:لا|ما) (?:يستجيب|تستجيب)', 'صعوبة (?:شديدة )?في التنفس', '(?:لا|ما) (?:يستطيع|تستطيع|يقدر|تقدر) (?:التنفس|يتنفس|تتنفس)', '[أا]لم شديد في صدر\\S*', // and not responding, breath hard to get, a severe pain in the chest (outside re-check 24b)
   '(?:لا|ما) (?:يستيقظ|تستيقظ|يصحى|تصحى)', 'يغرق', 'غرقان', 'جرعة زائدة', // arb
  'چاقو مار', 'چھری مار', 'چاقو لے کر', 'بے ہوش', 'بیہوش', 'ہوش میں نہیں', 'ہوش نہیں', 'جاگ نہیں رہ', 'سانس لینے میں (?:بہت |شدید )?(?:تکلیف|مشکل|دشواری)', 'سینے میں (?:شدید|بہت تیز|بہت زیادہ) درد', 'سانس نہیں', 'ڈوب رہ', // urd (a woman or a man; caller trial 24, N24-C6)
  'ছুরি মের', 'ছুরি মার', 'ডুবছে', 'পানিতে পড়ে', 'পুকুরে পড়ে', 'চোখ খুলছে(?:ন)? না', 'অজ্ঞান', 'জ্ঞান নেই', 'জ্ঞান হারিয়ে', 'শ্বাস নিচ্ছে(?:ন)? না', 'ডুবে যাচ্ছে', 'ডুবে গেছে', // ben
  'ਚਾਕੂ ਮਾਰ', 'ਚਾਕੂ ਲੈ ਕੇ', 'ਬੇਹੋਸ਼', 'ਹੋਸ਼ ਨਹੀਂ', 'ਸਾਹ ਨਹੀਂ', 'ਡੁੱਬ ਰਹ', // pan
  // A beating as they speak, someone on the floor not answering, a child who drank cleaning liquid (training author H21).
  'يضربون (?:\\S+ ){0,6}(?:الحين|الآن|هلق|دلوقتي)', '(?:الحين|الآن|هلق|دلوقتي) (?:\\S+ ){0,3}يضرب\\S*', 'طايح (?:\\S+ ){0,6}(?:ما يرد|ما يتحرك|مايرد)', 'ونفسه ضعيف', // arb
  'مار رہے ہیں', 'مار رہا ہے', 'مار رہی ہے', 'پی گیا ہے (?:\\S+ ){0,4}(?:الٹیاں|سست|بے ہوش)', '(?:مائع|بلیچ|ڈٹرجنٹ|تیزاب) پی (?:گیا|گئی|لیا|لی)', // urd
  'মারছে', 'ছুরি নিয়ে', 'মারধর করছে', // ben
  'ਕੁੱਟ ਰਿਹਾ', 'ਕੁੱਟ ਰਹੇ', 'ਕੁੱਟ ਰਹੀ', 'ਮਾਰ ਰਿਹਾ ਹੈ', // pan
  // Fallen and unable to get up (caller trial 30, C30-23).
  '(?:وقع|وقعت|سقط|سقطت|طاح|طاحت)\\s*(?:\\S+\\s*){0,6}(?:ما|لا|مش)\\s*(?:يقدر|تقدر|يستطيع|تستطيع|قادر|قادرة)\\s*(?:\\S+\\s*)?(?:يقوم|تقوم|النهوض|ينهض|تنهض|يوقف|توقف)', // arb
  'گر\\s*(?:گئی|گئے|گیا|پڑی|پڑے|پڑا)\\s*(?:\\S+\\s*){0,6}(?:اٹھ|کھڑ)\\S*\\s*نہیں', // urd
  'পড়ে\\s*(?:গেছে|গেছেন|গিয়েছে|গিয়েছেন)\\s*(?:\\S+\\s*){0,6}উঠতে\\s*পার(?:ছে|ছেন)\\s*না', // ben
  'ਡਿੱਗ\\s*(?:ਪਏ|ਪਈ|ਪਿਆ|ਗਏ|ਗਈ)\\s*(?:\\S+\\s*){0,6}(?:ਉੱਠ|ਉਠ)\\S*\\s*(?:ਨਹੀਂ|ਨੀ)', // pan
);
/** Drowning in debts, bills or paperwork, or an overdose read about: not a life in danger now. */
const notLifeInDanger = oneOf('deud\\S*', 'facturas?', 'dividas?', 'contas', 'papeles', 'datori\\S*', 'facturi', 'dlug\\S*', 'rachunk\\S*', 'skol\\S*', 'deyn\\S*', 'qarz\\S*', 'karz\\S*', 'rin', 'serie', 'pelicula', 'filme?', 'novela', 'serial\\S*', 'film\\S*');

export const multilingualHazardRules: readonly Rule<EmergencyKind>[] = [
  { id: 'gas.other-language.lit-som', kind: 'gas', pattern: phrase(lithuanianSomaliGas) },
  { id: 'fire.other-language.lit-som', kind: 'fire', pattern: phrase(lithuanianSomaliFire) },
  { id: 'flood.other-language.lit-som', kind: 'flooding', pattern: phrase(lithuanianSomaliFlood) },
  { id: 'homeless.other-language.lit-som', kind: 'homeless-tonight', ignoresNegation: true, pattern: phrase(lithuanianSomaliHomeless) },
  { id: 'electrics.other-language', kind: 'electrical-hazard', pattern: phrase(latinElectrics) },
  { id: 'electrics.native-script', kind: 'electrical-hazard', pattern: native(nativeElectrics) },
  { id: 'electrics.water.other-language', kind: 'water-electrics', pattern: phrase(near(water, lightOrElectrics, 6)) },
  { id: 'electrics.water.native-script', kind: 'water-electrics', pattern: native(nativeWaterElectrics) },
  // Across a clause break: "curge mult, e langa becul din baie" (it's pouring, it's by the bathroom bulb; caller trial 31, C31-12).
  { id: 'electrics.water.flowing-by', kind: 'water-electrics', pattern: phrase(`${oneOf('curge', 'picura', 'cieknie', 'kapie', 'gotea', 'chorrea', 'pinga', 'escorre')}(?: \\S+){0,6} ${lightOrElectrics}`) },
  { id: 'heat.other-language', kind: 'no-heat-vulnerable', ignoresNegation: true, pattern: phrase(latinNoHeat), alsoNeeds: someoneVulnerable },
  { id: 'heat.native-script', kind: 'no-heat-vulnerable', ignoresNegation: true, pattern: native(nativeNoHeat), alsoNeeds: someoneVulnerable },
  { id: 'insecure.other-language', kind: 'insecure-home', pattern: phrase(latinWillNotLock), alsoNeeds: present(latinBreakIn) },
  { id: 'insecure.native-script', kind: 'insecure-home', pattern: native(nativeInsecure) },
  { id: 'sewage.other-language', kind: 'sewage', pattern: phrase(latinSewage) },
  { id: 'sewage.native-script', kind: 'sewage', pattern: native(nativeSewage) },
  { id: 'structure.other-language', kind: 'structural', pattern: phrase(latinCollapse) },
  { id: 'structure.giving-way.other-language', kind: 'structural', pattern: phrase(near(latinStructure, latinGivingWay, 5)) },
  { id: 'structure.giving-way.native-script', kind: 'structural', pattern: native(nativeStructure) },
  { id: 'fire.smoke-spreading.other-language', kind: 'fire', pattern: phrase(latinSmokeSpreading), vetoedBy: present(notAFire) },
  { id: 'structure.native-script', kind: 'structural', pattern: native(nativeCollapse) },
  { id: 'life.other-language', kind: 'danger-to-life', pattern: phrase(latinLifeInDanger), vetoedBy: present(notLifeInDanger) },
  { id: 'life.native-script', kind: 'danger-to-life', pattern: native(nativeLifeInDanger), vetoedBy: native(oneOf('ديون', 'قرض', 'فلم', 'مسلسل', 'ফিল্ম', 'ঋণ')) },
];
