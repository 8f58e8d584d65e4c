import { oneOf } from './rules.js';
import type { Concept } from './combinations.js';

/**
 * More of combinations.ts's concepts in the ten community languages, in the words residents
 * write rather than the dictionary's: kinship words (the person a resident worries about is a
 * grandmother, a father, a brother before a "vulnerable adult"), everyday verbs for hitting,
 * leaving alone, not opening the door and taking the pension, and the spellings people type:
 * romanised Urdu, Punjabi and Bengali in several spellings, Latin words without accents (as the
 * normaliser leaves them) and Lithuanian, Polish and Romanian endings left open. Kept apart from
 * the English lists so each language's words can be reviewed by a native speaker in one place.
 * Native-script entries go under the `…Native` concepts, which match at a word's start (Arabic
 * articles and conjunctions are allowed before it, see `native` in rules.ts).
 */
export const communityWords: Partial<Record<Concept, string>> = {
  /** Children, babies and teenagers. */
  child: oneOf('chlop(?:iec|ca|cy|czyk\\S*)', 'dziewczyn\\S*', 'chhota munda', 'chhoti kudi', 
    'dzieciak\\S*', 'malu(?:ch|szek)\\S*', 'niemowl\\S*', 'nastolat\\S*', 'corek', 'corki', 'coreczk\\S*', 'synek', 'synka', // pol
    'baiat\\S*', 'baieti\\S*', 'fat(?:a|ita|ul)', 'fetit\\S*', 'bebelus\\S*', 'adolescent\\S*', 'nepot\\S*', // ron
    'bebes?', 'chic[oa]s?', 'adolescentes?', 'sobrin[oa]s?', // spa
    'mioud[oa]s?', 'sobrinh[oa]s?', // por
    'vaik\\S*', 'paaugl\\S*', 'mergait\\S*', 'berniuk\\S*', 'kudik\\S*', 'dukter\\S*', 'anuk\\S*', // lit
    'beta', 'beti', 'bete', 'betiyan', 'larka', 'larki', 'bachi', 'bachiyan', 'bacch?(?:a|e|i|ay|on)', 'bhateej\\S*', 'bhanj\\S*', // urd
    'puttar', 'dhee', 'kuri', 'kudi', 'munde', 'nikke', 'nikki', 'bachcha', 'baccha', // pan, ben
    'chele', 'meye', 'chhele', 'meyeta', 'cheleta', 'bachha', 'bachchara', 'shishu', // ben
    'gabadh\\S*', 'inan(?:ka|kayga|ta)?', 'ilmah\\S*', 'caruur\\S*', 'dhallinyar\\S*', 'ubad\\S*', // som
  ),
  childNative: oneOf(
    'ولد', 'أولاد', 'اولاد', 'ولاد', 'بنت', 'طفلة', 'رضيع', 'ابن', 'بنات', 'صغار', 'مراهق', // arb
    'بیٹا', 'بیٹی', 'لڑکا', 'لڑکی', 'بھتیج', 'بھانج', 'بچ', // urd
    'শিশু', 'ছেলে', 'মেয়ে', 'বাচ্চা', 'ভাতিজ', 'ভাগ্নি', // ben
    'ਪੁੱਤ', 'ਧੀ', 'ਭਤੀਜ', 'ਭਾਣਜ', 'ਨਿੱਕ', 'ਮੁੰਡਾ', // pan
  ),
  /** Left without an adult. */
  alone: oneOf('jest sam(?:a)?', 'rodzicow nie ma', 'nie ma rodzicow', 'deix\\S* (?:o|a|os|as) (?:bebe|crianc\\S*|menin\\S*|filh\\S*)(?! (?:com|na creche|na escola|no infantario))', 'dej\\S* (?:al|a los|a la|a las) (?:bebe|nin\\S*|hij\\S*)(?! (?:con|en la guarderia|en el colegio))', 'las\\S* (?:copil\\S*|bebelus\\S*)(?! (?:cu|la gradinita|la scoala))', 'palie\\S* (?:vaik\\S*|kudik\\S*)(?! (?:su|darzel\\S*|mokykl\\S*))', 
    'same (?:w domu|w mieszkaniu|na (?:noc|cal\\S*|weekend)|przez (?:\\S+ )?(?:noc\\S*|dni|godzin\\S*))', 'samych', 'samego', 'bez nikogo', // pol
    'singur(?:i|e|a|el)?', 'lasa\\S* singur\\S*', // ron
    'sol(?:os|as|itos|itas)', 'dej(?:a|an|o|aron) sol\\S*', // spa
    'sozinh(?:os|as)', 'deix(?:a|am|ou|aram) sozinh\\S*', // por
    'vien(?:i|os|as|u)', 'palie\\S* vien\\S*', 'be suaugusi\\S*', // lit
    'akele', 'akeli', 'akela', 'ikalle', 'ikalli', 'ekla', 'kelligood', // urd, pan, ben, som
  ),
  aloneNative: oneOf('তালাবদ্ধ', 'আটকে রাখ', 'বন্ধ করে রাখ', 'وحدهم', 'لوحدهم', 'بمفردهم', 'اکیلے', 'একা', 'ਇਕੱਲ', 'ਕੱਲੇ'),
  /** Long spans and nights. */
  nightOrLong: oneOf('(?:2[1-3]|0[0-4])(?::\\d\\d|h\\d{0,2})', '(?:9|10|11) ?pm', 'madrugada', 'w nocy', 'noaptea', 'de noche', 'a noite', 'naktimis', 'raat (?:ko|nu|e)', 'raate', 'habeenkii', 'horas', 'ore', 'godzin\\S*', 'valand\\S*', 'ghant(?:e|a|on)', 'saacad\\S*', 'প্রতিদিন', 'রোজ', 'ساعات', 'گھنٹ', 
    'dni(?:ami)?', 'calymi dniami', 'cala noc', 'na noc', 'zile(?:le)?', 'toata noaptea', 'dias', 'todo el dia', 'toda la noche', 'todo o dia', 'a noite toda', 'toda a noite', 'dien\\S*', 'visa nakt\\S*',
    'sara din', 'saara din', 'din bhar', 'roz', 'sara raat', 'saari raat', 'sarodin', 'sara din', 'maalin\\S*', 'أياما', 'أيام', 'ايام', 'দিন', 'সারাদিন', 'ਦਿਨ', 'دن',
  ),
  /** Hit, bruised or hurt. */
  hurt: oneOf('szarpie', 'kopn\\S*', 'dusi', 'strangul\\S*', 'sugrum\\S*', 'palmuit\\S*', 'me pega', 'le pega', 'me pego', 'ahorc\\S*', 'estrangul\\S*', 'bofetad\\S*', 'patad\\S*', 'me bate', 'bate nela', 'bate em', 'sufoc\\S*', 'tapa na cara', 'pontape\\S*', 'trenk\\S*', 'spard\\S*', 'smaugi\\S*', 'thappad\\S*', 'chaant\\S*', 'gala daba\\S*', 'dhakka', 'marche', 'mareche', 'marlo', 'marchhe', 'thappor', 'gola tipe', 'ku dhufat\\S*', 'ceejiy\\S*', 'maare', 'smaug\\S*', 'magoa\\S*', 'darabni', 'yedrabni', 'byedrabni', 'darabha', '(?:bolle|amake|oke|take|amader) mare', 'mare dhore', 'mere fel\\S*', 
    'bije', 'bila', 'leje', 'siniak\\S*', 'posiniacz\\S*', 'uderz\\S*', // pol
    'bat(?:e|ut|ea)', 'loveste', 'vanatai\\S*', 'vanat(?:a|e)', 'lovit\\S*', // ron
    'golpea\\S*', 'moratones', 'moretones', 'moraton', 'cardenales', 'heridas', // spa
    'nodoas negras', 'marcas roxas', 'espanca\\S*', 'feridas?', // por
    'musa', 'musdavo', 'muse', 'melyn\\S*', 'sumust\\S*', // lit
    'maarta', 'marta', 'maarte', 'marte', 'peet\\S*', 'zakhm\\S*', 'neel', 'nishan', 'kutt\\S*', 'maarda', 'marda', 'mardhor', 'maar', // urd, pan, ben
    'garaac\\S*', 'dhaawac\\S*', 'bararsan\\S*', 'nabar\\S*', // som
  ),
  hurtNative: oneOf('مارتا', 'مارا', 'تھپڑ', 'گلا دبا', 'মারছ', 'মারত', 'মেরেছ', 'মারল', 'থাপ্পড়', 'গলা টিপ', 'خنق', 'يخنق', 'صفع', 'يضربها', 'ضربني', 'ਥੱਪੜ', 'كدمات', 'ضرب', 'يضرب', 'مضروب', 'زخم', 'مارتا', 'پیٹ', 'মারে', 'মারধর', 'ক্ষত', 'ਕੁੱਟ', 'ਮਾਰਦ', 'ਸੱਟ', 'ਨੀਲ'),
  /** Going without food, school or warmth. */
  noFood: oneOf('(?:kapde|kapray|kapre) (?:vi |bhi )?(?:nahi|nahin|nai)', 'bina kap(?:de|ron|don)', '(?:thand|sardi) (?:mein|ch|vich) bahar', 'jama (?:kapor )?nei', 'thanday baire', 'bez (?:kurtki|butow|ubrania)', 'na mrozie', 'fara haine', 'dezbracat\\S*', 'in frig afara', 'sin abrigo', 'sin ropa', 'descalz\\S*', 'sem casaco', 'sem roupa', 'descalc\\S*', 'be striukes', 'basas', 'basi', 'dhar la aan', 'qaawan\\S*', 'khana (?:vi|bhi) (?:time te )?(?:nahi|nahin)', 
    'glodn\\S*', 'nie (?:maja|ma) (?:co jesc|jedzenia)', 'nie jedza', // pol
    'nu (?:au|are) (?:ce manca|mancare)', 'flamand\\S*', // ron
    'no (?:tienen|tiene|les dan) (?:de )?comer', 'sin comer', 'pasan hambre', // spa
    'nao (?:tem|temos|tenho) comida', 'sem comer', 'passa\\S* fome', // por
    'neturi (?:ka )?valgyti', 'alkan\\S*', 'nevalg\\S*', // lit
    'khana nahi', 'khana bhi nahi', 'khaana nahi', 'bhook\\S*', 'bhukh\\S*', 'khabar dey na', 'khete dey na', 'khabar nei', 'cunto (?:ma|la\\S*)', 'gaajo\\S*', // urd, pan, ben, som
    'school (?:nahi|nahin|jay na|jaye na)', 'iskuulka ma',
  ),
  noFoodNative: oneOf('کپڑے نہیں', 'کپڑے بھی نہیں', 'জামা নেই', 'কাপড় নেই', 'بدون ملابس', 'بلا ملابس', 'ਕੱਪੜੇ ਨਹੀਂ', 'لا يأكل', 'بلا أكل', 'جوعان', 'جوعانين', 'ما في أكل', 'کھانا نہیں', 'খাবার দেয় না', 'খাবার নেই', 'ਖਾਣਾ ਨਹੀਂ', 'ਖਾਣਾ ਵੀ ਨਹੀਂ', 'স্কুলে যেতে দেখি না', 'ਸਕੂਲ ਨਹੀਂ'),
  /** Put out of the home, or locked outside. */
  putOut: oneOf('(?:spi|spal\\S*|nocuje) (?:na|w|pod) (?:ulicy|dworze|klatce|parku|mostem|wiaduktem|przejsciu)', 'doarme (?:pe strada|in parc|pe scari|sub pod|in pasaj)', 'duerme (?:en el parque|en el portal|bajo el puente|en el paso)', 'dorme (?:no parque|debaixo da ponte|na passagem|no vao)', 'miega (?:parke|po tiltu|perej\\S*)', '(?:sadak|road|bahar) (?:par |te |utte )?so(?:ta|ti|nda|ndi|unda|undi)\\S*', 'raastay ghumay', 'rastay ghumay', 'baire ghum\\S*', '(?:dibadda|waddada|jidka) (?:ayuu |bay )?(?:seex\\S*|jiif\\S*)', 'darwaza (?:nahi|nahin) khol(?:de|da|te|ti)', 'estou na rua', 'estamos na rua', 'stau (?:in|pe) strada', 'estoy en la calle', 'nu (?:il|l|o|ma|m) (?:mai )?lasa in casa', 'doarme afara', 'duerme (?:en la calle|fuera|en la escalera)', 'dorme (?:na rua|na escada|fora)', 'miega (?:laiptin\\S*|lauke|gatv\\S*)', 'spi (?:na (?:klatce|ulicy|dworze)|w (?:klatce|samochodzie))', '(?:bahar|baahar) (?:so|sau)(?:ta|ti|nda|ndi|ne)\\S*', 
    '(?:go|ja|ich|mnie|nas) (?:\\S+ )?wyrzuc\\S*', 'wyrzuc\\S* (?:go|ja|ich|mnie|nas)', 'wyrzuc\\S* z domu', '(?:go|ja|ich|mnie|nas) wygoni\\S*', 'wygoni\\S* (?:go|ja|ich|mnie|nas)', 'nie wpuszcza\\S*', 'dat afara', 'a dat o afara', 'nu (?:il|o|ma) lasa in casa', 'echad[oa]s? de casa', '(?:me|la|lo|nos) echaron', '(?:la|lo) echo de casa', 'pos me fora', 'pos(?: a| o)? fora de casa', 'expulso\\S*', 'isvare', 'isvar\\S*', 'ismete', 'ghar se nikal\\S*', 'ghar ton kadd\\S*', 'ber kore diy\\S*', 'guriga ka saar\\S*', 'laga saaray',
  ),
  putOutNative: oneOf('سڑک پر سو', 'باہر سوت', 'রাস্তায় ঘুম', 'বাইরে ঘুম', 'ينام في الشارع', 'ينام برا', 'ਬਾਹਰ ਸੌਂ', 'ਸੜਕ ਤੇ ਸੌਂ', 'نکال دیا', 'نکال دی', 'তালা লাগিয়ে দি', 'কোথায় থাকব', 'থাকার জায়গা নেই', 'ফেলে দি', 'طرد', 'طردو', 'گھر سے نکال', 'বের করে দি', 'ਘਰੋਂ ਕੱਢ', 'ਬਾਹਰ ਕੱਢ'),
  /** Exploited: carrying packages for older boys or men, drugs, money and phones from strangers, cutting (FGM). */
  exploited: oneOf('ficaram com o (?:apartamento|flat)', 'tomaram conta (?:do|da)', 'drugs? (?:bech|bik)\\S*', 'droga\\S*', 
    'nos\\S* paczk\\S*', 'rozwozi\\S* paczk\\S*', 'starsi (?:chlopcy|mezczyzni|koledzy)', 'duc\\S* pachete', 'duce pachete', 'baieti mai mari', 'barbat\\S* (?:mai )?in varsta', 'llev\\S* paquetes', 'chicos mayores', 'hombres mayores',
    'lev\\S* pacotes', 'rapazes mais velhos', 'homens mais velhos', 'nes\\S* paket\\S*', 'vez\\S* paket\\S*', 'vyresni (?:vaikinai|vyrai)', 'packet (?:chuk|le ja|pahunch|utha)\\S*', 'vade (?:munde|mundean)', 'bare (?:larke|ladke)',
    'zabardasti', 'gudn\\S*', 'gudo', 'rag waaweyn', 'nin weyn', 'mukhaadaraad\\S*', 'daroogo\\S*', 'priverst\\S*', 'przymus\\S*', 'fortat\\S*', 'forzad[oa]', 'forcad[oa]',
  ),
  exploitedNative: oneOf('رجال كبار', 'بسيارات', 'مخدرات', 'ختان', 'شباب أكبر', 'ਜ਼ਬਰਦਸਤੀ', 'ਨਸ਼', 'ਪੈਕੇਟ ਚੁ', 'جبر'),
  /** The person a resident worries about: relatives and older neighbours. */
  someone: oneOf('bazurg', 'bajurg', 'bzurg', 'aunty', 'auntie', 'bibi', '(?:jest|mieszka) sam(?:a)?', 'sam(?:a)? i chor(?:y|a)', 'vive sol[oa]', 'mora sozinh[oa]', 'locuieste singur\\S*', 'gyvena vien(?:a|as)', 'akel(?:a|i|e) (?:reh|rah)\\S*', 'ikall(?:a|i|e) (?:reh|rai)\\S*', 'ekla thak\\S*', 'kaligii?(?:s|d)a? ku nool\\S*', 'kaligeed ku nool\\S*', '(?:el|la) senor(?:a)? del', 'naan(?:a|i)', 'nana ji', 'nani ji', 'mazoor', 'maazoor', 'mazur', 'dificuldades? de aprendizagem', 'discapacidad', 'deficien(?:cia|te)', 'dizabilit\\S*', 'niepelnospraw\\S*', 'negal\\S*', 'naafo', 'acamad[oa]', 'encamad[oa]', 'lezac\\S*', 'paralisi[as]', 'dement(?:a|e|ia|ie)', 'pan(?:a|i)? z (?:mieszkania obok|naprzeciwka|dolu|gory)', '[6-9]\\d (?:lat|ani|anos|metu|metai|saal|sal|bochor|jir|sano)(?!\\S)', 
    'tat(?:a|o|y)', 'mam(?:a|y|e)', 'ojc\\S*', 'matk\\S*', 'babci\\S*', 'babka', 'dziadek', 'dziadk\\S*', 'brat(?:a)?', 'siostr\\S*', 'wujek', 'ciocia', 'starsz(?:y|a) (?:pan|pani)', 'starszy', 'starsza', 'pan(?:i)? z (?:mieszkania|parteru|gory|dolu)', // pol
    'tat(?:al|ul|a)', 'mam(?:a|ei)', 'bunic(?:a|ul)\\S*', 'frat(?:e|ele)', 'sor(?:a|ei)', 'unchi\\S*', 'matusa', 'batran\\S*', 'in varsta', // ron
    'abuel[oa]s?', 'padre', 'madre', 'herman[oa]', 'ti[oa]', 'ancian[oa]', '(?:persona|senora|senor|vecin[oa]) mayor', 'es mayor', 'vecin[oa]s?', // spa
    'avo', 'avos', 'pai', 'mae', 'irma', 'irmao', 'ti[oa]', 'idos[oa]', 'vizinh[oa]s?', 'senhora', // por
    'mam(?:a|os)', 'tet(?:is|e|i)', 'tev(?:as|o|ui)', 'mociut\\S*', 'mociute', 'senel\\S*', 'senut\\S*', 'senol\\S*', 'brol\\S*', 'sesu\\S*', 'sese', 'pusbrol\\S*', 'dede', 'teta', 'pagyven\\S*', // lit
    'ammi', 'ammee', 'abbu', 'abba', 'walid\\S*', 'walida', 'bhai', 'behen', 'phupp?o', 'phuphi', 'chach(?:a|i)', 'mamu', 'khala', 'nani', 'dadi', 'nana', 'dada', 'buzurg', 'budh(?:e|i|a)', // urd
    'biji', 'bebe', 'bapu', 'bhra', 'bhen', 'taaya', 'taya', 'mami', 'gwaandh\\S*', 'gwandh\\S*', 'gwand\\S*', // pan
    'baba', 'chacha', 'shashuri', 'briddho', 'buro', 'burha', // ben
    'hooy(?:o|ada|adey)\\S*', 'aab(?:e|aha|ahay)\\S*', 'walaal\\S*', 'ayeeyo\\S*', 'awoowe\\S*', 'duq\\S*', 'habaryar\\S*', 'adeer\\S*', // som
  ),
  someoneNative: oneOf('إعاقة', 'اعاقة', 'معاق', 'كبير بالعمر', 'كبيرة بالعمر', 'معذور', 'প্রতিবন্ধী', 'ਅਪਾਹਜ', 
    'أمي', 'امي', 'أبي', 'أبوي', 'ابوي', 'جدتي', 'جدي', 'أخي', 'اخي', 'أخوي', 'اخوي', 'أختي', 'عمي', 'خالتي', 'عجوز', 'مسن', 'جار', // arb
    'امی', 'ابو', 'والد', 'والدہ', 'بھائی', 'بہن', 'نانی', 'دادی', 'پھوپھو', 'چچا', 'بزرگ', // urd
    'মায়ের', 'বাবা', 'ভাই', 'বোন', 'দাদি', 'নানি', 'শাশুড়ি', 'চাচা', 'বৃদ্ধ', 'বুড়ো', 'পাশের বাসা', 'পাশের ফ্ল্যাট', // ben
    'ਮਾਂ', 'ਪਿਤਾ', 'ਭਰਾ', 'ਭੈਣ', 'ਬੀਜੀ', 'ਬੇਬੇ', 'ਚਾਚਾ', 'ਦਾਦੀ', 'ਨਾਨੀ', 'ਬਜ਼ੁਰਗ', // pan
  ),
  /** Not seen, not answering, the door not opened, post piling up. */
  notSeen: oneOf(
    'nie (?:otwiera|odbiera|odpowiada|wychodzi|odzywa sie|widac go|widac jej)', 'nikt nie otwiera', 'nie widzial\\S*', 'nie widzi\\S*', 'pelno listow', 'listy (?:leza|sie pietrza|wystaja)', // pol
    'nu (?:raspunde|deschide|a mai iesit|l am (?:mai )?vazut|am (?:mai )?vazut)\\S*', 'cutia postala (?:e )?plina', // ron
    'no (?:contesta|responde|abre)', 'no (?:la|lo) (?:veo|he visto|hemos visto|vemos)', 'correo acumulado', 'cartas acumuladas', // spa
    'nao (?:atende|responde|abre|sai)', 'nao (?:a|o) (?:vejo|vi|vemos)', 'ninguem (?:a|o) ve', 'correio acumulado', 'cartas acumuladas', // por
    'nesirodo', 'neatsiliep\\S*', 'neatidar\\S*', 'nemat\\S*', 'laisk\\S* (?:krenta|kaupiasi|kaupiasi)', // lit
    '(?:nazar|dikhai|dikhayi) (?:nahi|nahin) (?:aa|aaya|aayi|aai|di|de)\\S*', 'nahi dikh\\S*', '(?:darwaza|door) (?:koi )?(?:nahi|nahin) (?:khol\\S*)', 'phone (?:nahi|nahin) (?:utha|chuk)\\S*', // urd, pan
    'dekhi na', 'dekhini', 'dekha jay na', 'phone dhore na', 'sara dey na', // ben
    'ma (?:arag|arkin)\\S*', 'lama arag\\S*', 'albaabka ma fur\\S*', 'taleefanka ma qab\\S*', // som
  ),
  notSeenNative: oneOf('لم أرها', 'لم أره', 'ما شفتها', 'ما حدا شافه', 'متراكم', 'لا ترد', 'لا يرد', 'ما بيرد', 'نظر نہیں', 'دکھائی نہیں', 'دروازہ نہیں کھول', 'দেখি না', 'দেখছি না', 'চিঠি জমে', 'দরজা খোলে না', 'ਨਜ਼ਰ ਨਹੀਂ', 'ਦਿਖਾਈ ਨਹੀਂ', 'ਦਰਵਾਜ਼ਾ ਨਹੀਂ'),
  /** A span of days, a week, since yesterday. */
  duration: oneOf('od (?:piatku|soboty|niedzieli|wczoraj)', 
    'od (?:wczoraj|poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli)', 'kilka dni', 'od kilku dni', // pol
    'de (?:cateva|\\d+) zile', 'de ieri', 'de o saptamana', // ron
    'hace (?:\\S+ )?(?:dias|semanas?)', '(?:\\S+) dias', 'desde (?:ayer|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))', // spa
    'ha (?:\\S+ )?(?:dias|semanas?)', 'desde (?:ontem|segunda|terca|quarta|quinta|sexta|sabado|domingo)', // por
    'kelias dienas', 'kelis dienas', 'jau (?:\\S+ )?dien\\S*', 'nuo vakar\\S*', '\\S+ dienas', // lit
    'kai din', 'kayi din', 'din se', 'dinon se', 'dino se', 'dinaan ton', 'dina ton', 'hafte se', 'kal se', 'din dhore', 'din dhor\\S*', 'maalmo\\S*', // urd, pan, ben, som
  ),
  durationNative: oneOf('منذ أيام', 'أيام', 'ايام', 'أسبوع', 'اسبوع', 'امبارح', 'دن سے', 'دنوں', 'দিন ধরে', 'দিন', 'ਦਿਨਾਂ', 'ਦਿਨ'),
  /** Money, pension or papers taken by someone else. */
  moneyTakenBefore: oneOf('(?:paem\\S*|pasiem\\S*|pasiim\\S*|ima) (?:\\S+ ){0,3}(?:kortel\\S*|pinig\\S*|pensij\\S*)', '(?:pension|paise|paisay|card|salary|benefits?) (?:\\S+ ){0,3}(?:rakh (?:lainda|lainde|leta|leti|lete|liya|lenda|laindi)|kha ja\\S*)', '(?:zabral\\S*|wzial\\S*) (?:\\S+ ){0,2}(?:karte|pieniadze|emeryture)', '(?:le a |i a )?(?:luat|lua) (?:\\S+ ){0,2}(?:cardul|banii|pensia)', '(?:le )?(?:quito|saco|cogio) (?:\\S+ ){0,2}(?:la tarjeta|el dinero|la pension)', '(?:tirou|levou|pegou) (?:\\S+ ){0,2}(?:o cartao|o dinheiro|a pensao|a reforma)', 'paise kadh\\S*', '(?:bank )?card (?:lai|le) (?:ke|ja)\\S*', 'recebe o (?:\\S+ ){0,2}(?:benefit|dinheiro|pensao|reforma) dele', 'sign kar(?:w|v)a\\S*', 'apne naam (?:kar(?:w|v)a|likhwa)\\S*', '(?:pension|paise|paisay|salary|benefits) (?:\\S+ ){0,3}(?:le leta|le lete|le leti|lai lainda|le lainda|le lainde|lai lainde)', 
    '(?:zabiera|bierze|wyplaca|pozycza) (?:\\S+ )?(?:jej |jego |mu |od niego |od niej )?(?:pieniadze|emeryture|rente|karte)', 'pozycza od (?:niego|niej) pieniadze', // pol
    '(?:ia|i a luat|i au luat|ii iau|ii ia) (?:\\S+ )?(?:banii|pensia|cardul|actele|pasaportul)', 'ne a luat actele', 'i a luat pasaportul', // ron
    '(?:le )?(?:quita|saca\\S*|sacarle|cobra|se queda con) (?:\\S+ )?(?:dinero|pension|tarjeta)', 'me quitaron el pasaporte', // spa
    '(?:fica com|tira|leva|levou|tirou) (?:\\S+ )?(?:dinheiro|pensao|cartao|reforma)', // por
    '(?:pasiima|atima|atem\\S*) (?:\\S+ )?(?:pinigus|pensij\\S*|kortel\\S*|dokument\\S*)', 'atem\\S* dokument\\S*', // lit
    '(?:pension|paise|paisay|salary|benefits|cheque|card) (?:\\S+ )?(?:le leta|le lete|le leti|lai lainda|le lainde|lai lainde|nikal\\S*|sign karva\\S*|kha ja\\S*)', 'taka (?:dhar )?ney', 'taka niye ney', // urd, pan, ben
    'lacag(?:teeda|tiisa|ta)? (?:\\S+ )?(?:qaat\\S*|ka qaad\\S*)', // som
  ),
  takenNative: oneOf('يأخذون', 'ياخذون', 'يأخذ', 'أخذ', 'لے لیت', 'لے لی', 'নিয়ে যায়', 'নিয়ে নেয়', 'ਲੈ ਲੈਂਦ', 'ਲੈ ਲਿਆ', 'محجوزة', 'محجوز'),
  moneyNative: oneOf('راتب', 'بطاقة', 'بطاقته', 'کارڈ', 'ਕਾਰਡ', 'معاش', 'معاشه', 'فلوس', 'مصاري', 'جوازات', 'پنشن', 'پیسے', 'تنخواہ', 'পেনশন', 'টাকা', 'ਪੈਨਸ਼ਨ', 'ਪੈਸੇ', 'ਤਨਖਾਹ'),
  /** Kept in, not allowed out, afraid. */
  controlled: oneOf('boje sie (?:go|jego|jej)', 'mi e frica de el', 'le tengo miedo', 'tenho medo dele', 'bijo (?:jo|jam)', '(?:us|ohton|ohnu) (?:se )?(?:darr|dar)', 'take bhoy (?:pai|lage)', 'bhoy kore', 'bijau (?:del|uz) (?:jos|jo)', 'bahar nahi (?:jane|jaan)', 'darr se'),
  /** Kept in by someone: locked in a room, not let out. */
  keptIn: oneOf('zamyka (?:go|ja|ich)', 'nie wypuszcza', 'o tine (?:inchisa|in casa)', 'il tine (?:inchis|in casa)', '(?:la|lo) encierra', '(?:a|o) fecha (?:em casa|no quarto)', 'uzrakin\\S*', '(?:kamre|ghar) (?:mein|ch|vich) band', 'band (?:kar ke )?rakh\\S*', 'ku xir\\S*'),
  keptInNative: oneOf('يحبس', 'محبوس', 'بند رکھتا', 'বন্ধ করে রাখ', 'আটকে রাখ', 'ਬੰਦ ਰੱਖਦ'),
  controlledNative: oneOf('يحبس', 'محبوس', 'غصب', 'بند رکھتا', 'আটকে রাখ', 'ভয় পায়', 'ਬੰਦ ਰੱਖਦਾ', 'ਡਰਦ'),
  /** Self-neglect and neglect of an adult: unwashed, unfed, rubbish, the heating off. */
  adultNeglect: oneOf('roti (?:vi |bhi )?(?:nahi|nahin|nai) (?:dinda|dende|dindi|deta|deti|dete|milti)', 'khana (?:vi |bhi )?(?:nahi|nahin|nai) (?:dinda|dende|dindi)', 'khete (?:dey|deyna) na', 'nu ii da (?:de )?mancare', 'no le da de comer', 'nao lhe da de comer', 'nie daje (?:mu|jej) jesc', 'neduoda valgyti', 'no deja entrar a nadie', 'nao deixa (?:ninguem|entrar ninguem)', 'nie wpuszcza nikogo', 'nu lasa pe nimeni', 'neileidzia niek\\S*', 'kisi ko andar nahi', 'muy delgad[oa]', 'muito magr[oa]', 
    'nie (?:je|myje sie)', 'brud\\S*', 'nu (?:mananca|se spala)', 'no come (?:nada|bien)', 'no se lava', 'nao (?:come|se lava)', 'comida podre', 'cheio de lixo', 'nevalgo', 'nesiprausia',
    'khana (?:bhi )?(?:theek se )?nahi (?:deta|deti|dinda|khate|khandi)', 'nahate nahi', 'khay na', 'gosol kore na', 'cunto ma haysto', 'cid eegaysa ma jirto', 'cunto ma hays\\S*',
  ),
  adultNeglectNative: oneOf('جوعان', 'ملوث', 'ما بيجي', 'ما بتجي', 'لا يأكل', 'গোসল করেন না', 'খান না', 'খাবার নেই', 'ময়লা', 'کھانا نہیں دیتا', 'ਖਾਣਾ ਨਹੀਂ ਦਿੰਦ'),
  /** Heating off, however it is put. */
  noHeating: oneOf('ma ?fi (?:heating|tadfi\\S*)', 'heating kaj korche na', 'kuleyl\\S* ma shaqeyn\\S*', 
    'ogrzewanie (?:nie dziala|wylaczone|zepsute)', 'nie ma ogrzewania', 'caldura (?:nu merge|oprita)', 'fara caldura', 'calefaccion (?:apagada|no funciona)', 'aquecimento (?:desligado|nao funciona|avariado)', 'nera (?:sildymo|silumos)', 'sildymas neveikia',
    'heating (?:band|bund|kharab|nahi)', 'boiler (?:bilkul )?(?:band|kharab|kaam nahi)', 'kulayliyaha (?:\\S+ )?(?:dansan|jaban)\\S*', 'kuleyl ma\\S*', 'heating nei', 'boiler kharap',
  ),
  noHeatingNative: oneOf('التدفئة مطفأة', 'ہیٹنگ بند', 'হিটিং বন্ধ', 'ਹੀਟਿੰਗ ਬੰਦ'),
  /** Power gone. */
  noPower: oneOf('nie ma (?:pradu|swiatla)', 'nu avem curent', 'nu (?:e|este) curent', 'no (?:hay|tenemos) (?:luz|electricidad)', 'sem (?:luz|eletricidade|electricidade)', 'nera (?:elektros|sviesos)', 'bijli (?:nahi|band|chali)', 'current nei', 'bidyut nei', 'laydh\\S* ma'),
  noPowerNative: oneOf('بجلی (?:پوری )?بند', 'بجلی نہیں', 'انقطعت الكهرباء', 'বিদ্যুৎ নেই', 'কারেন্ট নেই', 'ਬਿਜਲੀ ਨਹੀਂ', 'ਬਿਜਲੀ ਬੰਦ'),
  /** Babies, the old and the ill, for whom cold is dangerous. */
  vulnerableToCold: oneOf('paralisis', 'paralisia', 'cerebral palsy', 'mareed\\S*', 'xanuunsan\\S*', 'bukaan\\S*', '\\d+ masher', 'umr?a?r? [6-9]\\d', '[6-9]\\d (?:years?|yrs?)', 'acamad[oa]', 'encamad[oa]', 'niemowl\\S*', 'bobas\\S*', 'bebelus\\S*', 'copil mic', 'bebes?', 'demencia', 'demenc\\S*', 'kudik\\S*', 'senyv\\S*', 'dementia', 'biji', 'bebe ji', 'bapu', 'buzurg', 'ammi', 'oxigen\\S*', 'oksigen\\S*', 'aksijan', 'ilmo yar\\S*', 'waayeel\\S*', 'duq\\S*', '(?:[6-9]\\d) (?:saal|sal|bochor|lat|ani|anos|anos|metu|metai|sano)\\S*'),
  vulnerableToColdNative: oneOf('آکسیجن', 'أكسجين', 'رضيع', 'مسن', 'عجوز', 'অক্সিজেন', 'বৃদ্ধ', 'শিশু', 'ਬਜ਼ੁਰਗ', 'ਆਕਸੀਜਨ', '[6-9]\\d ਸਾਲ', '[6-9]\\d سال', '[6-9]\\d বছর', '[6-9]\\d (?:عام|سنة)'),
  /** A device or alarm beeping, in native script: an alarm alone is a question, with a symptom carbon monoxide. */
  alarmSoundingNative: oneOf('(?:إنذار|انذار|جهاز|الجهاز|كاشف)[^.\\n]{0,40}(?:يصفر|بيصفر|يزمر|بيزمر|يرن|بيرن)', 'الارم', 'الآرم', 'অ্যালার্ম', 'এলার্ম', 'ਅਲਾਰਮ'),
  /** An alarm that will not stop. */
  alarmSounding: oneOf(
    `${oneOf('alarm\\S*', 'czujnik\\S*', 'czujk\\S*', 'detektor\\S*', 'detector\\S*', 'senzor\\S*', 'detetor\\S*', 'alarme', 'jutikl\\S*', 'davikl\\S*', 'signalizacij\\S*', 'alaarm\\S*')}(?: (?!,)\\S+){0,7} ${oneOf('piszcz\\S*', 'pitido\\S*', 'pika', 'pikaja', 'wyje', 'suna', 'piuie', 'tiuie', 'pita\\S*', 'suena', 'sonando', 'apita\\S*', 'toca', 'tocar', 'pypsi', 'pyps\\S*', 'cypia', 'bip\\S*', 'beep\\S*', 'baj(?:a|ta|te|da|de|che|chhe|raha)\\S*', 'dhawaaq\\S*', 'sanq\\S*', 'nu se opreste', 'sin parar', 'sem parar', 'bez przerwy', 'nesustoja')}`,
  ),
  /** Carbon monoxide's symptoms. */
  coSymptom: oneOf('mareado', 'mareada', 'mareos?', 'tonto', 'tonta', 'zawrot\\S*', 'nudnosci', 'ameteal\\S*', 'greata', 'galva (?:sukasi|skauda)', 'pykina', 'sir (?:dard|chakra)\\S*', 'chakkar', 'matha (?:ghore|betha)', 'madax\\S* (?:xanuun|wareer)\\S*', 'lalabo'),
  /** A break-in, and the home left open. */
  brokenIn: oneOf('(?:darwaza|door|tala) (?:tod|tor|tod) (?:diya|dia|gaya|diye)', 'kisi ne (?:darwaza )?(?:tod|tor)\\S*', 'ktos (?:sie )?wlama\\S*', 'a intrat (?:peste noi|cineva)', 'entraron a robar', 'entrou (?:um homem|alguem)', 'isilauz\\S*', 'andar (?:ghus|ghuss)\\S*', 'dhuk(?:e|te)\\S*', 'ku soo galay'),
  brokenInNative: oneOf('حاول يدخل', 'حدا حاول', 'انكسر', 'كسروا', 'اقتحم', 'گھس', 'ঢুকে', 'ਵੜ'),
  cannotSecure: oneOf('lock (?:nahi|nahin) (?:ho|hota|lag)\\S*', 'qualquer um pode entrar', 'cualquiera puede entrar', 'kazdy (?:moze|moglby) wejsc', 'oricine poate intra', 'fechadura nao funciona', 'a fechadura nao', 'cerradura no funciona', 'zamek nie dziala', 'yala nu (?:merge|functioneaza)', 'spyna neveikia', 'kundi nahi lag\\S*', 'tala nahi lag\\S*', 'tala lage na', 'quful\\S* ma shaq\\S*'),
  cannotSecureNative: oneOf('ما يتسكر', 'ما بيتسكر', 'صار ما يتسكر', 'لا يقفل', 'تالا نہیں لگ', 'তালা লাগে না', 'ਤਾਲਾ ਨਹੀਂ ਲੱਗ'),
  /** Hopelessness, in the words people use for it. */
  hopeless: oneOf(
    'nie mam (?:juz )?sily', 'nie daje (?:juz )?rady', 'wszystkim bedzie lepiej', 'lepiej (?:jak|gdyby) mnie nie (?:bedzie|bylo)', // pol
    'nu mai suport', 'nu mai pot', 'nu mai am putere', // ron
    'no puedo mas', 'ya no aguanto', 'no aguanto mas', 'estoy agotad[oa]', // spa
    'nao aguento (?:mais)?', 'ja nao aguento', 'estou cansad[oa] de tudo', // por
    'nebegaliu', 'geriau manes nebutu', 'nebeturiu (?:kam|jegu)', // lit
    'ab (?:aur )?nahi hota', 'mujh se ab', 'thak (?:gaya|gayi|gai|gya) (?:hoon|haan|han|aan)', 'jeen (?:di|ki) koi wajah nahi', 'koi wajah nahi', 'ar parchi na', 'r parchi na', 'ar pari na', 'ami r pari na', // urd, pan, ben
    'nolosha macno (?:ma|la\\S*)', 'waan daalay', 'ma awoodi karo', // som
  ),
  /** Finality: "better if I were gone", "finish everything", "before I do it". */
  finality: oneOf('(?:dzis|dzisiaj|jutro) to zrobie', 'pensando en (?:tirarme|matarme|acabar|quitarme)', 'penso em (?:me matar|acabar)', 'mysle o (?:tym zeby|samobojstw)\\S*', 'ze soba (?:skonczyc|skoncze|skonczy)', 
    'zanim to zrobie', 'listy do (?:nich|dzieci|rodziny)', 'napisal\\S* (?:juz )?listy', 'skoncz\\S* ze soba', // pol
    'si gata', 'sa termin tot', // ron
    'acabar (?:con todo|ya)', // spa
    'despedi\\S* se de', 'se despedi\\S*', 'despedir me', // por
    'atsisveik\\S*', 'atleisk\\S*', 'atleiscia\\S*', // lit
    'sab khatam kar\\S*', 'sab (?:kuch )?khatam', 'khatam kar (?:doon|dun|deyan|dena)', 'sob shesh\\S*', 'shob shesh\\S*', 'shesh kore', 'mar jana', 'marna behtar', // urd, pan, ben
    'naftay?da (?:\\S+ )?(?:dil\\S*|qaad\\S*)', 'naftaada (?:iska )?qaad\\S*', 'is dil\\S*', // som
  ),
  finalityNative: oneOf('اپنے\\s*آپ\\s*کو\\s*ختم', 'اپنی\\s*جان', 'نفسي', 'حياتي', 'مر جانا', 'ختم کر', 'جان لے', 'শেষ করে দি', 'ਜਾਨ ਲੈ', 'ਜੀਣਾ ਨਹੀਂ', 'ਜੀਣ ਦੀ', 'أودع', 'وداع', 'سامحوني'),
  /** Ways and means named in the languages. */
  means: oneOf('tirarme del', 'kaniin\\S*', 'kiniin\\S*', 'pastil\\S*', 'pastill\\S*', 'tabletk\\S*', 'vias del tren', 'tirarme (?:a|al|por|desde)', 'pod pociag', 'linia kolejowa', 'sine de tren', 'gooli', 'oshudh'),
  /** Triggers: debt, bailiffs, eviction, a job lost, a benefit stopped. */
  trigger: oneOf('notice (?:aa|aya|aaya|mil|mila|miley|agaya)\\S*', 'notish', 'wypowiedzeni\\S*', 'nakaz eksmisji', 'aviso de desalojo', 'ordem de despejo', 'iskeldinimo', 'ogeysiis\\S*', 'alquiler', 'no puedo pagar', 'benefit\\S* (?:waa la )?joojiyay', 'odmowil\\S*', 
    'dlug\\S*', 'komornik\\S*', 'eksmisj\\S*', 'stracil\\S* prace', 'zaleg\\S*', 'somatie', 'amenda', 'datori\\S*', 'evacuar\\S*', 'perdi el trabajo', 'me (?:van a )?ech(?:an|ar)', 'juzgado', 'despejo', 'perdi o emprego', 'dividas?', 'skol\\S*', 'darbas prarastas', 'praradau darba',
    'kiraya nahi', 'qarz\\S*', 'karz\\S*', 'naukri (?:gayi|chali gayi|chhut)\\S*', 'benefit (?:vi |bhi )?band', 'notice pey\\S*', 'bari bhara baki', 'rent baki', 'deyn\\S*', 'guriga (?:ayaa )?(?:la iga|laga) saar\\S*', 'shaqo\\S* (?:waayay|lumay)',
  ),
  triggerNative: oneOf('نوٹس', 'إنذار إخلاء', 'ਨੋਟਿਸ', 'قرض', 'قرضہ', 'گھر سے نکالا', 'নোটিশ', 'ঋণ', 'ভাড়া বাকি', 'ਕਰਜ਼', 'ਘਰ ਚਲਾ ਗਿਆ', 'ديون', 'طرد', 'إخلاء'),
  /** An age under eighteen, told in the languages' own words for "years old". */
  minorAge: oneOf(
    '(?:1[0-7]|[1-9]) (?:lat|latek|latka|ani|anos|anos de idade|metu|metai|metukas|saal|sal|saala|bochor|bochorer|jir|jirka|sano)(?!\\S)',
    '(?:tiene|tem|tenho|tengo) (?:1[0-7]|[1-9])(?! \\S*(?:funt|euro|libr|pound|lire))',
  ),
  minorAgeNative: oneOf('(?:1[0-7]|[1-9]|١[٠-٧]) ?(?:سال|سنة|عام|বছর|ਸਾਲ)', '(?:[১][০-৭]|[১-৯]) ?বছর', '(?:੧[੦-੭]|[੧-੯]) ?ਸਾਲ'),
  /** Being married off: the verbs of arranging a marriage, not a wedding as an event. */
  marriage: oneOf(
    'wyda\\S* (?:ja )?za maz', 'slub\\S*', 'sa o marite', 'marit\\S*', 'casatori\\S*', 'casar(?:la|lo|se)', 'matrimonio', 'casamento', 'isteket\\S*', 'vestuv\\S*', 'vedyb\\S*',
    'shaadi', 'shadi', 'nikah', 'vyah', 'viah', 'biye', 'bie dite', 'guur\\S*', 'la guursad\\S*',
  ),
  marriageNative: oneOf('زواج', 'يزوجو', 'تزويج', 'شادی', 'نکاح', 'বিয়ে', 'ਵਿਆਹ'),
  /** Family the rules' lists missed: a boyfriend in Lithuanian, a husband in Bengali, "her man" in Punjabi, an ex in Arabic. */
  family: oneOf('byl(?:y|ym|ego) (?:maz\\S*|partner\\S*|chlopak\\S*)', 'fostul (?:sot|partener|iubit)', 'ex ?marido', 'ex ?pareja', 'ex ?novio', 'esposa', 'novia', 'ex ?companheiro', 'ex ?namorado', 'namorada', 'buv\\S* (?:vyr\\S*|sugyvent\\S*|draug\\S*)', 'biwi', 'begum', 'ghar ?wali', 'mian', 'miyan', 'bou', 'bouke', 'stri', 'saygay\\S*', 'ninkeed\\S*', 'ninkii hore', 'jozi', 'zawji', 'draug(?:as|ui|o)', 'vaikin\\S*', 'sutuoktin\\S*', 'zmon(?:a|os|ai|a)', 'shami', 'swami', 'jamai', '(?:ohda|mera|usda|uska) banda', 'gharwal(?:a|e)', 'boyfriend\\S*'),
  familyNative: oneOf('زوجتي', 'مرتي', 'طليقي', 'بیوی', 'میاں', 'বউ', 'স্ত্রী', 'প্রাক্তন', 'ਪਤਨੀ', 'ਘਰਵਾਲੀ', 'جوزي', 'طليق', 'جوزي', 'خطيبي', 'صاحبي', 'میاں', 'ঘরওয়ালা', 'স্বামী', 'বর', 'ਘਰਵਾਲ'),
  /** A threat to kill, in the words each language uses. */
  killThreat: oneOf('ha i dilin', 'mane uzmus', 'uzmus (?:mane|tave|mus)', 'me (?:va a )?mata(?:r|ra)?', 'vai me matar', 'ma omoara', 'jaan se maar\\S*', 'maar (?:dalega|dalunga|deve?ga|denga)', 'mere fel(?:be|bo)', 'i dili\\S*'),
  killThreatNative: oneOf('راح اقتلك', 'بقتلك', 'رح يقتلني', 'جان سے مار', 'মেরে ফেলবে', 'ਜਾਨੋਂ ਮਾਰ'),
  /** Threats and shouting at a partner. */
  menace: oneOf('rekia ant', 'grasin\\S*', 'striga la', 'tipa con', 'grita(?:ndo)? (?:a|con) (?:su|sua)', 'chillaa?ta', 'dhamki\\S*'),
  /** Hopelessness, in native script. */
  hopelessNative: oneOf('تھک گیا', 'تھک گئی', 'ہمت نہیں', 'کوئی امید نہیں', 'আর পারছি না', 'কোনো আশা নেই', 'لا أمل', 'تعبت من', 'ما عاد فيني', 'ਥੱਕ ਗਿਆ', 'ਥੱਕ ਗਈ', 'ਕੋਈ ਉਮੀਦ ਨਹੀਂ'),
  /** Self-injury told in the languages: cut her arms, cutting my hands. */
  selfInjury: oneOf('s a taiat (?:pe )?(?:maini|mana|brate|bratul|picioare)', 'se taie (?:pe )?(?:maini|mana|brate)', 'se corta (?:los brazos|las munecas)', 'se corta (?:os bracos|os pulsos)', 'tnie (?:sie|rece|nadgarstki)', 'pjaust\\S* (?:rankas|save)', 'haath kaat\\S*', 'hath kat\\S*'),
  selfInjuryNative: oneOf('أجرح (?:إيدي|ايدي|يدي|نفسي|حالي)', 'بجرح (?:حالي|ايدي|إيدي)', 'جرحت (?:نفسي|حالي|إيدي|ايدي)', 'ہاتھ کاٹ', 'হাত কাট', 'ਹੱਥ ਕੱਟ'),
  /** Modern slavery: papers held, too many sleeping in one room, work without pay. */
  heldWorker: oneOf('(?:sleeps?|sleeping|slept) (?:in|at) (?:the |a )?(?:storeroom|stock ?room|warehouse|back of the (?:shop|restaurant|car wash))', 'spi w (?:magazynie|warsztacie)', 'doarme in (?:depozit|magazie)', 'duerme en el (?:almacen|taller)', 'dorme no (?:armazem|deposito)', 'miega sandel\\S*', 'godown (?:mein|ch|vich) so\\S*', '(?:ne |le |ii |mi )?tine actele', '(?:ne |i )?a luat (?:actele|pasaportul|pasapoartele)', '(?:me |nos |le )?quitaron (?:el |los )?pasaportes?', 'se queda(?:n)? con (?:el |los |nuestros )?pasaportes?', 'fic(?:ou|aram) com (?:o |os )?passaportes?', 'zabral\\S* (?:\\S+ )?(?:paszport\\S*|dokument\\S*)', 'atem\\S* (?:\\S+ )?(?:pas\\S*|dokument\\S*)', 'passport (?:le liya|rakh liya|rakh lia|le lia)', 'baasaboor\\S* (?:ka qaad\\S*|haysta)', 'dormi(?:m|mos) (?:\\d+|opt|zece|sase|ocho|diez|seis|oito|dez)', 'spimy w (?:\\d+|osmiu|dziesiec\\S*)', 'miegam (?:\\S+ )?(?:\\d+|astuoni\\S*)'),
  heldWorkerNative: oneOf('ينام في المخزن', 'نايم في المخزن', 'گودام میں سو', 'গুদামে ঘুম', 'ਗੋਦਾਮ ਵਿੱਚ ਸੌਂ', 'جوازات\\S* (?:محجوز|مأخوذ)', 'أخذوا جواز', 'محجوزة', 'پاسپورٹ (?:رکھ|لے)', 'পাসপোর্ট (?:রেখে|নিয়ে)', 'ਪਾਸਪੋਰਟ (?:ਰੱਖ|ਲੈ)'),
  unpaid: oneOf('nu (?:ne|ma|ii) (?:mai )?plate\\S*', '(?:casi )?no (?:me|nos|les) paga(?:n)?', 'nao (?:me|nos|lhes) paga\\S*', 'nie (?:placa|placi|zaplacil\\S*) (?:nam|mi)', 'nemoka', 'tankhwah nahi', 'paise nahi (?:dete|deta)', 'mushahar\\S* ma'),
  unpaidNative: oneOf('بدون أجر', 'لا يأخذون أجر', 'ولا يأخذون أجر', 'بدون راتب', 'تنخواہ نہیں', 'বেতন দেয় না', 'ਤਨਖਾਹ ਨਹੀਂ'),
  /** Today or tonight, romanised. */
  tonight: oneOf('aj', 'aj rate', 'aaj raat', 'raate', 'ajke'),
  /** Preparing the means: put aside, saved up, stored. */
  prepared: oneOf('odlozon\\S*', 'odlozyl\\S*', 'kaydsa\\S*', 'kaydiyay', 'guardad[oa]s', 'ascuns\\S*', 'jama kar (?:li|rakh)\\S*'),
  /** Goodbyes in the languages: a last message, "forgive me", "I won't be here". */
  farewell: oneOf('nie chce (?:mi sie )?(?:juz )?zyc', 'chce umrzec(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'chcial\\S* umrzec', 'zeby sie (?:juz )?nie obudzic', 'vreau sa mor(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'as vrea sa mor(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'sa nu ma mai trezesc', 'quiero morir\\S*(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'me quiero morir(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'ganas de morir\\S*', 'sin ganas de vivir', 'no despertar(?:me)? mas', 'quero morrer(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'vontade de morrer(?! (?:de|ze|z) (?:rir|risa|ras|smiechu|vergonha|verguenza|rusine|wstydu|fome|hambre|foame|glodu|frio|calor|sono|sueno|tedio|aburrimiento|plictiseala|nudow|nudy))', 'sem vontade de viver', 'nao acordar mais', 'noriu mirti', 'nebenoriu pabusti', 'nenoreciau pabusti',
    '(?:marna|mar jana|mar jaana) (?:chahta|chahti|chaunda|chaundi)\\S*', '(?:jeene|jeen|jine|jeena) (?:ko|nu|ka|da) (?:dil|mann?|jee) (?:nahi|nahin|nai)', 'zinda nahi rehna', 'jeena nahi chahta', 'jeena nahi chahti', 'bachte (?:icche|ichhe) (?:kore|hoy) na', 'bachar (?:icche|ichhe) nei', 'more jete (?:icche|ichhe|chai)', 'morte chai', 'waxaan rabaa (?:inaan|in aan) dhinto', 'dhimasho (?:ayaan|baan) rabaa', 'atsisveikin\\S*', 'paskutin\\S* (?:zinut\\S*|laisk\\S*)', 'nu (?:mai )?sunt aici', 'nu voi mai fi aici', 'nu o sa mai fiu', 'ya no (?:estare|voy a estar) aqui', 'nao vou (?:mais )?estar (?:aqui|ca)', 'nie bedzie mnie', 'ostatnia wiadomosc', 'ultim(?:a|ul) mesaj', 'ultimo mensaje', 'ultima mensagem'),
  farewellNative: oneOf('جینے کو دل نہیں', 'جینے کا دل نہیں', 'مرنا چاہت', 'مر جانا چاہت', 'মরে যেতে ইচ্ছে', 'বাঁচার ইচ্ছে নেই', 'মরতে চাই', 'أبي أموت', 'ابي اموت', 'أريد أن أموت', 'اريد ان اموت', 'بدي موت', 'نفسي أموت', 'ਮਰਨਾ ਚਾਹੁੰਦ', 'ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ', 'آخر رسالة', 'اخر رسالة', 'سامحوني', 'آخری پیغام', 'শেষ বার্তা', 'ਆਖਰੀ ਸੁਨੇਹਾ'),
  /** Flames the wrong colour: incomplete burning, a carbon monoxide sign with any symptom. */
  flameColour: oneOf('(?:yellow|orange|lazy|floppy) flames?', 'flames? (?:is |are |has |have |gone |turned |burning |\\S+ )*(?:yellow|orange|floppy|lazy)', 'llama (?:\\S+ ){0,4}(?:amarilla|naranja)', 'chama (?:\\S+ ){0,4}(?:amarela|laranja)', 'plomie\\S* (?:\\S+ ){0,2}(?:zolt\\S*|pomarancz\\S*)', 'flacar\\S* (?:\\S+ ){0,2}(?:galben\\S*|portocali\\S*)', 'liepsn\\S* (?:\\S+ ){0,2}(?:geltona|oranzin\\S*)', 'peeli (?:lau|aag|flame)', 'holud (?:agun|flame)', 'olol\\S* jaalle'),
  /** The body's signs of carbon monoxide: headaches, dizziness, sickness. */
  coIllness: oneOf('headaches?', 'dizzy', 'dizziness', 'nause\\S*', 'vomit\\S*', 'drowsy', 'dolor de cabeza', 'mareo\\S*', 'dor de cabeca', 'tontura\\S*', 'bol\\S* glow\\S*', 'zawrot\\S*', 'durere de cap', 'ameteli', 'galv(?:a|os) (?:skaud\\S*|skausm\\S*)', 'svaig\\S*', 'sar dard', 'sir dard', 'chakkar', 'matha (?:ghore|betha|dhore)', 'madax xanuun', 'wareer', 'dawakhaad'),
  /** Someone crying for help, or a fight heard through the wall. */
  criesForHelp: oneOf(
    '(?:krzycz\\S*|wola|wolala|wzywa\\S*) (?:o )?(?:pomoc|ratunku)', 'ratunku', 'odglosy (?:bicia|bojki|szarpaniny)', // pol
    '(?:tipa|striga|strigat|tipat|cerea?) (?:dupa )?ajutor', 'se aud (?:lovituri|tipete)', // ron
    '(?:grita\\S*|pide\\S*|pidiendo) (?:a gritos )?(?:ayuda|auxilio|socorro)', 'golpes y gritos', 'gritos y golpes', 'golpes contra la pared', '(?:gritaba|gritando|diciendo|decia) (?:\\S+ )?(?:para|basta)(?: por favor)?', // spa
    '(?:grita\\S*|pede\\S*|pedindo) (?:por )?(?:ajuda|socorro)', 'socorro', 'pancadas e gritos', 'gritos e pancadas', 'pancadas na parede', // por
    '(?:saukia|rekia|saukesi|reke) pagalbos', 'gelbekit', 'smugi\\S* garsai', // lit
    'bachao', 'bachaao', 'madad (?:ke liye )?(?:chilla|pukar)\\S*', // urd, pan, ben
    '(?:u )?qeyli\\S* (?:gargaar|caawimaad)', // som
  ),
  criesForHelpNative: oneOf('تستنجد', 'مدد مدد', 'ਮਦਦ ਮਦਦ'),
  /** Hiding from a partner or relative: where he cannot find us. */
  hidingFrom: oneOf(
    '(?:zeby|by) (?:mnie|nas) nie znalazl\\S*', 'gdzie (?:on )?(?:mnie |nas )?nie (?:znajdzie|wie)', 'uciec od niego', 'ukrywam sie (?:przed|od)', // pol
    'sa nu (?:ma|ne) (?:mai )?gaseasca', 'unde (?:el )?nu (?:ma|ne) gaseste', 'sa scap de el', 'ma ascund de', // ron
    '(?:donde|que) (?:el )?no (?:me|nos) encuentre', 'donde el no sepa', 'escapar de el', 'me escondo de', 'huir de el', // spa
    '(?:onde|para que) ele nao (?:me|nos) (?:encontre|ache)', 'que ele nao saiba onde', 'fugir dele', 'me escondo dele', 'escondo me dele', // por
    'kad jis (?:manes|musu) nerast\\S*', 'kur jis nezin\\S*', 'pabegti nuo jo', 'slepiuosi nuo', // lit
    '(?:jahan|jithe|jidhar) (?:woh|oh|usko|ohnu|onu) (?:pata|patta) na', 'dhoond na sake', 'labh na sake', 'us se (?:chhup|chup|bach)\\S*', 'ohton (?:lukk|bach)\\S*', // urd, pan
    'khuje (?:na )?pabe na', 'khuje na pay', 'or theke (?:palat|lukiye)\\S*', // ben
    'meel (?:uusan|aanu|aysan) (?:ka )?(?:helin|garanayn|ogeyn)', 'ka (?:cararay|dhuumanay)\\S*', // som
  ),
  /** A court's order keeping a partner away. */
  protectionOrder: oneOf('zakaz zblizania', 'nakaz (?:opuszczenia|zblizania)', 'ordin (?:de )?(?:protectie|restrictie)', 'orden de (?:alejamiento|proteccion|restriccion)', 'medida protetiva', 'ordem de (?:afastamento|restricao|protecao)', 'draudimas (?:artintis|prisiartinti)', 'apsaugos order\\S*', 'amar (?:ilaalin|maxkamad)\\S*', 'court (?:ka|da|er) order'),
  /** A child told not to tell. */
  secrecy: oneOf(
    'nie mow nikomu', 'nikomu nie mow', 'nasza tajemnica', 'nasz sekret', // pol
    '(?:sa )?nu (?:spui|spune) nimanui', 'secretul nostru', // ron
    'no (?:se lo |le )?(?:digas|cuentes) a nadie', 'nuestro secreto', // spa
    'nao (?:contes|conta|digas|diga) (?:nada )?a ninguem', 'nosso segredo', // por
    'niekam nesakyk\\S*', 'musu paslaptis', // lit
    '(?:kisi|kise|kissi) (?:ko|nu) (?:mat|na|nahi|nai) (?:batana|batao|bataana|dass\\S*)', // urd, pan
    '(?:kauke|kaoke|karo ke) (?:bolbi|bolbe|bolo|bolis) na', // ben
    '(?:cidna|qofna) (?:ha )?u sheegin', // som
  ),
  /** Frightened. */
  scared: oneOf('przestraszon\\S*', 'boi sie', 'wystraszon\\S*', 'speriat\\S*', '(?:ii|i) e frica', 'asustad\\S*', 'tiene miedo', 'con miedo', 'assustad\\S*', 'com medo', 'tem medo', 'issigand\\S*', 'bijo', 'bijosi', '(?:dari|dara|dar) (?:hui|hua|hoi|hoya)', 'darti', 'darta', 'dardi', 'darda', 'bhoy (?:pay|pae|peye|pai)', 'baqdin', 'cabsan\\S*', 'baqanay\\S*'),
  /** Soot and black marks. */
  soot: oneOf('sadz\\S*', 'czarne (?:slady|plamy|zacieki)', 'okopcon\\S*', 'funingin\\S*', 'pete negre', 'hollin', 'manchas negras', 'fuligem', 'manchas pretas', 'suod\\S*', 'juod\\S* dem\\S*', 'kalikh', 'kaalikh', 'kale (?:nishan|dagh|daag)', 'kalo dag', 'dhogor', 'calaamad\\S* madow'),
  weapon: oneOf('cos ostrego', 'ostre narzedzie', 'ceva ascutit', 'algo (?:afilado|punzante|cortante)', 'algo afiado', 'kazk\\S* astr\\S*', 'astr\\S* daikt\\S*', 'tez (?:cheez|chiz|chakoo)', 'dharalo', 'wax af (?:leh|badan)'),
  weaponNative: oneOf('شي حاد', 'شيء حاد', 'حاجة حادة', 'تیز چیز', 'ধারালো', 'ਤਿੱਖੀ'),
  threatNative: oneOf('وقف فوقي', 'واقف فوقي', 'میرے اوپر کھڑا', 'আমার উপর দাঁড়িয়ে', 'ਮੇਰੇ ਉੱਤੇ ਖੜ੍ਹਾ'),
};
