import { communityWords } from './communityConcepts.js';
import { child, goingRoundInCircles, intimatePartner, medicineStore, notKnowingWhere, partner, vulnerableAdult, vulnerableToCold as vulnerableToColdWords } from './concepts.js';
import type { EmergencyKind } from './emergencyRules.js';
import { findHits, native, oneOf, phrase, verb, vocabularyOf, type Rule } from './rules.js';
import type { NormalisedMessage } from './normalise.js';
import type { SafeguardingFlag } from './safeguardingRules.js';

/**
 * Layer (b): concepts that are harmless alone and a concern together, as safeguarding practice
 * reads them (Care Act 2014 types of abuse and neglect, children's safeguarding, suicide and
 * self-harm signals, welfare concerns, the emergency list in the taxonomy). A resident rarely
 * names the risk ("suicide", "abuse"); they describe its parts: pills counted out and a goodbye,
 * an older neighbour, no answer and a week. Each concept is a word list in English and the
 * council's community languages (Latin script without accents, as the normaliser leaves it;
 * Urdu, Bengali, Arabic and Punjabi also in their own scripts), and a concept counts only where
 * it is live: not negated, not a what-if, not over (context.ts).
 */

/** What a combination adds: a flag, or (grey zone) a question before anything is assumed. */
export type Addition =
  | { emergency: EmergencyKind }
  | { safeguarding: SafeguardingFlag }
  | { ask: 'danger' | 'self-harm' };

/** "Not seen the bin men for two weeks": a service that has not come is a missed collection, not a welfare worry. */
const notAService = '(?! (?:the |a |any |our )?(?:bin ?m[ae]n|bin lorry|lorry|collectors?|recycling|bins?|postman|post|cleaners?|wardens?|workm[ae]n|contractors?|repairs? (?:man|men|team)|anyone from (?:the )?council))';

/** Away from home: out, at work or school, at someone else's. */
const awayFromHome = oneOf('out', 'outside', 'away', 'out of the (?:house|flat)', 'at (?:work|school|college|the shops)', 'at (?:my|our|her|his|their) \\S+(?: s)?(?: house| flat| place)?');

const threatSaid = oneOf(
  verb('threaten'), 'going to (?:kill|hurt|get|burn|stab|do)', 'will (?:kill|hurt|burn|stab|do (?:me|you|us|her|him) in)', 'kill (?:me|us|you|her|him|them)', 'burn (?:the|this|my|our) (?:house|flat|place|door)', 'set fire', 'set (?:the|my|our) (?:house|flat|door) on fire',
  'grozi\\S*', 'zabije', 'ameninta\\S*', 'omor', 'amenaz\\S*', 'matar\\S*', 'ameac\\S*', 'grasin\\S*', 'nuzudy\\S*', 'dhamki', 'maar dunga', 'maar doonga', 'hanjabaad\\S*', 'dili doon\\S*',
);

const concepts = {
  /** A way to end one's life, or getting one ready. */
  means: oneOf(
    'pills', 'tablets', 'paracetamol', 'co codamol', 'cocodamol', 'sleeping (?:pills|tablets)', 'painkillers', 'medication', 'meds', 'overdose',
    'rope', 'noose', 'ligature', 'razor', 'razors', 'blade', 'blades', 'bridge', 'footbridge', 'flyover', 'train tracks', 'railway line', 'car park roof', '(?:off|from) the top floor', 'jump', 'jumping',
    // "Hang on, how long…", "hanging the washing out": everyday phrases, not a means.
    'hang(?! on\\b| about\\b| in there| up\\b| out\\b| around\\b| onto\\b| (?:the |my )?washing| (?:a )?pictures?\\b| curtains| shelves)',
    'hanging(?! on\\b| about\\b| around\\b| up\\b| out\\b| off\\b| (?:the |my )?washing| (?:a )?pictures?\\b| curtains| shelves)',
    'charcoal', 'exhaust', 'hose ?pipe',
    // A gun kept at home beside a farewell (caller trial 23, RC-C4: a grandad's goodbyes and "his old shotgun from the farm").
    'shotgun', 'rifle', 'air rifle', 'firearm', '(?:his|her|their|my) gun',
    'tabletki', 'tabletek', 'leki', 'lekow', 'sznur', 'skocze', // pol
    'pastile', 'pastilele', 'medicamente', 'funie', 'sa sar', // ron
    'pastillas', 'cuerda', 'puente', 'saltar', // spa
    'comprimidos', 'remedios', 'corda', 'ponte', 'pular', // por
    'tabletes', 'tablet\\S*', 'vaist\\S*', 'virve', 'tilto', 'tiltas', // lit
    'goliyan', 'goliyaan', 'dawai', 'rassi', // romanised urd/pan
    'kiniin', 'kiniinta', 'daawo', 'daawooyin', 'xarig', // som
    'hose ?pipe', 'in front of (?:a|the) train', 'table[ct]\\S*',
    // Places and ways that practice names beside pills and ropes: water, a height, a platform, gas left unlit.
    'reservoir', 'canal', 'river', 'quarry', 'cliffs?', 'the edge', 'the drop', 'platform', 'walk into (?:the )?(?:sea|river|canal|reservoir|traffic)', 'step in front of',
    'morphine', 'insulin', 'quetiapine', 'sertraline', 'amitriptyline', 'citalopram', 'mirtazapine', 'diazepam', 'antidepressants?', 'blister packs?', '(?:turn|put|leave) the gas on',
  ),
  meansNative: oneOf('گولیاں', 'دوائی', 'رسی', 'ট্যাবলেট', 'ওষুধ', 'দড়ি', 'حبوب', 'أقراص', 'اقراص', 'دواء', 'حبل', 'ਗੋਲੀਆਂ', 'ਦਵਾਈ', 'ਰੱਸੀ', 'ট্রেনের সামনে', 'লাফ'),
  /** Getting the means ready: saved up, counted out, bought today. */
  prepared: oneOf(
    verb('save', 'count', 'collect', 'stockpile', 'hoard', 'buy', 'get', 'line', 'research', 'look', 'google', 'search', 'take', 'swallow', 'sort', 'keep'), 'enough', 'all of them', 'the lot', 'whole (?:box|packet|pack|bottle)', 'boxes of',
    'zbieram', 'uzbieral\\S*', 'kupil\\S*', 'policzyl\\S*', 'strand\\S*', 'am cumparat', 'adunat', 'juntado', 'junte', 'guardado', 'compre', 'comprei', 'guardei', 'juntei', 'susirink\\S*', 'nusipirk\\S*', 'jama kar\\S*', 'kari\\S*', 'ururiyay', 'iibsaday',
    'in front of me', 'sat with', 'next to me', 'ready',
  ),
  preparedNative: oneOf('جمع', 'خرید', 'জমা', 'কিনে', 'اشتريت', 'جمعت', 'ਇਕੱਠੀਆਂ', 'ਖਰੀਦ'),
  /**
   * Not being missed: "nobody will notice I'm gone", "no one would care if I died". Its own "no one" is no negation and its "if"
   * no condition: "no one will notice me gone" got the garage article (caller trial 28).
   */
  unmissed: oneOf(
    `(?:nobody|no one|noone|no body) (?:will|would|is going to|gonna|could) (?:even )?(?:miss me|notice (?:me )?(?:gone|missing)|notice (?:if|when|that|i) (?:i )?(?:was |were |am |have |had )?(?:gone|not here|dead|died|missing)|care (?:if|when) (?:i )?(?:was |were |am )?(?:gone|dead|died|not here|not around))`,
    'i (?:would|will) not (?:even )?be missed',
  ),
  /** Finality: farewells, last things, "after tomorrow that's it", affairs put in order. */
  finality: oneOf(
    'that is it for me', 'that will be it', 'that is me done', 'i am done(?! (?:with|for|now|here|at|in|talking|waiting|chasing|ringing|asking|paying|for today))', 'won?t be (?:here|around)', 'will not be (?:here|around|a problem|a burden)', 'not be (?:here|around) (?:much longer|anymore|for long)', 'no longer be here',
    'end it(?: all)?', 'ending it', 'end things', 'finish it', 'sa(?:y|ying|id) (?:my |his |her |their )?goodbyes?', 'goodbye letters?', 'letters? (?:to|for) (?:my|the) (?:kids|children|family|son|daughter|mum|wife|husband)', 'wrote (?:a )?letters?', 'written (?:a )?letters?', 'note for',
    'last (?:message|goodbye)', 'after (?:tomorrow|tonight|today|friday|the weekend)', 'put(?:ting)? my affairs in order', 'affairs in order', 'sorting (?:out )?my will', 'made a will', 'giving (?:all )?my (?:things|stuff|belongings) away', 'give (?:all )?my (?:things|stuff) away', 'give away my', 'giving away', 'wo not need (?:it|them|anything)', 'will not need (?:it|them|anything|the flat)',
    // Said of oneself and what comes after: "I will not be requiring it", "I won't be writing again", "I do not expect to be here".
    '(?:wo not|will not|shall not) (?:be )?(?:requir\\S*|needing) (?:it|them|anything|the flat)', '(?:wo not|will not|shall not) be (?:writing|in touch|contacting you|bothering you) again', 'do not expect to (?:still )?be (?:here|around|alive)',
    // Someone else's farewell told by a relative (caller trial 18: "said he was sorry and not to follow him", "that'll be the end of it").
    '(?:that|this) (?:will|ll) be the end of (?:it|me|everything)', 'sa(?:id|ys|ying) (?:he|she) (?:was|is) sorry(?! (?:for|about) (?:the|being) late)', '(?:told|asked) (?:me|us|them) not to (?:follow|look for|come after) (?:him|her|them)', 'kissed (?:the|his|her|our) (?:kids|children|boys|girls|baby) (?:goodbye|and said)',
    'better off without (?:me|him|her|them)', 'no point (?:in )?(?:living|being here|being alive|going on anymore|carrying on anymore)', 'can not go on(?! with)', 'can not do this anymore', 'can not carry on(?! with)', 'do not want to (?:be here|wake up|live|go on)', 'want to disappear', '(?<!(?:at|near|by|to|down|up|from|past|round|around|off|on) the )end of the road', 'take care of (?:them|my kids|the kids) for me', 'look after (?:them|my kids|my dog|my cat) for me', 'tell (?:them|my kids|my family) i love them',
    // Told by whoever is left: "said tell the kids she loves them", "this is goodbye", "said not to look for him".
    'tell (?:the |my |our |his |her )?(?:kids|children|girls|boys|family|everyone|mum|dad|grandkids) (?:i|he|she|that (?:i|he|she)) love(?:s|d)? (?:them|you|her|him)', '(?:this|it) is goodbye', 'sorry for everything', '(?:not|never) to (?:come )?(?:look|looking|search|searching)(?: for (?:me|him|her|them))?(?! for| at| into| up| round| around| after| in| through| over)',
    'pozegna\\S*', 'list\\S* pozegnaln\\S*', 'nie dam rady', 'nie bedzie mnie', 'to koniec', 'ostatni raz', 'mam dosc', 'nie chce juz', // pol
    'ramas bun', 'adio', 'nu mai pot', 'nu voi mai fi', 'sfarsitul', 'ultima data', 'scrisori', // ron
    'despedida', 'despedirme', 'adios', 'no puedo mas', 'ya no estare', 'se acabo', 'ultima vez', 'cartas', // spa
    'despedir', 'adeus', 'nao aguento mais', 'nao vou estar', 'acabou', 'cartas', // por
    'atsisveikin\\S*', 'nebegaliu', 'manes nebebus', 'paskutini\\S*', 'laiskus', 'laiskai', // lit
    'alvida', 'alwida', 'khatam', 'aur nahi', 'bas ho gaya', 'akhri', // romanised urd/pan
    'nabad gelyo', 'macsalaameyn', 'waan ka daalay', 'ma awoodo', 'dhammaad', 'warqado', // som
  ),
  finalityNative: oneOf('الوداع', 'وداع', 'لن أكون', 'لن اكون', 'رسائل', 'النهاية', 'آخر مرة', 'الوداع', 'الوداع', 'ختم', 'آخری', 'الوداع', 'خدا حافظ', 'خط لکھ', 'বিদায়', 'শেষ', 'চিঠি', 'ਅਲਵਿਦਾ', 'ਆਖਰੀ', 'ਚਿੱਠੀ'),
  /** Someone leaving with no word of where: beside a farewell, the farewell is the plan (caller trial 19: the tow rope and the woods). */
  goneOff: oneOf('walked out', 'gone (?:off|out)', 'went (?:off|out)', 'drove off', 'driven off', 'took (?:the|his|her|their) (?:car|van|keys|car keys)', 'left the (?:house|flat)', 'switched (?:his|her|their) phone off', '(?:his|her|their) phone (?:is )?(?:switched )?off', 'not answering (?:his|her|their) phone'),
  /** Farewells and intent in other words: a question in itself ("I won't be here", "before I go", "end it"). */
  farewell: oneOf(
    // Wanting to vanish from life, said of oneself: "feel like just disappearing".
    '(?:feel|feeling|felt) like (?:just )?(?:disappearing|vanishing)', '(?:want|wanting|wanted) to (?:just )?vanish',
    '(?:i|me) (?:will not|am not going to|wo not) be (?:here|around)', 'not be (?:here|around) (?:much longer|anymore|for long|to)', 'not being (?:here|around|alive)', 'no longer (?:be )?here',
    'end it(?: all)?', 'ending it(?: all)?', 'end my life', 'end things', 'better off without me', 'do not want to (?:be here|wake up|live|be alive|go on)', 'no point (?:in )?(?:living|being here|being alive)',
    'before i go(?! (?:to|on|out|away|into|in|back|home|shopping|abroad|on holiday))', '(?:getting|got|put|putting) (?:it all|everything|my affairs|things) in order', 'sorted everything (?:else )?out', 'goodbye (?:everyone|all|world)', 'bye everyone', 'thanks for nothing',
    // A farewell to one's own family, said in passing: "I have said my goodbyes to the kids already".
    'sa(?:y|id|ying) my goodbyes? to (?:the |my )?(?:kids|children|family|everyone|grandkids|grandchildren)',
    'sorry to whoever', '(?:not|never) (?:want to )?(?:wake|woke) up', '(?:do|would) not care if i (?:do not |did not |never )?(?:wake|woke) up', 'disappear (?:permanently|for good|forever)', 'ways to (?:die|disappear|end it)', 'kill myself', 'take my (?:own )?life', '(?:after|when|once) i am gone', 'six feet under', 'how easy it would be', 'fade (?:out|away)', 'i am at the end', 'not after this (?:month|week)', 'i have (?:got )?a date', '(?:got|have) plans for (?:it|that|the)', 'save everyone the', 'not (?:see|see the) need to stay', 'do not want to be here',
    '(?:easier|better|simpler|kinder)(?: for (?:everyone|all of them|my family|them))? not to (?:wake|be here|be around|exist|be alive)',
    // "…easier if I did not wake up": the "if" must stay after the match, or the clause reads as a what-if.
    '(?:easier|better|simpler|kinder)(?: for (?:everyone|all of them|my family|them))?(?= if i (?:was|were|did) (?:not|never) (?:here|around|alive|wake|exist)(?! (?:for|when|on|at|while|during|until|till|today|tomorrow|this|next|in)(?!\\S)))', 'wish i (?:was|were) (?:dead|gone|not here|not alive|never born)', 'wish i (?:could|would) (?:just )?(?:disappear|not wake up|never wake up|go to sleep and not wake|sleep forever)', '(?:would )?rather be dead', 'want(?:ed)? to die', 'do not want to exist', 'tired of being alive', 'go to sleep and (?:not|never) wake',
    'thank you for (?:all )?your help over the years', '(?:the )?(?:dog|cat|pets?) (?:is |are )?going to', 'look after my (?:dog|cat|kids|children) (?:for me|when)', 'no point now', 'the last straw',
    'nie chce (?:juz )?zyc', 'wszystko skonczyc', 'skonczyc z (?:tym|soba)', 'nu o sa mai am nevoie', 'nu voi mai avea nevoie', 'nu mai vreau sa traiesc', 'no quiero (?:seguir )?vivir', 'acabar con todo', 'nao quero (?:mais )?viver', 'acabar com tudo', 'nebenoriu gyventi', 'nenoriu gyventi', 'jeena nahi', 'nahi jeena', 'ma rabo inaan noolaado',
  ),
  farewellNative: oneOf('আর পারছি না', 'বাঁচতে চাই না', 'جینا نہیں', 'زندہ نہیں رہنا', 'لا أريد أن أعيش', 'ما ابي اعيش', 'ਜੀਣਾ ਨਹੀਂ'),
  /** Hurting oneself, described: cutting, burning, hitting oneself. */
  selfInjury: oneOf(
    `${verb('cut', 'burn', 'scratch', 'hit', 'harm', 'hurt', 'starve', 'punch', 'scald')} (?:myself|himself|herself|themselves|my (?:arms?|legs?|wrists?|skin|thighs?|stomach))`,
    // A parent telling of a child: "she's been cutting her arms" (hitting or burning his arm is as often an accident).
    `${verb('cut', 'scratch', 'harm')} (?:her|his|their) (?:arms?|legs?|wrists?|thighs?|stomach)`,
    'tne sie', 'cuts (?:on|all over) (?:her|his|my|their|both) (?:arms?|legs?|wrists?|thighs?|body)', 'self harm(?:s|ing|ed)?', '(?:i have|i) cut (?:again|myself)', '(?:i am|i have been|i keep|been|started) cutting (?:again|herself|himself|myself)', 'cutting (?:herself|himself|myself)', 'cut (?:again|myself) (?:tonight|last night|today)',
    'ma tai', 'me corto', 'me corte', 'me machuco', 'pjaustau sav\\S*', 'khud ko (?:kaat|zakhmi|nuqsan)', 'is isku gooya',
  ),
  selfInjuryNative: oneOf('خود کو کاٹ', 'নিজেকে কাট', 'أجرح نفسي', 'ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ'),
  /** Hopelessness: not a flag alone, a question after a trigger. */
  hopeless: oneOf(
    'no point(?! (?:in |)(?:chasing|ringing|calling|asking|complaining|reporting|waiting|carrying on with|going on with))', 'what is the point', 'hopeless', 'no hope', 'given up', 'give up', 'giving up', 'can not cope', 'not coping', 'can not take (?:it|this|any ?more)', 'nothing left', 'no way out', 'sorry for everything', 'tired of (?:it all|everything|living|life)', 'burden', 'worthless', 'at the end of my (?:tether|rope)', 'do not see (?:a|the|any) way', 'can not see (?:a|the|any) way', 'nobody would (?:miss|notice|care)', 'no one would (?:miss|notice|care)', '(?:i am|i feel|feeling|i have been|i was) (?:so |completely |totally |just )?(?:broken|falling apart|drowning)',
    'nie mam sily', 'bez sensu', 'nie widze sensu', 'nu mai are rost', 'fara speranta', 'no tiene sentido', 'sin esperanza', 'nao tem sentido', 'sem esperanca', 'nera prasmes', 'beprasmi\\S*', 'koi faida nahi', 'umeed nahi', 'rajo ma qabo', 'waan quustay',
    'had enough of (?:it all|all of it|everything|life)', '(?:can not|do not) see the point', 'nothing to live for', 'no reason to (?:live|go on|carry on|keep going)', 'no reason (?:for|to) (?:continue|continuing)', 'lepiej beze mnie', 'better off without me', 'ya no veo salida', 'no veo salida', 'sem saida', 'nu mai vad rostul', 'ma jiro sabab',
    'nie daje (?:juz )?rady', 'nu mai pot', 'no puedo mas', 'nao aguento mais', 'nebegaliu', 'waan ka daalay',
  ),
  /** Triggers practice names for suicide risk: eviction, debt, bailiffs, a benefit stopped, a loss. */
  /** Affairs being settled in a routine request: an account closed, its money given to a relative (a farewell's company; never alone). */
  settlingAffairs: oneOf('close (?:my|the) (?:rent |council tax |bank |garage )?account', 'give (?:any|the|my|all (?:the|my)) (?:credit|refund|money|balance|deposit) to my \\S+', 'cancel (?:all )?my (?:direct debits?|standing orders?) (?:and|,)'),
  /** A move or a new start that explains "I won't need it": not a farewell. */
  movingOn: oneOf('moving', 'move (?:to|out|away|house|abroad|in with)', 'moved', 'emigrat\\S*', 'relocat\\S*', 'new (?:house|home|flat|job|place)', 'bought a (?:house|flat|car)', 'sold (?:the|my) car', 'going (?:abroad|back home to)', 'care home', 'sheltered housing'),
  trigger: oneOf(
    'evict\\S*', 'eviction', 'bailiffs?', 'enforcement agents?', 'debts?', 'arrears', 'court', 'repossess\\S*', 'section 21', 'notice to quit', 'sanctioned', 'sanction', 'benefits? (?:stopped|cut)', 'universal credit (?:stopped|cut)', 'lost my (?:job|home|house|flat|kids|wife|husband|partner|son|daughter|mum|dad)', 'split up', 'left me', 'divorce', 'passed away', 'bereave\\S*', 'funeral', 'since (?:my |our )?\\S+ died', 'final notice', 'made (?:myself|me|us) homeless', 'rejected', 'turned down', 'denied',
    'eksmisj\\S*', 'komornik\\S*', 'dlug\\S*', 'evacuare', 'executor\\S*', 'datori\\S*', 'desahucio', 'deudas?', 'despejo', 'dividas?', 'iskeldin\\S*', 'skol(?:a|os|u|as|ininkas)', 'antstol\\S*', 'qarz', 'karza', 'deyn', 'deynta', 'guri laga saar\\S*',
  ),
  triggerNative: oneOf('قرض', 'بے دخلی', 'ঋণ', 'উচ্ছেদ', 'ديون', 'دين', 'إخلاء', 'اخلاء', 'ਕਰਜ਼', 'ਬੇਦਖਲ'),
  /** Someone the resident worries about who may be on their own. */
  someone: oneOf(
    vulnerableAdult, 'neighbours?', 'the (?:man|woman|lady|gentleman|fella|bloke|guy|couple) (?:next door|upstairs|downstairs|across|opposite|at number|in number|in flat|on the)', 'lives (?:on (?:his|her) own|alone)', 'on (?:his|her) own', 'my (?:mum|mother|dad|father|brother|sister|uncle|aunt|auntie|friend|son|daughter)',
    'sasiad\\S*', 'sasiadk\\S*', 'vecin\\S*', 'vecin[oa]s?', 'vizinh[oa]s?', 'kaimyn\\S*', 'padosi', 'parosi', 'guanshiga', 'deriska', 'dariska', 'odayga',
    'autistic', 'autism', 'learning disabilit\\S*', 'my (?:autistic |disabled |elderly |old )?(?:mum|mother|dad|father|brother|sister|son|daughter|aunt|auntie|uncle)s?',
  ),
  someoneNative: oneOf('پڑوسی', 'ہمسائے', 'প্রতিবেশী', 'الجار', 'جاري', 'جارتي', 'ਗੁਆਂਢੀ', 'ਗੁਆਂਢ', 'ਬਜ਼ੁਰਗ', 'ਇਕੱਲੇ', 'আব্বা', 'বয়স', 'একা', 'كبير في السن', 'مسن', 'بزرگ', 'اکیلے'),
  /** Not seen or heard: no answer, curtains closed, post piling up, a smell, flies. */
  notSeen: oneOf(
    `not seen${notAService}`, `have not seen${notAService}`, 'has not been seen', 'nobody has seen', 'no one has seen', 'not heard', 'have not heard', 'no answer', 'not answering', 'not answered', 'does not answer', 'nobody answers', 'no one answers', 'no reply',
    // With words between ("his milk has been on the step since Thursday", "the curtains have not moved"): caller trial 17, P5.
    'curtains? (?:\\S+ ){0,3}(?:closed|shut|drawn|not (?:been )?(?:opened|moved|open)|have not moved|has not moved)', 'post (?:\\S+ ){0,3}(?:piling|piled|building|stacked)', 'letters piling', 'mail piling', 'milk (?:\\S+ ){0,3}(?:on|outside) (?:the|his|her|their) (?:front )?(?:door ?)?(?:step|doorstep|door)', 'milk (?:on|outside)', 'post sticking out', 'lights? (?:on|off) (?:all|day and night)', 'lights? (?:have been |has been |been |are |is |left )?on (?:day and night|night and day|all (?:day|night))', 'bins? (?:did not|have not|has not|were not|was not) (?:go|gone|been put|put) out', 'smell', 'flies', 'bad smell', 'not been out', 'not come out', 'not picked up', 'phone goes straight',
    'nie widzial\\S*', 'nie odpowiada', 'nikt nie otwiera', 'nu am (?:mai )?vazut', 'nu raspunde', 'no (?:lo|la) he visto', 'no contesta', 'nao (?:o|a) vejo', 'nao vi', 'nao atende', 'nemaciau', 'nemateme', 'neatsako', 'nahi dekha', 'nahin dekha', 'jawab nahi', 'ma arkin', 'ma jawaabo',
    'neatidaro', 'has not (?:washed|been out|come out|opened)', 'will not (?:answer|open|reply|respond|say (?:anything|a word))', 'not (?:replying|responding|saying anything|making (?:a|any) (?:sound|noise))', 'can not hear (?:anything|a sound|him|her|them)', 'no sound', 'will not open the door', 'bolted (?:it|the door|himself|herself)',
  ),
  notSeenNative: oneOf('نہیں دیکھا', 'جواب نہیں', 'দেখিনি', 'দেখা যায়নি', 'সাড়া', 'لم أره', 'لم اره', 'لم نره', 'لا يرد', 'ਨਹੀਂ ਦੇਖਿਆ', 'ਜਵਾਬ ਨਹੀਂ', 'ما شفته', 'ما شفناه', 'لم أشاهده', 'ما يفتح', 'ਨਹੀਂ ਦਿਖ'),
  /** A span of days: "since Monday", "for a week", "three days". */
  duration: oneOf(
    '(?:\\d+|a|two|three|four|five|six|several|few|couple of) (?:days|weeks?)', 'a week', 'all week', 'since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|the weekend|yesterday)', 'in days', 'for days', 'for ages',
    '\\d+ dni', 'od (?:tygodnia|kilku dni|\\S+ dni)', 'tydzien', '\\d+ zile', 'o saptamana', 'de (?:\\d+|varias) dias', 'una semana', 'ha (?:\\d+|varios) dias', 'uma semana', '\\d+ dien\\S*', 'savait\\S*', 'din se', 'hafte', 'hafta', 'maalmood', 'toddobaad',
    'since last \\S+', '\\S+ diena', 'penkt\\S* dien\\S*', 'in weeks', 'for weeks',
  ),
  durationNative: oneOf('دن', 'ہفت', 'দিন', 'সপ্তাহ', 'أيام', 'ايام', 'أسبوع', 'اسبوع', 'ਦਿਨ', 'ਹਫ਼ਤ'),
  /** Money or belongings taken or controlled by someone else. */
  moneyTaken: followedBy2(
    oneOf('pension', 'money', 'bank card', 'cards?', 'pin', 'savings', 'benefits?', 'wages', 'pay', 'post', 'letters', 'passport', 'documents', 'id'),
    oneOf(verb('control', 'withdraw', 'empty', 'steal', 'drain', 'hide', 'intercept', 'pocket'), 'goes missing', 'gone missing', 'disappears', 'not allowed', 'never see', 'taken (?:off|from) (?:me|her|him)'),
  ),
  moneyTakenBefore: oneOf(
    '(?:taking|taken|took|takes|draws?|drawing|withdr\\S*) (?:money|cash) (?:out )?(?:of|from) (?:his|her|their) (?:account|bank|card|purse)', 'knows (?:his|her|their) pin', '(?:account|purse|wallet) is (?:always )?(?:empty|emptied)', '(?:had|got) (?:me|him|her|them|mum|dad|my mum|my dad) (?:to )?sign', 'to sign the (?:house|flat|home|bungalow) over', '(?:paid|paying|goes|going) into (?:her|his|their) (?:own )?account', 'cash card', '(?:purse|wallet|money|cash|pension|jewellery|rings?) (?:keeps |has been |have been |has |keep )?(?:going|gone) missing', 'letting (?:themselves|himself|herself) in',
    followedBy1(oneOf(verb('take', 'control', 'withdraw', 'empty', 'steal', 'drain', 'hide', 'open', 'intercept'), 'keeps', 'kept', 'holds on to'), oneOf('(?:her|his|my|their|mums|dads|nans) (?:pension|money|bank card|cards?|pin|savings|benefits?|wages|post|letters|passport|documents)')),
    'zabiera (?:mi |jej |mu )?(?:pieniadze|emeryture|paszport)', 'ia (?:banii|pensia|pasaportul)', 'le quita (?:el dinero|la pension)', 'tira (?:o dinheiro|a pensao)', 'atima (?:pinigus|pensija)', 'paise (?:le|chheen)', 'lacagta (?:ka qaat|qaata)',
    '(?:drawn|drew|taken|took|taking) out (?:\\d|thousands|hundreds|all)', 'sign(?:s|ing)? (?:all )?(?:his|her|their) (?:money|benefits?|flat|house) over', 'makes? (?:him|her|them) sign', 'purse is (?:always )?empty', 'in (?:his|her|their) name', '(?:using|uses|used) (?:his|her|their) (?:phone|card|bank card|badge|blue badge|money)', 'with (?:his|her|their) (?:bank )?card', 'luat buletinele', 'nu ne da bani', 'took (?:our|my) (?:passports?|documents|ids?)',
    '(?:has|got|kept|keeps|took|takes|given (?:him|her|them)|gave (?:him|her|them)) (?:his|her|their|my (?:mums|dads|nans)) (?:bank )?(?:cards?|login|logins|pin|details)', 'sending (?:\\S+ )?money to', 'asks? (?:them |him |her |residents )?for cash', 'scam\\S*', 'met online',
    'tiene su tarjeta', 'ficou com o cartao', 'ia banii', '(?:pension|paise) (?:\\S+ )?(?:lai janda|le leta|le lete|le jata|lai jaanda)', 'bani din portofel',
  ),
  takenNative: oneOf('নিয়ে নিয়েছে', 'নিয়ে নেয়', 'لے لیا', 'لے لیتا', 'أخذ', 'ياخذ', 'ਲੈ ਲਿਆ', 'ਲੈ ਲੈਂਦਾ'),
  moneyNative: oneOf('পেনশনের', 'কার্ড', 'پنشن', 'پیسے', 'پاسپورٹ', 'টাকা', 'পেনশন', 'পাসপোর্ট', 'المال', 'الراتب', 'جواز', 'ਪੈਸੇ', 'ਪੈਨਸ਼ਨ', 'ਪਾਸਪੋਰਟ'),
  /** Controlled: not allowed out, locked in, phone checked, no key. */
  controlled: oneOf(
    'not allowed (?:out|to (?:leave|go out|see (?:my|friends|family)|talk to|speak to|have (?:money|a phone|my own)|work))', '(?:will|does|would) not let me (?:leave|out of|see (?:my|friends|family)|have (?:money|a phone|my own|a key)|work|talk to|speak to)', 'locks? me (?:in|out)', 'locked me (?:in|out)', 'checks my phone', 'took my phone', 'takes my phone', 'tracks me', 'tracking me', 'monitors', 'follows me', 'following me', 'turns up (?:at|outside)', 'watching me', 'keeps me', 'give me an allowance', 'control(?:s|ling)? (?:me|everything|the money|my money)', 'walk(?:ing)? on eggshells', `${verb('stop')} (?:me|her|him|them) (?:from )?(?:seeing|going out|meeting|talking to|having (?:money|friends|a phone)|working)`, `${verb('check', 'go through', 'read')} (?:all )?my (?:phone|messages|texts)`, 'goes (?:mad|mental|crazy|nuts) if', `${verb('isolate', 'cut')} (?:me|her|him|them) off from`, 'scared of (?:him|her|them)', 'afraid of (?:him|her|them)', 'safer (?:than being|away from|without) (?:\\S+ ){0,3}(?:him|her|them)', 'feel safer (?:downstairs|upstairs|in the car|at my mums?|at a friends?)', 'frightened of (?:him|her|them)', 'what he (?:does|will do|did)', 'when he (?:drinks|has had a drink|is drunk|gets angry|kicks off)', 'out me', 'threaten\\S*',
    'nie pozwala mi', 'zamyka mnie', 'boje sie', 'nu ma lasa', 'ma incuie', 'mi e frica', 'no me deja', 'me encierra', 'tengo miedo', 'nao me deixa', 'me tranca', 'tenho medo', 'neleidzia', 'uzrakina', 'bijau', 'bahar nahi jane', 'darr lagta', 'dar lagta', 'ma ii ogola', 'waan ka baqaa', 'cabsi',
    'keeps (?:her|him|them) in', '(?:will|does) not let (?:her|him|them) (?:out|go out|leave)',
  ),
  controlledNative: oneOf('باہر نہیں جانے', 'ڈر لگتا', 'ڈرتی', 'বাইরে যেতে দেয় না', 'ভয়', 'لا يسمح لي', 'يحبسني', 'أخاف', 'اخاف', 'ਬਾਹਰ ਨਹੀਂ', 'ਡਰ'),
  /** Hurt in ways a resident describes instead of naming: pushed, choked, hands round the neck. */
  hurt: oneOf(
    verb('choke', 'strangle', 'throttle', 'slap', 'punch', 'hit', 'beat', 'headbutt', 'smack', 'batter', 'rape'),
    // Done to someone, not by the writer: "I shake him, he say go away" is waking a poisoned husband (caller trial 16).
    `(?<!\\b(?:i|we) )${verb('push', 'shove', 'grab', 'kick', 'drag', 'shake', 'bite', 'spit', 'burn', 'pin', 'hurt', 'force', 'throw', 'strike', 'scratch', 'squeeze')} (?:me|her|him|them|us)(?! (?:on|off|out|to|a|the|ball)(?!\\S))`,
    'hands? (?:round|around|on) my (?:neck|throat)', 'bruises?', 'bruised', 'black eye',
    // On a body, not "a sooty mark on the wall above the gas fire" with "me and the wife" (caller trial 16: the domestic-abuse reply in a carbon monoxide call).
    '(?:marks?|burns?) on (?:my|her|his|their|your|the) (?:neck|arms?|face|body|legs?|back|wrists?|throat|chest|skin|hands?|head)', 'injur\\S*',
    'popchn\\S*', 'dusil\\S*', 'uderz\\S*', 'pobil\\S*', 'siniak\\S*', 'impins\\S*', 'lovit', 'vanatai', 'empuj\\S*', 'golpe\\S*', 'moretones', 'empurr\\S*', 'bateu', 'hematomas', 'stume', 'musa', 'maara', 'marta', 'peet(?:a|ta|ti|te)', 'kutt(?:a|i|e|da)', 'garaac\\S*', 'dilay', 'qaylin\\S*',
    'violent', '(?:broke|broken) my (?:finger|arm|nose|ribs?|wrist|jaw|tooth|teeth|leg|cheekbone)', '(?:put|punched|smashed) (?:his|her|their) (?:fist|head) through', 'mar(?:te|ta|ti|da|de) (?:hain|hai|ne)', 'maar(?:te|ta|ti|da|de) (?:hain|hai|ne)',
  ),
  hurtNative: oneOf('مار', 'پیٹ', 'دھکا', 'নীল দাগ', 'মারধর', 'ধাক্কা', 'يضرب', 'ضرب', 'دفعني', 'دفعها', 'يدفعني', 'كدمات', 'ਮਾਰ', 'ਕੁੱਟ', 'ਧੱਕਾ', 'نشان', 'جلنے'),
  /** Partners and family, from concepts.ts, and in the community languages. */
  family: oneOf(
    partner, 'husbands?', 'wifes?',
    'maz\\S*', 'partner\\S*', 'chlopak\\S*', 'zona', 'tesciow\\S*', 'sot\\S*', 'iubit\\S*', 'soacr\\S*', 'marido', 'esposo', 'pareja', 'novio', 'suegr[oa]', 'companheiro', 'namorado', 'sogr[oa]', 'vyr\\S*', 'sugyvent\\S*', 'anyt\\S*', 'shohar', 'khawind', 'pati', 'saas', 'sass', 'ninan', 'ninaan', 'ghar wala', 'ninka', 'ninkeyga', 'seygeyga', 'xaaskay\\S*',
    'brothers?', 'cousins?',
  ),
  familyNative: oneOf('شوہر', 'ساس', 'خاوند', 'স্বামী', 'শাশুড়ি', 'زوجي', 'زوج', 'حماتي', 'أخي', 'ਪਤੀ', 'ਸੱਸ', 'ਘਰਵਾਲਾ', 'أخوي', 'اخوي', 'أبوي', 'ابوي'),
  /** A child, from concepts.ts, and in the community languages. */
  child: oneOf(
    child, 'nieces?', 'nephews?', 'grand(?:son|daughter|kids|children)s?', 'dziec\\S*', 'dzieck\\S*', 'syn(?:a|owi|em)?', 'corka', 'copii', 'copil\\S*', 'fiul', 'fiica', 'ninos?', 'ninas?', 'hij[oa]s?', 'criancas?', 'filh[oa]s?', 'menin[oa]s?', 'vaik\\S*', 'sun(?:us|aus|ui|u)', 'dukr\\S*', 'bach(?:e|a|i|ay)', 'bachchay', 'bachay', 'carruur\\S*', 'ilmo', 'ilmaha', 'wiil\\S*', 'gabar\\S*',
    'lad', 'lass', 'munda', 'kudi', 'nikka', 'bacha', '(?:about|around|maybe|looks about|no more than|no older than|can not be more than) (?:[1-9]|1[0-7])(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|percent|miles|am|pm))',
  ),
  childNative: oneOf('بچے', 'بچہ', 'بچی', 'بچوں', 'শিশু', 'বাচ্চা', 'ছেলে', 'মেয়ে', 'أطفال', 'اطفال', 'الطفل', 'طفل', 'ابني', 'ابنتي', 'ਬੱਚ', 'ਮੁੰਡ', 'ਕੁੜੀ'),
  /**
   * A child going without: hungry, through bins for food, not fed, in dirty clothes. Spanish hunger only with its verb: typo
   * correction turns "hombre" (a man) into "hambre", and a knife attack by "un hombre" with children watching read as neglect.
   */
  noFood: oneOf(
    'forg(?:e|o)ts? to (?:feed|get food|buy food|make (?:tea|dinner|food))', '(?:will|does|would|did) not feed (?:them|us|him|her|the kids|our kids|my kids)', 'not feed(?:ing)? (?:them|us|the kids|our kids|my kids)', 'in (?:just|only) a nappy',
    'no food', 'nothing to eat', 'not (?:been )?fed', '(?:has|have|had) not (?:had anything to )?eaten (?:since|for|in)', 'nothing to eat since', 'not eating', 'hungry', 'starving', 'through (?:the )?bins', 'bins for food', 'scraps', 'begging for food', 'asking (?:for|me for) food', 'skinny', 'dirty clothes', 'same clothes', 'filthy', 'no shoes', 'no coat', 'smell of urine', 'not (?:at|going to|been to) school',
    'glodn\\S*', 'nie ma jedzenia', 'jedzeni\\S*', 'flamanz\\S*', 'mancare', '(?:tienen|tiene|pasan|pasa|pasando|con|de|mucha) hambre', 'hambrient\\S*', 'comida', 'fome', 'alkan\\S*', 'maisto', 'bhook\\S*', 'khana nahi', 'gaajo', 'cunto', 'raashin',
    'not (?:going|go|been) to school', 'nu merg la scoala', 'nie chodz\\S* do szkoly', 'no van a la escuela', 'nao vao a escola', 'neina i mokykla', 'sleep(?:s|ing)? on the floor', 'dorm pe jos',
  ),
  noFoodNative: oneOf('بھوک', 'کھانا نہیں', 'ক্ষুধা', 'খাবার নেই', 'খিদে', 'جائع', 'جوع', 'طعام', 'ਭੁੱਖ', 'ਖਾਣਾ ਨਹੀਂ', 'اسکول نہیں', 'স্কুলে যায় না'),
  /** A child with no adult: left alone, no one home, all night. */
  alone: oneOf(
    'alone', 'nobody (?:has been|s been|is|has come) (?:home|here|in|back)', 'no one (?:has been|s been|has come) (?:home|here|in|back)', 'on (?:their|his|her|my) own', 'by (?:themselves|himself|herself|myself)', 'no (?:adult|adults|parent|parents|grown up|one|body) (?:home|in|there|around|with them|looking after)', 'nobody (?:home|in|there|looking after)', 'no one (?:home|in|there|looking after)', 'left (?:them|alone|at home)', 'mum (?:is )?(?:out|away|never in|never home)', 'parents? (?:out|away|never (?:in|home))', 'locked (?:in|out)', 'out (?:all night|late|at night|till)', 'wandering', 'roaming', 'out on the streets?',
    '(?:sam|sama|same|sami) w domu', 'bez (?:opieki|rodzicow|doroslych)', 'singur\\S*', 'fara (?:parinti|adulti)', 'sol[oa]s?', 'sin (?:adultos|padres)', 'sozinh[oa]s?', 'sem (?:adultos|pais)', 'vien(?:i|as|a|us)', 'be (?:tevu|suaugusiu)', 'akele', 'akelay', 'keligood', 'kaligood', 'qof weyn',
    'leave (?:him|her|them) (?:in|out|on|alone|outside)',
    // The parent gone out and not back, as a young child tells it: "my mummy went out yesterday and she didnt come back im 6" (outside re-check 24c, N24-H2).
    '(?:mum|mummy|mam|mammy|mom|mommy|dad|daddy|mother|father|parents?|she|he|they) (?:\\S+ ){0,5}(?:did not|has not|have not|never) (?:come|came|got) (?:back|home)',
  ),
  aloneNative: oneOf('اکیلے', 'اکیلا', 'اکیلی', 'একা', 'وحد', 'بمفرد', 'ਇਕੱਲ'),
  /** At night or for long: the time that turns "alone" into neglect. */
  nightOrLong: oneOf(
    // "home on her own, I'm stuck at work till 10" was only asked about, and "no she's fine" to the question left a 6-year-old alone (caller trial 30, C30-35).
    '(?:till|until|til|untill) (?:[89]|1[0-2]|eight|nine|ten|eleven|twelve|midnight)(?: ?pm| o clock| tonight)?', 'stuck at work', '(?:night|late|evening) shift',
    'night', 'nights', 'nite', 'overnight', 'tonight', 'since yesterday', '(?:went|gone) out (?:\\S+ )?yesterday', 'all day', 'all weekend', 'for days', 'late', 'hours', 'midnight', '(?:1|2|3|4|one|two|three|four) ?am', 'evenings?', 'every day', 'weekend', 'days', 'noc\\S*', 'noapte\\S*', 'noche\\S*', 'noite\\S*', 'nakt\\S*', 'raat', 'raat ko', 'habeen\\S*', 'رات', 'রাত', 'الليل', 'ليل', 'ਰਾਤ'),
  /** Exploitation of a child or an adult: older men, cars, drugs run, gifts, a flat taken over. */
  exploited: oneOf(
    // A disclosure: what a child told of an adult ("told me something her uncle did to her").
    'told (?:me|us|her teacher|his teacher|the teacher) (?:what|something|things) (?:\\S+ ){0,3}(?:did|does|has done|had done|was doing) to (?:her|him|them)', 'did (?:things|stuff) to (?:her|him|them)',
    'sex offenders?', '(?:gave|give|gives|paid|pays|paying) (?:him|her|them) £ ?\\d+ to', 'passing (?:\\S+ )?packages', 'packages? to (?:people|cars)', 'hands? them (?:money|cash)', 'come out with cash', '(?:gives?|gave|giving) (?:her|him|them) (?:vodka|alcohol|drink|weed|drugs)',
    'older (?:men|man|lads|boys|guys)', 'grown men', 'picked up (?:in|by)', 'different cars', 'cars pick(?:ing)? (?:her|him|them) up', 'county lines', 'running drugs', 'carrying (?:drugs|packages|bags)', 'dealing', 'drugs', 'new (?:phone|phones|trainers|clothes) (?:from|off) (?:older|men|a man|strangers)', 'money (?:from|off) (?:older|men|a man|strangers)', 'missing from home', '(?:he|she|they) (?:goes|went|has gone|keeps going) missing', 'disappears for days', 'groom\\S*', 'sexual', 'touch(?:ed|ing|es)? (?:her|him|them)', 'inappropriate', 'naked', 'pictures of (?:her|him|them)', 'photos of (?:her|him|them)', 'taken over', 'took over', 'moved in (?:on|with) (?:him|her)', 'using (?:his|her|their) flat', 'cuckoo\\S*', 'trafficked', 'trafficking', 'working for (?:no|little) (?:money|pay)', 'not paid', 'no pay', 'for free', 'many (?:men|people) (?:living|sleeping)', 'lots of (?:men|people) (?:living|sleeping)', 'passport (?:taken|kept)', 'forced (?:to|marriage)', 'married off', 'honour', 'cut (?:her|them)', 'fgm', 'circumcis\\S*',
    'narkotyk\\S*', 'starsi mezczyzni', 'wykorzyst\\S*', 'droguri', 'barbati mai in varsta', 'exploat\\S*', 'drogas', 'hombres mayores', 'explotad\\S*', 'homens mais velhos', 'explorad\\S*', 'narkotik\\S*', 'isnaudoj\\S*', 'nasha', 'mukhaadaraad', 'la adeegsad\\S*', 'gudniin\\S*', 'boyo',
    'older (?:blokes|fellas|lads)', 'drop(?:s|ped)? (?:him|her|them) off', 'new trainers', 'taking (?:photos|pictures) of (?:the )?(?:kids|children|girls|boys)', '(?:give|gave|offer\\S*) (?:my|the|them|her|him) (?:\\S+ )?sweets', 'different girls', 'girls? (?:coming|arriving|staying) (?:late|at night)', 'in taxis', 'in (?:his|her|their) name', 'stay(?:s|ing)? in (?:his|her) flat', 'get (?:him|her) to buy', 'filmed (?:him|her)', 'luat buletinele', 'datorii la el',
  ),
  exploitedNative: oneOf('منشیات', 'زبردستی', 'মাদক', 'জোর করে', 'مخدرات', 'إجبار', 'اجبار', 'زواج قسري', 'الشرف', 'ختان', 'ਨਸ਼ਾ', 'ਜ਼ਬਰਦਸਤੀ', 'تزوج', 'گھر کا کام'),
  /** Work without pay, or a debt used to hold someone: signs of modern slavery. */
  unpaid: oneOf('for nothing', 'for no (?:money|pay)', 'not (?:been )?paid', 'no pay', 'owe (?:him|them|the boss)', 'pay(?:ing)? off (?:the|a|my|our|their|his|her) debt', 'nu ne da bani', 'datorii la el', 'nie placi', 'no nos paga', 'nao nos paga', 'nemoka'),
  /** Someone not seen, in a pronoun: "have not seen her for days". */
  seenPerson: oneOf('(?:seen|heard from|heard|seen or heard) (?:him|her|them)', '(?:he|she|they) (?:has|have) not been (?:seen|out)'),
  /** Drugs where children are: a question, not a flag ("needles by the playground" is a street-care report). */
  drugsAround: oneOf('needles', 'druggies', 'drug (?:users|dealers)', 'crack', 'heroin', 'dealers'),
  /** Put out of the home or locked out: locks changed, kicked out, thrown out. */
  putOut: oneOf(
    'locks? (?:have been |has been |were |was )?changed', 'changed the locks', 'locked (?:me|us) out', 'kicked (?:me|us|him|her|them) out', 'thrown (?:me|us|him|her|them)? ?out', 'threw (?:me|us|him|her|them) out', 'put (?:me|us|him|her|them) out', 'told (?:me|us|him|her|them) to (?:leave|get out)', 'chucked (?:me|us|him|her|them) out', 'out on the streets?', 'sleeping (?:rough|in the car|in my car|outside|on the street)', '(?:sleeps?|sleeping|slept|kips?|kipping) (?:rough|out|outside|under (?:the|a) (?:bridge|underpass|stairs)|in (?:the|a) (?:park|underpass|subway|stairwell|doorway|tent|bus shelter|bin store|shed|garage|car park))', '(?:sleeping|sleeps|kipping) (?:down )?there', 'nowhere to (?:go|sleep|stay)', 'no where to (?:go|sleep|stay)',
    'zmienil\\S* zamki', '(?:go|ja|ich|mnie|nas) (?:\\S+ )?wyrzucil\\S*', 'wyrzucil\\S* (?:go|ja|ich|mnie|nas)', 'nie mam gdzie', 'schimbat yala', 'dat afara', 'nu am unde', 'cambi\\S* (?:la )?cerradura', 'echad\\S*', 'no tengo donde', 'trocou a fechadura', 'trocaram', 'expuls\\S*', 'nao tenho onde', 'pakeit\\S* spyn\\S*', 'ismet\\S*', 'neturiu kur', 'ghar se nikal\\S*', 'kahin nahi', 'kaheen nahi', 'guriga iga saaray', 'meel aan aado',
    'naga saaray', 'qufulkii', 'meel aan (?:caawa )?seexanno',
    'nowhere (?:to (?:go|sleep|stay) )?tonight', 'no address to go', 'no address', 'got out of prison', 'released from (?:prison|jail|custody)', 'sofa surfing', 'despejad\\S*', 'desalojad\\S*', 'nao temos onde', 'no tenemos donde', 'nu avem unde', 'nie mamy gdzie',
  ),
  putOutNative: oneOf('تالا بدل', 'گھر سے نکال', 'کہیں نہیں', 'তালা বদল', 'বের করে দিয়েছে', 'কোথাও যাওয়ার', 'غير الأقفال', 'طردني', 'طردنا', 'ليس لدي مكان', 'لا مكان', 'ਤਾਲਾ ਬਦਲ', 'ਘਰੋਂ ਕੱਢ', 'ਕਿਤੇ ਨਹੀਂ'),
  /** Today or tonight: immediacy. */
  tonight: oneOf('tonight', 'today', 'this (?:evening|afternoon|morning)', 'right now', 'now', 'at the moment', 'just now', 'dzisiaj', 'dzis', 'teraz', 'astazi', 'azi', 'acum', 'in seara asta', 'hoy', 'esta noche', 'ahora', 'hoje', 'esta noite', 'agora', 'siandien', 'siannakt', 'dabar', 'aaj', 'abhi', 'maanta', 'caawa', 'hadda', 'آج', 'ابھی', 'আজ', 'এখন', 'اليوم', 'الليلة', 'الآن', 'الان', 'ਅੱਜ', 'ਹੁਣ', 'caawa', 'haatan'),
  /** A threat to kill: with family, domestic abuse whatever else is said. */
  killThreat: oneOf('(?:going to|will|gonna|said he would|says he will|threatened to) (?:kill|murder) (?:me|us|her|the kids)', 'zabije (?:mnie|cie|nas)', 'ma omoara', 'me va a matar', 'vai me matar', 'nuzudys', 'maar (?:dunga|doonga|dalega|dega|deve)', 'i dili doon'),
  killThreatNative: oneOf('يقتلني', 'يذبحني', 'مار ڈالے', 'মেরে ফেলবে', 'ਮਾਰ ਦੇਵੇਗਾ'),
  /** A threat, described by what is said or done: with a weapon beside it, even "standing" or "shouting" is one. */
  threat: oneOf(verb('shout', 'scream', 'wave', 'hold', 'carry', 'point', 'come', 'stand'), threatSaid),
  /** A threat in words ("going to kill", "set fire"): a sign of risk on its own, which shouting or screaming is not ("the kids scream while they play"). */
  threatSaid,
  /**
   * A threat made to a person, narrower than `threat`: "says", "comes" and "stands" are threats
   * beside a weapon, but beside a son or a landlord they are everyday speech ("my son says…").
   */
  /** Someone keeping watch on the resident's home: parked or waiting outside it, watching, night after night. */
  watchingHome: oneOf('(?:parks|parked|parking|sits|sitting|sat|waits|waiting|stands|standing|hangs around|hanging around) (?:\\S+ ){0,4}outside (?:my|our|the) (?:house|flat|home|door|window)'),
  watching: oneOf('watching', 'watches', 'staring', 'stares', 'following me', 'follows me', 'filming', 'taking photos'),
  menace: oneOf(
    verb('threaten'), 'going to (?:kill|hurt|get|burn|stab|do)', 'will (?:kill|hurt|burn|stab|do (?:me|you|us|her|him) in)', 'kill (?:me|us|you|her|him|them)', 'burn (?:the|this|my|our) (?:house|flat|place|door)', 'set fire', 'set (?:the|my|our) (?:house|flat|door) on fire',
    '(?:came|comes|coming|come) at (?:me|us|her|him)', '(?:stood|stands|standing) over (?:me|us|her|him)', 'squar\\S* up to', 'raised (?:his|her) (?:fist|fists|hand)', '(?:shout\\S*|scream\\S*|yell\\S*) (?:at|in) (?:me|us|her|him|my face|her face)',
    'grozi\\S*', 'zabije', 'ameninta\\S*', 'omor', 'amenaz\\S*', 'matar\\S*', 'ameac\\S*', 'grasin\\S*', 'nuzudy\\S*', 'dhamki', 'maar dunga', 'maar doonga', 'hanjabaad\\S*', 'dili doon\\S*', 'i dili\\S*',
  ),
  threatNative: oneOf('دھمکی', 'مار دوں', 'হুমকি', 'মেরে ফেলব', 'يهدد', 'هددني', 'سأقتل', 'سيقتل', 'ਧਮਕੀ', 'ਮਾਰ ਦੇ'),
  /** Saying something: a threat beside a weapon ("says he'll use the knife"), everyday speech anywhere else, so no sign of risk. */
  saying: oneOf(verb('say')),
  /** A weapon, fuel or fire: a threat with one of these is danger to life. */
  weapon: oneOf(
    'knife', 'knives', 'blade', 'machete', 'axe', 'hammer', 'bat', 'baseball bat', 'crowbar', 'gun', 'shotgun', 'screwdriver', 'broken bottle', 'petrol', 'lighter', 'lighter fluid', 'fuel', 'matches', 'jerry can', 'acid',
    'noz\\S*', 'siekier\\S*', 'benzyn\\S*', 'cutit\\S*', 'topor', 'benzina', 'cuchillo', 'navaja', 'gasolina', 'faca', 'peiil\\S*', 'kirv\\S*', 'benzin\\S*', 'chaku', 'churi', 'mindi', 'middi', 'baasiin', 'shidaal',
  ),
  weaponNative: oneOf('چاقو', 'چھری', 'پٹرول', 'ছুরি', 'পেট্রোল', 'سكين', 'بنزين', 'ولاعة', 'ਚਾਕੂ', 'ਛੁਰੀ', 'ਪੈਟਰੋਲ'),
  /** At the door now: outside, trying to get in, banging. */
  atTheDoor: oneOf('outside (?:my|the|our) (?:door|flat|house|window)', 'trying to (?:get|break) in', 'banging on (?:the|my|our) (?:door|window)', 'kicking (?:the|my|our) door', 'breaking (?:the|my|our) door', 'at the door', 'in the (?:hallway|stairwell|garden)', 'pod drzwiami', 'la usa', 'en la puerta', 'na porta', 'prie duru', 'darwaze par', 'albaabka'),
  /** An alarm that keeps sounding (not named as a CO alarm). */
  alarmSounding: oneOf(
    followedBy1(oneOf('alarm', 'detector', 'alarm thing', 'beeper'), oneOf('beep\\S*', 'going off', 'keeps going', 'sounding', 'ringing', 'screeching', 'will not stop', 'does not stop', 'wo not stop', 'red light', 'flashing')),
    'beep beep', 'keeps beeping', 'alarma \\S* (?:suena|pita)', 'alarmul', 'czujnik\\S*', 'alarm\\S* piszczy', 'detector \\S* (?:apita|toca)', 'signalizacij\\S*', 'jaras', 'alaarm',
  ),
  /** Symptoms of carbon monoxide: headaches, dizziness, sickness, drowsiness, a yellow flame. */
  coSymptom: oneOf(
    'headaches?', 'head (?:is )?(?:banging|pounding|killing)', 'banging head', 'dizzy', 'dizziness', 'sick', 'vomit\\S*', 'nause\\S*', 'drowsy', 'sleepy', 'passed out', 'fainted', 'confused', 'yellow flame', 'orange flame', 'soot', 'boiler', 'not the smoke',
    'bol\\S* glow\\S*', 'zawroty', 'durere de cap', 'ameteli', 'dolor de cabeza', 'mareo', 'dor de cabeca', 'tontura', 'galvos skausm\\S*', 'svaig\\S*', 'sar dard', 'chakkar', 'madax xanuun', 'wareer', 'سر درد', 'মাথা ব্যথা', 'صداع', 'دوخة', 'ਸਿਰ ਦਰਦ',
  ),
  /** A shock from an appliance or fitting, or an electrical fitting hot or burning. */
  shock: oneOf('(?:got|get|getting|gave|giving|had) (?:me |him |her |them |us )?(?:a )?(?:an )?(?:electric |proper |nasty )?shocks?', '(?:a |get a |got a )belt off', 'shocks? (?:off|from) (?:the|my|our)', 'nupurt\\S*', 'purto', 'electrocuted', 'tingl\\S* (?:when|from|off)', 'fuse ?box (?:is )?(?:hot|burning|smoking|melting|buzzing|crackling)', 'burning smell from the (?:fuse|socket|plug|wiring)', 'porazil\\S*', 'kopnal prad', 'curentat', 'electrocut\\S*', 'calambre', 'choque', 'nukrete', 'current laga', 'karant', 'shoti', 'کرنٹ', 'শক', 'صعق', 'كهرباء', 'ਕਰੰਟ'),
  /** Asbestos disturbed: drilled, broken, crumbling, dust. */
  asbestos: oneOf(followedBy1('asbestos', oneOf(verb('drill', 'break', 'crack', 'crumble', 'disturb', 'smash', 'sand', 'cut'), 'dust', 'everywhere', 'exposed', 'fibres')), followedBy1(oneOf(verb('drill', 'break', 'crack', 'disturb', 'smash', 'sand'), 'dust'), 'asbestos'), 'azbest\\S*', 'azbest', 'amianto', 'asbest\\S*'),
  /** Breathing in trouble (with mould or damp: the taxonomy's damp-related health risk turned acute). */
  breathless: oneOf('struggling to breathe', 'can (?:hardly|barely) breathe', 'breathing (?:\\S+ )?(?:fast|noisy|heavy|badly|funny)', 'inhaler (?:is not|not|is no) (?:helping|working|good)', 'chest (?:is )?(?:tight|rattling)', 'can not breathe', 'could not breathe', 'hard to breathe', 'trouble breathing', 'difficulty breathing', 'wheez\\S*', 'gasping', 'asthma attacks?', 'inhaler (?:is not|not) working', 'blue lips', 'hospital', 'ambulance', 'nie moze oddychac', 'duszn\\S*', 'nu poate respira', 'no puede respirar', 'nao consegue respirar', 'negali kvepuoti', 'saans nahi', 'neefsato', 'saa?h (?:di|dee|ki|lain|lene) (?:\\S+ )?(?:takleef|taklif|dikkat|mushkil|aukh\\S*|problem)', 'سانس', 'শ্বাস', 'تنفس', 'ਸਾਹ'),
  mould: oneOf('mould', 'mold', 'damp', 'black spots', 'mildew', 'condensation', 'plesn\\S*', 'mucegai', 'moho', 'bolor', 'pelesi\\S*', 'seelan', 'caaryaan', 'ull?ee?', 'ulli', 'پھپھوندی', 'نمی', 'ছত্রাক', 'স্যাঁতসেঁতে', 'عفن', 'رطوبة', 'ਸਿੱਲ', 'ਉੱਲੀ'),
  /** A door or window broken in and the home left open. */
  brokenIn: oneOf('broken into', 'jemmied', 'jimmied', 'tried to (?:break|get|force) in', 'wlama\\S*', 'intentou (?:\\S+ )?arrombar', 'break in', 'broke in', 'burgled', 'burglary', 'door (?:was |has been |got )?(?:smashed|kicked|forced|broken)(?: in| open| down)?', 'smashed (?:the|my|our) (?:door|window)', 'kicked (?:the|my|our) door (?:in|down)', 'forced (?:the|my|our) door', 'wlamanie', 'wlamal\\S*', 'spart\\S*', 'forzad\\S*', 'arrombad\\S*', 'isilauz\\S*', 'chori', 'la jabiyay', 'کسی نے توڑ', 'ভেঙে', 'كسر', 'ਤੋੜ'),
  cannotSecure: oneOf('can not (?:lock|close|shut|secure)', 'nie (?:\\S+ )?zamyka\\S*', 'nao (?:\\S+ )?fecha\\S*', 'no (?:\\S+ )?cierra\\S*', 'tala (?:\\S+ )?nahi lag\\S*', 'key (?:has )?snapped', 'will not (?:lock|close|shut|secure)', 'does not (?:lock|close|shut)', 'no lock', 'lock (?:is )?(?:broken|smashed|gone)', 'wide open', 'hanging off', 'nie da sie zamknac', 'nu se (?:mai )?inchide', 'no cierra', 'nao fecha', 'neuzsidaro', 'band nahi', 'ma xirmayo', 'بند نہیں', 'বন্ধ হয় না', 'لا يغلق', 'ਬੰਦ ਨਹੀਂ'),
  adultNeglectNative: oneOf('ਖਾਂਦੇ ਨਹੀਂ', 'ਨਹੀਂ ਖਾਂਦੇ', 'ਕੱਪੜੇ ਨਹੀਂ', 'কিনে দেয় না', 'کھانا نہیں', 'لا ياكل', 'ما ياكل'),
  /** No power at all: the whole home without electricity. */
  noPower: oneOf('no (?:electric|electricity|power|lights?)(?: at all| anywhere| in the (?:whole )?(?:flat|house))?', '(?:electric|electricity|power) (?:is |has )?(?:off|out|gone|cut off|tripped)', 'fuse ?box (?:keeps )?(?:tripping|tripped)', 'nu mai avem curent', 'a sarit siguranta', 'nie ma pradu', 'sin luz', 'no hay luz', 'sem luz', 'nera elektros', 'bijli nahi', 'laydh ma jirto'),
  noPowerNative: oneOf('بجلی نہیں', 'বিদ্যুৎ নেই', 'কারেন্ট নেই', 'لا كهرباء', 'الكهرباء مقطوعة', 'ਬਿਜਲੀ ਨਹੀਂ'),
  /** Heating or hot water gone, however it is put and in the community languages. */
  noHeating: oneOf('(?:sitting|sat|living|sleeping) in (?:my|our|his|her|their) coats?', '(?:coats?|hats?|gloves) on (?:indoors|inside|in the house|in the flat)', 'wearing (?:my |our |his |her )?coats? (?:indoors|inside|in the house|in the flat)', followedBy1(oneOf('heating', 'boiler', 'radiators', 'hot water', 'heat'), oneOf('has not worked', 'not worked', 'broken', 'broke', 'not working', 'gone', 'off', 'died', 'packed up', 'cold')), 'no (?:heating|heat|hot water)', 'nie ma ogrzewania', 'nie (?:mam|mamy) (?:ogrzewania|ciepla|cieplej wody)', 'ogrzewanie nie dziala', 'kaloryfery (?:sa )?zimne', 'kaloryfery (?:\\S+ )?nie grzej\\S*', 'nie grzej\\S* kaloryfer\\S*', 'nie dzialaj\\S* kaloryfer\\S*', 'kaloryfer\\S* nie dzial\\S*', 'nie dziala ogrzewanie', 'nu avem caldura', 'sin calefaccion', 'sem aquecimento', 'nera sildymo', 'heating nahi', 'kulayl ma'),
  noHeatingNative: oneOf('ہیٹنگ نہیں', 'بوائلر', 'হিটিং নেই', 'বয়লার', 'لا تدفئة', 'التدفئة', 'ਹੀਟਿੰਗ'),
  /** People for whom a night without heat or power is dangerous. */
  vulnerableToCold: oneOf(vulnerableToColdWords, 'oxygen', 'machine', 'ms', 'disabled', 'weeks? old', 'small (?:child|baby|kid)', 'male dziecko', 'male dzieci', '\\S*miesieczn\\S*', '\\S*tygodniow\\S* (?:dziec\\S*|syn\\S*|cor\\S*)', 'malego (?:dziecka|synka|syna)', 'maly synek', 'mala coreczka', 'malutk\\S*', 'copil mic', 'bebe', 'niemowl\\S*', 'kudikis\\S*', 'ilmo yar'),
  vulnerableToColdNative: oneOf('ہفتے کا', 'بچہ', 'নবজাতক', 'ছোট বাচ্চা', 'رضيع', 'ਨਵਜੰਮ', 'بزرگ'),
  brokenInNative: oneOf('كسروا', 'كسر', 'توڑ', 'ভেঙে', 'ਤੋੜ'),
  cannotSecureNative: oneOf('ما يتسكر', 'ما ينقفل', 'ما يسكر', 'لا يغلق', 'بند نہیں', 'বন্ধ হয় না', 'ਬੰਦ ਨਹੀਂ'),
  /** A carer or a care home. */
  carer: oneOf('carers?', 'care workers?', 'care home', 'nursing home', 'sheltered', 'warden', 'support workers?', 'home help', 'opiekun\\S*', 'ingrijitor\\S*', 'cuidador\\S*', 'slaug\\S*', 'daryeel\\S*', 'نگہداشت', 'কেয়ারার', 'مقدم الرعاية', 'ਕੇਅਰਰ'),
  /** Neglect of an adult: left in soiled bedding, not fed, not given medication, no heating, hoarding. */
  adultNeglect: oneOf('stuck (?:upstairs|downstairs|in bed|in (?:the|my|her|his) (?:flat|house|chair|bed))', 'running out of food', '(?:no one|nobody) (?:has |is )?(?:been )?check\\S* on', 'soiled', 'wet (?:bed|sheets|through)', 'not (?:been )?(?:fed|washed|changed|turning up|coming|given)', 'no one (?:came|comes|has come)', 'nobody (?:came|comes|has come)', 'missed (?:visits|calls)', 'left (?:him|her) (?:in|on|alone)', 'hoard\\S*', 'piled (?:up|high)', 'rubbish everywhere', 'not eating', 'not washing', 'living in (?:filth|squalor)', 'freezing', 'bedbound', 'bed bound', 'can not get (?:up|out of bed)', 'has fallen (?:over|down)', 'had a fall', '(?:lying|lay|left) on the floor', 'bedsores?', 'pressure sores?', 'shouted at', 'rough with', 'hit (?:him|her)', 'is not eating', 'do not think (?:he|she) is eating', 'stopped going out', 'same (?:pad|nappy|clothes)', 'no staff', '(?:had|have) falls', 'no food in', 'has not washed', 'will not let anyone in', 'not changed', 'left (?:him|her|them|residents?|a (?:man|woman)) (?:sat |sitting |lying )?(?:outside|in the (?:rain|cold|van|bus|vehicle)|for hours)', 'not allowed to (?:report|complain|tell)', 'cold showers', '(?:support|care) (?:hours|package|visits) (?:got |have been |has been |were |was )?(?:cut|stopped|reduced)', 'on the floor (?:all night|for hours|overnight)', 'could not get (?:back )?up', 'wet (?:himself|herself)', 'looking (?:much |really |so )?(?:thinner|thin)', 'lost (?:a lot of )?weight', 'eating out of (?:the )?bins'),
  /** Drug dealing told as anti-social behaviour, with no sign the person is used: not exploitation of an adult. */
  dealingOnly: oneOf('(?:is|are|been|keeps?) dealing', 'dealing (?:drugs )?(?:from|out of|on)', 'selling drugs'),
  /** An injury by accident: tripping on a step, a cut on a fence. */
  // A pain described as a blow is no blow: "a headache like he's been hit with a bat" (outside re-check 24c, R24c-C1: the domestic abuse reply).
  accident: oneOf('(?:like|as if|as though) (?:he|she|they|i|someone|somebody|you) (?:has |have |had |s |ve |d |is |was |are )?(?:been )?(?:hit|whacked|struck|smacked|kicked|punched|bashed|thumped)', 'chok(?:ed|ing) on', 'tripp(?:ed|ing)', 'trip(?:ped)? (?:on|over)', 'fell', 'fallen', 'falling', 'hurt (?:her|his|my|their) (?:neck|back|leg|arm|ankle|wrist|knee|hip|foot|shoulder)', 'slipp(?:ed|ing)', 'by accident', 'accident(?:ally)?', 'on (?:the|a) (?:broken|sharp|rusty|loose|jagged)', 'cooking', 'ironing', 'shaving', 'fence', 'glass', 'brambles?', 'nettles', 'thorns', '(?:her|his|my|a) bike', 'the cat', 'the dog'),
  /** Money handled with the resident's leave: "takes my card to pay the council tax", "on the horses". */
  helping: oneOf('because (?:he|she|they) (?:can not|is not able|are not able)', 'i help (?:him|her|them|my (?:mum|dad|nan|gran|mother|father))', 'to pay', 'to do (?:my|the|our) shopping', 'for (?:me|my shopping|the shopping|his birthday|her birthday)', 'because i (?:can not|am not able)', 'on my behalf', 'with my (?:permission|consent)', 'i (?:gave|give|let) (?:him|her|them)', 'on the horses', 'on (?:sweets|toys|games)'),
  /** Modern slavery: papers held, a debt for the journey, sleeping where they work, brought over by the boss. */
  heldWorker: oneOf(
    '(?:keeps?|kept|holds?|held|took|taken|has) (?:our|their|his|her|my|the (?:workers|mens)) passports?', '(?:owes?|owe|debt|paying off) (?:\\S+ ){0,4}(?:for|from) (?:the |his |her |their |my |our )?(?:travel|journey|trip|flights?|bringing (?:him|her|them|us))',
    'brought (?:him|her|them|us) (?:over )?(?:here|to (?:the uk|england|this country))', 'the man who brought', 'sleeps? (?:in|on) (?:a |the )?(?:garage|portakabin|portacabin|van|shed|bin store|mattress|floor (?:of|at) (?:the|his) (?:shop|work|garage))', '(?:living|sleeping) in the (?:garage|bin store|shed|portakabin|portacabin)',
    '(?:\\d+|five|six|seven|eight|nine|ten) (?:men|people|of (?:us|them)) (?:sleeping|living|in one room|in a room)', 'drives? them to work', '(?:picks?|picked|collects?|collected) (?:them|the (?:men|women|workers)|men|women|people|workers) up (?:at|every day at|each morning at) (?:[3-6]|half [3-5]|quarter to [4-6])(?: ?am| in the morning)?\\b', 'no passports?\\b(?= *(?:help|please|scared|trapped))', 'help,? no passports?', '£ ?\\d+ a day',
    'tine pasapoartele', 'ne tine pasapoartele', 'zabral\\S* (?:nam |im )?paszport\\S*', 'retiene (?:los|nuestros) pasaportes', 'ficou com (?:os|nossos) passaportes', 'datorie pentru drum', 'deuda (?:por|del) (?:el )?viaje', 'dormim \\d+',
  ),
  /** An adult whom age, disability or illness makes vulnerable, in the community languages too. */
  vulnerable: oneOf(vulnerableAdult, 'deaf', 'blind', 'autis\\S*', 'sord[oa]', 'senyv\\S*', 'starsz\\S*', 'mayor', 'idos[oa]', 'in varsta', 'buzurg', 'waayeel\\S*'),
  /** Discriminatory abuse: slurs and hate aimed at someone for who they are. */
  hateAbuse: oneOf('racist', 'racial(?:ly)?', 'cripple', 'spastic', 'retard', 'hate crime', 'people like you', 'go back to (?:your|where)', 'insultos racistas', 'rasist\\S*', 'racistas?'),
  /** Self-neglect: a home or a body no longer looked after. */
  selfNeglect: oneOf('using (?:a )?buckets?', 'can not get to the (?:toilet|kitchen|bathroom|bed)', 'living in (?:filth|squalor)', 'have not (?:eaten|washed) (?:in|for) (?:days|weeks|\\d+)', 'not eaten (?:in|for) (?:days|weeks|\\d+)', 'stopped eating', 'stopped washing'),
  /** A building failing: a ceiling bowing or down, masonry falling, a wall or chimney moving. */
  structureFailing: oneOf(
    'ceiling (?:has |is )?(?:\\S+ )?(?:bowing|sagging|bulging|coming down|collapsed|collapsing|caved in|fallen|fell in|dropping)', '(?:bricks?|masonry|roof tiles|slates|chunks of (?:plaster|ceiling)|part of the (?:ceiling|roof|wall)) (?:have |has |keep |keeps |are )?(?:come|coming|fallen|falling|dropping|dropped|fell) (?:down|off|in|onto)',
    'daylight through', '(?:wall|chimney|stack|balcony) (?:is |has )?(?:leaning|bulging|moving|coming away|pulling away)', 'about to (?:collapse|come down|give way|fall down)', 'come down on (?:our|the|my) (?:roof|house|flat|car)',
    'se ha caido (?:parte del )?techo', 'techo (?:se )?(?:ha )?caido', 'caiu (?:parte do )?teto', 'sufit (?:\\S+ )?(?:spad\\S*|zawal\\S*)', 'tavanul (?:\\S+ )?(?:cazut|cade)',
  ),
  /** An electrical fitting smoking, sparking, crackling or hot. */
  electricalFault: followedBy1(
    oneOf('sockets?', 'plugs?', 'switch', 'light switch', 'fuse ?box', 'consumer unit', 'meter', 'meter cupboard', 'wiring', 'cables?', 'extension lead', 'enchufe\\S*', 'gniazd\\S*', 'priz\\S*', 'tomada\\S*', 'lizd\\S*',
      'kontakt\\S*', 'wtyczk\\S*', 'bezpiecznik\\S*', 'tablou\\S*', 'siguran\\S*', 'interruptor\\S*', 'cuadro electrico', 'quadro (?:eletrico|electrico)', 'jungikl\\S*', 'skydel\\S*', 'laid(?:ai|as|u|uose)', 'kabel\\S*', 'cablu\\S*', 'cable\\S*', 'fio\\S*', 'board', 'socket', 'fiil\\S*', 'swiij\\S*'),
    oneOf('smoking', 'smoke', 'sparking', 'sparks', 'crackling', 'buzzing', 'hot to (?:the )?touch', 'melting', 'melted', 'burning', 'scorch\\S*', 'humo', 'dym\\S*', 'fum', 'fumo',
      'kaist\\S*', 'ikait\\S*', 'rukst\\S*', 'rusen\\S*', 'dum(?:ai|u|ija|ija)', 'kibirksc\\S*', 'iskrz\\S*', 'grzeje sie', 'goraca\\S*', 'topi sie', 'fumeg\\S*', 'scoate fum', 'scantei\\S*', 'fierbint\\S*', 'se topeste', 'echa humo', 'humea\\S*', 'chispa\\S*', 'muy caliente', 'se derrite', 'quente\\S*', 'fumega\\S*', 'deita fumo', 'faisca\\S*', 'derret\\S*', 'garam', 'dhuan', 'dhuaan', 'dhua', 'dhoa', 'chingari\\S*', 'gorom', 'pighal\\S*', 'qiiq\\S*', 'kulul', 'dhalaal\\S*'),
  ),
  /** An age under eighteen (the other languages' words for "years old" are in communityConcepts.ts). */
  // A child telling their own age: "im 8" (caller trial 24, N24-H2: a child alone overnight got an article, then the police non-emergency line).
  minorAge: oneOf('i am (?:only |just )?(?:1[0-2]|[4-9]|four|five|six|seven|eight|nine|ten|eleven|twelve)(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|percent|miles|floors|stone|kilos|am|pm|o clock|and a half months))', '(?:1[0-7]|[1-9]) (?:year|yr)s? old', '(?:1[0-7]|[1-9]) yo', 'aged (?:1[0-7]|[1-9])', '(?:she|he) is (?:only |just )?(?:1[0-7]|[1-9])(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|percent|miles|am|pm))'),
  minorAgeNative: oneOf('(?:1[0-7]|[1-9]) ?(?:سال|سنة|عام|বছর|ਸਾਲ)'),
  /** Being married off: arranging a marriage for someone, not a wedding as an event. */
  marriage: oneOf('married off', 'marry (?:her|him) off', 'forced (?:to )?marr\\S*', 'forced marriage', `${verb('make', 'force', 'pressure')} (?:her|him|them|(?:my|our|his|her|their) (?:\\S+ ){0,2}?\\S+) (?:to |into )?(?:marry|get married)`, '(?:arranged|arranging) (?:a |her |his )?marriage', 'husband (?:for her|lined up)'),
  marriageNative: oneOf('زواج'),
  alarmSoundingNative: oneOf('الارم'),
  hopelessNative: oneOf('نا امید'),
  flameColour: oneOf('flames? (?:is |are |has gone |have gone |turned )?(?:yellow|orange)', '(?:burning|burns|gone|going) (?:a )?(?:funny |weird |strange |bit |bright )?(?:orangey|orange|yellowy|yellow)(?: colou?r)?'),
  coIllness: oneOf('headaches?', 'feel(?:s|ing)? (?:really |so |a bit )?(?:sick|dizzy|woozy|drowsy|sleepy)', 'being sick', 'drowsy', 'dozy', 'dropping off', 'nodding off', 'dizzy', 'nauseous', 'confused', 'muddled'),
  /** Kept in by someone (a sign of abuse of an adult or a child, whoever does it). */
  // Not knowing where they are, or someone gone missing (caller trial 24, N24-C5: "I don't know where I am… nothing looks right" got the
  // emergency repairs article; outside attack 24, A24-3: "my dad has gone missing" got the assisted-bin article).
  lostAndConfused: oneOf(notKnowingWhere, 'nothing looks (?:right|familiar|the same)', 'can not find (?:my|our) way (?:home|back)', 'can not remember (?:where (?:i|we) live|how to get (?:home|back)|the way (?:home|back)|my way)', 'can not find (?:my|our) (?:house|home|flat)(?! (?:keys?|door|number|insurance|phone|deeds|contents))', '(?:do not|did not) know (?:which|what) (?:road|street) (?:i|we) (?:am|are) on', 'do not recognise (?:anything|anywhere)', goingRoundInCircles),
  missingPerson: oneOf('(?:has|have|s|is|are) (?:gone|went) missing', 'went missing', '(?:has|s) disappeared', 'can not find (?:him|her|them) anywhere', 'wandered off', 'is missing(?! (?:a|an|the|some|its|his|her|their|from (?:the|my|our) (?:bin|box|parcel|letter|order)))', 'reported (?:him|her|them) missing'),
  keptIn: oneOf('(?:keeps?|kept|keeping) (?:her|him|them) (?:locked )?in (?:the|a|her|his|their) (?:room|bedroom|flat|house)', 'locks? (?:her|him|them) in', 'locked (?:her|him|them) in', '(?:will|does|would) not let (?:her|him|them) (?:out|go out|leave)'),
  keptInNative: oneOf('يحبسه'),
  /** An adult drawing a child in: to his room or car, sweets and vapes offered, girls picked up from school. */
  // A child taken out in a man's car late at night and made to do things with his friends (caller trial 24, N24-H6: asked, then sent to 101).
  luring: oneOf('(?:come|go|coming|going) (?:in|into|to|round to|up to) (?:his|her|their) (?:room|flat|house|car|van)', 'offer\\S* (?:them|him|her|the kids|kids|children|girls|boys) (?:\\S+ ){0,2}(?:sweets|vapes?|money|cigarettes|alcohol|lifts?|a lift)', 'calling (?:kids|children|the kids|girls|boys) over', 'picks? up (?:school ?girls|school ?boys|girls|boys|kids) (?:from|after|outside)', 'taking (?:them|her|him) (?:off )?in (?:his|their) car', 'makes? (?:her|him|them) do (?:things|stuff|sexual things|stuff like that) (?:with|for|to) (?:his|their|older|other) (?:friends|mates|men|lads)', '(?:takes?|taking|took|picks?|picking|picked) (?:\\S+ ){0,8}(?:out|up) in (?:his|their|a) car (?:\\S+ ){0,2}(?:late|at night|after dark)'),
  /** Contact from an adult met online: a warning sign beside a child, a question rather than a flag. */
  onlineContact: oneOf('met (?:him |her |them )?(?:online|on (?:a|the) game|on (?:snapchat|instagram|tiktok|discord|roblox|fortnite|facebook))', 'wants to meet (?:him|her|me|them)', 'sent (?:him|her|me|them) (?:money|gifts|a phone)', 'asking (?:her|him|me) for (?:pictures|photos|pics)'),
  /** A child caring for a parent: a young carer. */
  youngCarer: oneOf('i do everything for (?:him|her|them|my (?:mum|dad))', 'i (?:have to )?(?:look after|care for) (?:my )?(?:mum|dad|him|her|my little)', 'i do my little (?:sisters?|brothers?)'),
  /** A child's own age told: "I'm 13". */
  ownAge: oneOf('(?:i am|im) (?:only |just )?(?:[5-9]|1[0-7])(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|percent|miles|floors|am|pm|stone|kilos|years|o clock))'),
  /** Belongings of a person with dementia or a disability sold off by someone else. */
  soldOff: oneOf('sold (?:her|his|their) (?:car|jewellery|house|flat|things|belongings|furniture|rings?)'),
  /** Sex coerced for a roof or a fix: sexual exploitation whoever it is. */
  sexCoerced: oneOf('made to have sex', 'forced to have sex', 'sex for (?:a bed|rent|a room|drugs|somewhere to (?:stay|sleep)|a place)', 'have sex (?:with \\S+ )?for (?:a bed|rent|a room|drugs)'),
  /** At a height, on the wrong side: the edge, outside the railing. */
  atHeight: oneOf(
    // Said of where the resident is, alone: "im on the roof of my building" started a repair form on the phone (caller trial 28, C28-09).
    '(?:i am|i m|im) (?:up |out )?on (?:the|a|my|our|this) (?:roof|rooftop|ledge|parapet)(?! (?:terrace|garden|of the (?:shed|garage|bin store|porch|extension)))',
    // "sitting on the window ledge", "4 floors up" (caller re-check 28b, R3-a: a repair form, then an ordinary handoff).
    '(?:i am |i m |im )?(?:sat|sitting|standing|stood|perched|climbed|climbing|out) (?:on|onto|over|out on) (?:the|my|a|our) (?:bedroom |kitchen |bathroom |open )?(?:window ?(?:ledge|sill)|windowsill|ledge|window frame)',
    '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+(?:st|nd|rd|th)) (?:floors?|storeys?|stories) up',
    '(?:sat|sitting|standing|stood|is|was|been|climbed|climbing) (?:on|over) the (?:edge|ledge|railings?)(?! of (?:my|the) (?:seat|bed|sofa|chair))',
    '(?:on the )?outside (?:of )?(?:the|her|his|my) balcony(?: railings?)?',
    '(?:i am|he is|she is|someone is|sitting|sat|standing|stood) on (?:the )?top of the (?:multi ?storey|car park|bridge|building|flats)',
  ),
  /** An overdose already taken. */
  overdoseTaken: oneOf(
    '(?:i have |i )?just (?:took|taken|swallowed) (?:all of them|the lot|everything|the whole (?:box|packet|bottle)|them all)',
    // Told by where it was kept (caller trial 26, C26-1: "I've taken everything in the medicine cupboard").
    `(?:i have |i )(?:just |already )?(?:swallowed|taken|took|necked|downed) (?:everything|all|all (?:of )?(?:the|my) (?:\\S+ )?(?:tablets|pills|meds|medicines?|medication)|whatever was) (?:\\S+ ){0,2}(?:in|from) (?:the|my|our) ${medicineStore}`,
    // "I swallowed a bottle of pills": said of oneself, a container's worth.
    '(?:i have |i )(?:just |already )?(?:swallowed|taken|took|necked|downed) (?:a|the|my|a whole|the whole|half a|half the|half my) (?:bottle|box|packet|strip|tub|load|lot|pot) of (?:\\S+ ){0,2}(?:pills|tablets|paracetamol|meds|medication|painkillers|sleeping pills|sleeping tablets)(?! (?:back|to|into|for|as|with|every|daily)(?!\\S))',
  ),
  /**
   * Every one of them, to be taken at a time to come: "going to take the lot once everyone's asleep",
   * "swallowing every one of his heart tablets tonight" (a planned overdose, caller re-trial 13b, C2).
   */
  takeAllPlanned: oneOf(
    '(?:going to|gonna|will|am|planning to|plan to|about to|want to) (?:take|swallow|neck|down) (?:them all|all of them|the lot|the whole (?:lot|box|packet|bottle|strip)|every (?:single |last )?(?:one|tablet|pill)|all (?:of )?(?:my|his|her|the|those|these))',
    '(?:taking|swallowing|necking) (?:them all|all of them|the lot|every (?:single |last )?(?:one|tablet|pill)|all (?:of )?(?:my|his|her|the))',
  ),
  /** Medicines by their everyday names, beside the means above: only a sign with a plan to take them all. */
  medicines: oneOf('prescriptions?', 'prescribed', 'medicines?'),
  /** Taking medicines somewhere, not taking them: to the chemist, back, away for disposal. */
  returningMedicines: oneOf('to the (?:pharmacy|chemist|doctor|doctors|gp|surgery|hospital)', 'back to', 'for disposal', 'dispose', 'on holiday', 'with me', 'in (?:my|the) (?:bag|case)'),
  /** Pills already taken, said after the pills were: "I've taken some of them already", "I took the tablets". Not taken back, or as prescribed. */
  tookThem: oneOf(
    '(?:taken|took|swallowed|necked|had) (?:some|most|half|a lot|loads|a load|the rest|all|a few) of (?:them|those|the (?:tablets|pills|meds|paracetamol))(?! (?:back|to|into|for|as|with|every|daily))',
    '(?:taken|took|swallowed|necked) (?:them|those|the (?:tablets|pills|meds)|them all)(?! (?:back|to|into|in|for|from|as|with|every|this morning|daily|out|home|round|over))',
  ),
  /** Shut in a room and not answering: "she's locked herself in the bathroom and won't answer". */
  shutIn: oneOf('(?:locked|shut|barricaded) (?:herself|himself|themselves|themself) (?:in|away)', 'locked the (?:bathroom|bedroom|toilet|loo) door', 'locked (?:in|inside) (?:the|her|his|their) (?:bathroom|bedroom|room|toilet|loo)', 'with the door locked', 'door (?:is )?locked and', 'locked in (?:his|her|their) (?:room|bedroom|bathroom)', '(?:barricaded|bolted) (?:in|into|inside)', 'shut in (?:his|her|their|the) (?:room|bedroom|bathroom|toilet|loo|shed)', '(?:the|his|her) shed and bolted',
    // Caller re-trial 13b, C7: the loft ladder pulled up, a garage door pulled down, a chair wedged under the handle.
    'pulled (?:the )?(?:loft |attic )?(?:hatch|ladder|shutter|garage door|door) (?:shut|up|down|closed|to)', '(?:(?:his|her|their) (?:\\S+ )?|(?:bedroom|bathroom|toilet|loo) )door (?:is )?(?:jammed|wedged|bolted|barricaded)', 'wedged (?:a|the) (?:chair|chest of drawers|wardrobe|bed) (?:under|against)', '(?:shut|locked|bolted) (?:herself|himself|themselves|themself) in', '(?:locked|bolted|wedged|barricaded|jammed) (?:his|her|their) (?:\\S+ )?door'),
  /** Gone silent behind it: "won't answer me", "not responding", "hasn't made a sound". */
  goneSilent: oneOf('silent', 'dead quiet', 'too quiet', 'not a peep', 'not a sound', 'wo not answer', 'will not answer', 'not responding', 'not replying', 'wo not respond', 'will not respond', 'gone (?:silent|quiet|dead quiet|really quiet|all quiet)', 'not (?:talking|speaking) to (?:me|us|anyone)', 'wo not (?:say|talk|speak)', 'will not (?:say|talk|speak)', 'not (?:made|making) a sound', 'not a sound', 'no sound'),
  /** One dose for everyday pain, or the usual medicine taken as usual: "took a paracetamol for my headache", "took my own tablets like always" is no preparation. */
  /** A telling-off feared, not harm: "mum will kill me if I forget the bins", "dad's going to kill me when he sees the bill". */
  tellingOff: oneOf('if (?:i|we)', 'when (?:she|he|they) (?:finds? out|sees?|hears?|gets? (?:home|back)|reads?)', 'lol', 'haha', 'joke', 'joking', 'forgot', 'forget', 'forgotten', 'late', 'bins?', 'bill', 'laugh\\S*', 'homework', 'mess', 'exam', 'results', 'parking ticket', 'pcn', 'fine', 'recycling', 'picked up', 'collected'),
  /** Up there for a job: "on the roof fixing the aerial", "clearing the gutter". */
  workUpThere: oneOf('paint\\S*', 'decorat\\S*', 'fix\\S*', 'repair\\S*', 'aerial', 'satellite', 'dish', 'gutters?', 'tiles?', 'slates?', 'leak\\S*', 'clean\\S*', 'clear\\S*', 'working', 'pigeons?', 'solar', 'chimney', 'moss', 'ball', 'photos?', 'pictures?', 'view', 'sunbath\\S*', 'bbq', 'barbecue', 'smok\\S*', 'phone signal', 'signal'),
  everydayDose: oneOf('(?:a|one|two|an) (?:paracetamol|ibuprofen|aspirin|tablet|pill|painkiller)s?', '(?:once|twice|three times|four times) a day', 'like (?:always|usual|normal|every day)', 'as (?:usual|normal|always|prescribed)', '(?:my|his|her|their) own (?:tablets|pills|meds|medication)', '(?:heart|blood pressure|bp|diabetes|thyroid|statin|epilepsy|water) (?:tablets|pills|meds|medication)', 'the carer', 'for (?:my|the|a|his|her) (?:headache|migraine|back|pain|period|tooth|toothache|cold|flu|temperature|fever|hay ?fever)'),
  /**
   * Medicine taken already, in words that say nothing of how much ("I've been necking the tramadol", "I take my
   * heart pills, then I forget, I take again"): with `excessDose`, an overdose, whether meant or not (caller re-trial 15b).
   */
  medicineTaken: oneOf(
    `${verb('take', 'swallow', 'neck', 'pop', 'inject', 'double')} (?:\\S+ ){0,3}(?:pills?|tablets?|meds|medication|medicine|painkillers|insulin|paracetamol|co codamol|ibuprofen|tramadol|codeine|morphine|diazepam|sleeping (?:pills|tablets)|\\S+(?:adol|pam|lam|clone|done|pine|xetine|faxine|olol|pril|oxin))`,
    '(?:pills?|tablets?|meds|medication|insulin|painkillers|tramadol|co codamol|paracetamol) (?:\\S+ ){0,3}(?:again|twice|three times|all day|by mistake|by accident)',
    'doubled? up (?:on )?(?:\\S+ ){0,3}(?:insulin|pills|tablets|meds|medication|dose)',
  ),
  /** More than a dose: twice over, a dozen, all day, lost count, more than one should. */
  excessDose: oneOf(
    'doubled? up', 'double (?:dose|dosed)', '(?:took|taken|take|had) (?:it |them )?(?:again|twice|three times|four times)', 'then i forget', 'forgot (?:i|that i) (?:had )?(?:taken|took|had)',
    '(?:a|about a|over a) dozen', 'dozen or more', 'more than (?:i |you |one )?(?:should|am meant to|was meant to|am supposed to|was supposed to)', 'too (?:much|many)', 'lost count',
    '(?:necking|popping|taking|having) (?:\\S+ ){0,2}all day', 'all day (?:long )?(?:on|with) (?:the|my)', 'kept (?:on )?(?:taking|necking|popping|having) (?:them|it|the)', 'by mistake', 'by accident', 'accidentally',
  ),
  /** A dose as the label says: "twice a day", "as prescribed". */
  prescribedDose: oneOf('(?:once|twice|three times|four times) a day', 'a day', 'as prescribed', 'as directed', 'like always', 'as usual', 'can i', 'should i', 'do i', 'is it (?:ok|safe)', 'how many', 'if i (?:miss|missed|forget|forgot)', 'missed (?:one|a dose|a tablet)'),
  /** Carbon monoxide's signs in the body: a headache, sickness, drowsiness (not the boiler or the soot themselves). */
  coBody: oneOf('headaches?', 'head (?:is |s )?(?:banging|pounding|thumping|killing)', 'banging head', 'dizzy', 'dizziness', 'sick', 'nause\\S*', 'drowsy', 'sleepy', 'confused', 'passed out', 'fainted', 'seeing spots'),
  /** Better out of the house: "the headaches go off when we're out", carbon monoxide's own pattern. */
  // Away from home told as where they go: "it goes away when we're at work" (caller trial 23, RC-C5).
  betterOutside: oneOf(`(?:go|goes|went|clear|clears|cleared) (?:off|away|up) (?:when|once|as soon as) (?:we|i|they|he|she) (?:are |re |get |go |leave |left |step )?${awayFromHome}`, `better (?:when|once) (?:we|i|they|he|she) (?:are |re |get |go )?${awayFromHome}`, 'only (?:when|in) (?:the )?(?:house|flat|home)', '(?:when|whenever|once) (?:we|i|they|he|she) (?:go|are|stay|get) (?:to|at|round) (?:my |our |her |his |their |a )?\\S+(?: s)? (?:we|i|they|he|she) (?:are |re |feel |is |s )?(?:fine|ok|okay|alright|better)'),
  /** An alarm sounding for a reason that is no danger: a battery running down (the chirp that asks for one), or someone pressing its test button. */
  alarmExplained: oneOf('pressed (?:the |its )?(?:test|button)', 'test button', 'tested (?:it|the alarm|them)', 'when i tested', 'on test', 'testing (?:it|the alarm)', 'batter(?:y|ys|ies)', 'ব্যাটারি', '(?:ال)?بطاري\\S*', 'بیٹری', 'ਬੈਟਰੀ', 'pilhas?', 'pilas?', 'baterias?', 'bateri(?:e|a|i|ja|jos|jas)', 'bateryj\\S*', 'baatari'),
  heldWorkerNative: oneOf('بندھوا مزدور'),
  unpaidNative: oneOf('بغیر تنخواہ'),
  /** Someone heard crying for help, or the sounds of a fight, as it happens: a third party's danger told by what is heard. */
  criesForHelp: oneOf(
    // Help with homework or a form is not a cry for help.
    '(?:screaming|screamed|shouting|shouted|yelling|crying|calling|cried|begging) (?:out )?(?:for )?help(?! with| on| filling| to fill)', 'cries for help', 'cry for help', '(?:screaming|shouting|yelling) (?:help|stop|get off)',
    'banging and (?:screaming|crying)', 'sounds? of (?:a fight|fighting|someone being (?:hit|beaten))',
  ),
  criesForHelpNative: oneOf('النجدة', 'الحقوني', 'ساعدوني', 'بچاؤ', 'بچاو', 'বাঁচাও', 'ਬਚਾਓ'),
  /** Hiding from someone: a move or a refuge so that he cannot find them. */
  /** A partner or ex-partner, in English and the community languages: not a parent, a child or a sibling. */
  intimate: oneOf(intimatePartner, 'partner\\S*', 'maz\\S*', 'chlopak\\S*', 'byly', 'iubit\\S*', 'sot(?:ul|ul meu)', 'marido', 'esposo', 'pareja', 'novio', 'companheiro', 'namorado', 'vyras', 'sugyventin\\S*', 'shohar', 'khawind', 'ninkeyga', 'ninkayga'),
  /**
   * Damage done in anger to the home or what is in it: a door booted in, a brick through the window, glass smashed, a fist through
   * a wall. By a partner or an ex, that is domestic abuse told as a repair (caller re-check 31b, R31B-01).
   */
  violentDamage: oneOf(
    '(?:booted|kicked|punched|bashed|bust) (?:\\S+ ){0,2}(?:in|down)(?! (?:the (?:garden|road|street|park)))', '(?:smashed|trashed|wrecked) (?:\\S+ ){0,2}up',
    '(?:booted|kicked|punched|smashed|bashed|trashed|wrecked) (?:the |my |our |a |his |her )?(?:\\S+ )?(?:door|doors|window|windows|glass|frame|wall|walls|tv|telly|phone|lock|flat|place|house)',
    'threw (?:a |the )?(?:brick|bricks|stone|stones|rock|rocks|bottle|bottles|chair|chairs)(?: \\S+){0,2} (?:through|at)',
    '(?:put|punched|kicked|shoved) (?:his|her|a) (?:fist|foot|hand|head) through', 'punched (?:a )?holes?',
    '(?:got|was|were|been|are|is) (?:all )?(?:smashed|kicked in|booted in|trashed|wrecked|smashed up|kicked down)(?: \\S+){0,4} (?:when|after|by)', 'lost (?:his|her) temper',
    '(?:wybil\\S*|rozbil\\S*|wywazyl\\S*) (?:\\S+ )?(?:szyb\\S*|okn\\S*|drzwi)', 'a spart (?:\\S+ )?(?:usa|geamul|fereastra)', '(?:rompio|ha roto) (?:la |el )?(?:puerta|ventana|cristal)', '(?:partiu|quebrou|arrombou) (?:a |o )?(?:porta|janela|vidro)',
  ),
  /** A former partner: one still getting in is control, not a visit. */
  exPartner: oneOf('ex', 'exs', 'ex (?:partner|husband|wife|boyfriend|girlfriend|fella)', 'former (?:partner|husband|wife)', 'babys? (?:dad|father)'),
  /** Getting into the home uninvited: a key kept, letting themselves in, coming in while the resident slept. */
  letsSelfIn: oneOf(
    'let (?:himself|herself|themselves) in', 'still (?:has|have|got|keeps|kept|kept hold of) (?:a |my |the |our )?(?:spare )?keys?', 'uses? (?:his|her|their|the|a) (?:old |spare )?keys?',
    '(?:came|comes|coming|walked|walks|got|gets) in (?:\\S+ ){0,3}(?:while|when) (?:i|we) (?:was|were|am|are) (?:asleep|sleeping|out|in bed|at work)',
  ),
  hidingFrom: oneOf(
    // Safer anywhere but with him: "sleep with the kids because it is safer than being in with him".
    'safer (?:than (?:being )?(?:in )?(?:with|near|around)|away from|without) (?:him|her|my (?:ex|partner|husband|wife|boyfriend|girlfriend))',
    '(?:somewhere|where|place) (?:he|she|they|my ex|my (?:ex )?(?:partner|husband|wife|boyfriend|girlfriend)) (?:does not|do not|will not|would not|can not|could not|wo not|won t) (?:know|find)', 'so (?:he|she|they) (?:can not|could not|will not|wo not) find (?:me|us)', '(?:hiding|hide|hid) from (?:him|her|them|my (?:ex|partner|husband|wife|boyfriend))',
    '(?:get|got|getting|run|ran|running) away from (?:him|my (?:ex|partner|husband|wife|boyfriend))', '(?:he|she|they) (?:must not|mustn t|can not|should not) (?:know|find out) where (?:i|we)', 'does not know (?:where i|my new) ', 'safe from (?:him|my (?:ex|partner|husband))',
  ),
  hidingFromNative: oneOf('ما يعرف مكاني', 'لا يعرف مكاني', 'ما يلاقيني', 'أهرب منه', 'اهرب منه', 'هربت منه', 'جہاں اسے پتہ نہ', 'اس سے چھپ', 'খুঁজে পাবে না', 'খুঁজে না পায়', 'ਲੱਭ ਨਾ ਸਕੇ', 'ਪਤਾ ਨਾ ਲੱਗੇ'),
  /**
   * Unable to speak because someone is near: "he is in the room. cant speak. need help", "typing this quietly, my partner is sat
   * next to me" got an article or the ambulance question (caller trial 28, C28-10/C28-11).
   */
  silenced: oneOf('can not (?:speak|talk|say anything|say much|call|ring|phone|make a call)(?: (?:out loud|aloud|on the phone|now|right now|properly))?', '(?:have|got) to (?:be|keep) quiet', '(?:typing|writing|texting|messaging) (?:this )?(?:quietly|in secret|secretly|under the (?:covers|duvet|table))', '(?:he|she|they) (?:will|would|might|can|could) hear (?:me|us)', 'do not (?:call|ring|phone) me'),
  /** Someone with the resident now, in the same room or just beside them. */
  nearNow: oneOf('(?:he|she|they) (?:is|are|s|re) (?:right )?(?:in the (?:same )?(?:room|next room|kitchen|hall|lounge|bedroom)|here|next to me|beside me|behind me|outside the door|at the door)', '(?:he|she|they) (?:is|are|s|re) (?:sat|sitting|stood|standing|lying|laying) (?:right )?(?:next to|beside|behind|near|with) me', '(?:my )?(?:partner|husband|boyfriend|ex|wife|girlfriend|dad|stepdad|mum) (?:is|s) (?:sat |sitting |stood |standing )?(?:right )?(?:next to me|beside me|here|in the (?:same )?(?:room|next room))'),
  /** A good reason not to speak with someone near: deafness, a sleeping baby, a meeting. */
  quietForAReason: oneOf('deaf', 'hard of hearing', 'speech', 'asleep', 'sleeping', 'nap\\S*', 'meeting', 'at work', 'interpret\\S*', 'translat\\S*', 'helping me', 'help me (?:with|fill|read)', 'library', 'hospital', 'ward', 'exam', 'lecture', 'class'),
  /** An order of a court that keeps someone away: a partner told by a court not to come near. */
  protectionOrder: oneOf('non ?mol(?:estation)?(?: order)?', 'restraining order', 'injunction', 'protective order', 'protection order', 'occupation order', 'bail conditions', '(?:is not|isn t|not) allowed (?:to come |to go |anywhere )?near (?:me|us|the (?:house|flat|kids|children)|my (?:house|flat|kids|children))'),
  protectionOrderNative: oneOf('أمر حماية', 'امر حماية', 'أمر تقييدي', 'ممنوع يقرب', 'حکم امتناعی', 'সুরক্ষা আদেশ', 'ਸੁਰੱਖਿਆ ਹੁਕਮ'),
  /** A child told to keep a secret: the grooming sign "don't tell anyone", "our secret". */
  secrecy: oneOf('(?:not to|do not|never|mustn t|must not|don t) tell (?:anyone|anybody|no one|nobody|mum|mummy|her mum|his mum|your mum|her parents|his parents)', 'our (?:little )?secret', 'keep (?:it|this) (?:a )?secret', 'a secret between'),
  secrecyNative: oneOf('لا تقولي لأحد', 'لا تقولي لحد', 'لا تخبري أحدا', 'لا تقول لأحد', 'ما تقولي لحدا', 'کسی کو مت بتا', 'کسی کو نہ بتا', 'কাউকে বলবে না', 'কাউকে বলিস না', 'কাউকে বলো না', 'ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸ', 'ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਦੱਸਣਾ'),
  /** A secret that is a surprise: a present or a party, not a grooming sign. */
  surprise: oneOf('surprise', 'present', 'party', 'birthday', 'christmas', 'sorpresa', 'surpresa', 'niespodzian\\S*', 'surpriz\\S*', 'staigmen\\S*', 'tohfa', 'gift'),
  /** Frightened, as a child or an adult comes back from somewhere or someone. */
  scared: oneOf('scared', 'frightened', 'terrified', 'petrified', 'afraid', 'shaking', 'crying', 'withdrawn'),
  scaredNative: oneOf('ڈری', 'ڈرا ہوا', 'ڈرتی', 'ڈرتا', 'ভয় পায়', 'ভয় পেয়ে', 'ভয়ে', 'خايفة', 'خايف', 'خائفة', 'مرعوب', 'ਡਰੀ', 'ਡਰਦੀ', 'ਡਰਦਾ', 'ਡਰਿਆ'),
  /** Soot or black marks on or around a gas appliance: incomplete burning. */
  soot: oneOf('soot\\S*', 'black (?:marks|stains|staining|streaks|smudges)', '(?:brown|black|dark) (?:marks|stains|staining) (?:on|around|above) (?:the )?(?:boiler|fire|cooker|casing)', 'scorch marks'),
  sootNative: oneOf('سخام', 'بقع سوداء', 'کالک', 'কালি', 'কালো দাগ', 'ਕਾਲਖ', 'ਕਾਲੇ ਨਿਸ਼ਾਨ'),
  /** Gas escaping: a ring or tap that hisses with no flame. */
  gasEscape: oneOf('hissing', 'no flame', 'without (?:lighting|a flame)', 'not lit', 'unlit', 'syczy', 'sisea', 'silba'),
  gasAppliance: oneOf('cooker', 'hob', 'gas', 'ring', 'oven', 'kuchenk\\S*', 'aragaz', 'cocina', 'fogao'),
} satisfies Record<string, string>;

export type Concept = keyof typeof concepts;

function followedBy1(first: string, second: string): string {
  return `${first}(?: (?!,)\\S+){0,4} ${second}`;
}
function followedBy2(first: string, second: string): string {
  return `${first}(?: (?!,)\\S+){0,3} ${second}`;
}

/** People, times and things: a "not" before them negates what is said about them, not them ("nobody has seen him for 4 days"). */
const whoAndWhen: ReadonlySet<Concept> = new Set<Concept>([
  'someone', 'someoneNative', 'family', 'familyNative', 'child', 'childNative', 'duration', 'durationNative', 'tonight', 'nightOrLong', 'means', 'meansNative',
  'vulnerableToCold', 'vulnerableToColdNative', 'minorAge', 'minorAgeNative', 'ownAge', 'mould', 'carer', 'trigger', 'triggerNative', 'weapon', 'weaponNative', 'atTheDoor', 'exPartner', 'intimate', 'helping', 'accident', 'dealingOnly', 'drugsAround',
]);

/** Native-script lists match inside words (particles attach); the rest are whole tokens. */
const conceptRules: readonly Rule<Concept>[] = (Object.entries(concepts) as [Concept, string][]).map(([id, source]) => ({
  id: `concept.${id}`,
  kind: id,
  pattern: (id.endsWith('Native') ? native : phrase)(communityWords[id] ? oneOf(source, communityWords[id]) : source),
  ignoresNegation: whoAndWhen.has(id) || id === 'tellingOff' || id === 'unmissed',
  // A telling-off is told as a condition ("if I forget the bins again"): the condition is what shows it; so is not being missed ("if I was gone").
  conditionIsTheThreat: id === 'tellingOff' || id === 'unmissed',
}));

/**
 * The concepts' own words, which typo correction must leave as written: it corrects towards the
 * rules' vocabulary, and would otherwise turn a word of another language into an English rule word
 * one letter away (Romanian "curent", electricity, into "current") before the concept could read it.
 */
export const conceptVocabulary: readonly string[] = vocabularyOf(
  // Each word with and without its optional last letter ("pilhas?" is "pilha" and "pilhas").
  conceptRules.flatMap((rule) => [rule.pattern, new RegExp(rule.pattern.source.replace(/[a-z]\?/g, ''), 'u')]),
);

interface Combination {
  id: string;
  /** Every group must be live; a group is met by any of its concepts. */
  needs: readonly (readonly Concept[])[];
  /** Concepts that show the parts mean something harmless, or something else. */
  unless?: Concept | readonly Concept[];
  adds: Addition;
}

const means: Concept[] = ['means', 'meansNative'];
const prepared: Concept[] = ['prepared', 'preparedNative'];
const finality: Concept[] = ['finality', 'finalityNative', 'unmissed'];
const trigger: Concept[] = ['trigger', 'triggerNative'];
const someone: Concept[] = ['someone', 'someoneNative'];
const notSeen: Concept[] = ['notSeen', 'notSeenNative'];
const duration: Concept[] = ['duration', 'durationNative'];
const family: Concept[] = ['family', 'familyNative'];
const childish: Concept[] = ['child', 'childNative', 'minorAge', 'minorAgeNative'];
const hopeless: Concept[] = ['hopeless', 'hopelessNative'];
const threat: Concept[] = ['threat', 'threatNative', 'saying'];
const menace: Concept[] = ['menace', 'threatNative'];
const weapon: Concept[] = ['weapon', 'weaponNative'];
const putOut: Concept[] = ['putOut', 'putOutNative'];

/** The table: which parts together make a concern. Flags first, then the grey zone's questions. */
const combinations: readonly Combination[] = [
  // Suicide and self-harm: means with finality or preparation; finality after a trigger.
  { id: 'means+finality', needs: [means, finality], adds: { safeguarding: 'self-harm' } },
  { id: 'means+prepared', needs: [means, prepared], unless: 'everydayDose', adds: { ask: 'self-harm' } },
  { id: 'means+hopeless', needs: [means, hopeless], adds: { safeguarding: 'self-harm' } },
  { id: 'finality+hopeless', needs: [finality, hopeless], adds: { safeguarding: 'self-harm' } },
  { id: 'finality+trigger', needs: [finality, trigger], adds: { ask: 'self-harm' } },
  // "Close my rent account and give any credit to my brother, I shall not be requiring it": the classifier asked this, the rules did not.
  { id: 'finality+settling-affairs', needs: [finality, ['settlingAffairs']], unless: 'movingOn', adds: { ask: 'self-harm' } },
  { id: 'self-injury', needs: [['selfInjury', 'selfInjuryNative']], unless: 'accident', adds: { safeguarding: 'self-harm' } },
  { id: 'farewell+means', needs: [['farewell', 'farewellNative'], means], adds: { safeguarding: 'self-harm' } },
  { id: 'finality+gone-off', needs: [finality, ['goneOff']], adds: { safeguarding: 'self-harm' } },
  { id: 'farewell+hopeless', needs: [['farewell', 'farewellNative'], hopeless], adds: { safeguarding: 'self-harm' } },
  { id: 'farewell', needs: [['farewell', 'farewellNative']], adds: { ask: 'self-harm' } },
  { id: 'unmissed', needs: [['unmissed']], adds: { ask: 'self-harm' } },
  { id: 'hopeless+trigger', needs: [hopeless, trigger], adds: { ask: 'self-harm' } },
  { id: 'means+trigger', needs: [means, trigger], adds: { ask: 'self-harm' } },
  // Welfare: someone not seen for a time.
  // A child on their own and the adult who should be with them not seen: a child at risk, not the adult script (caller re-trial 15b, H3).
  { id: 'child-alone+carer-not-seen', needs: [childish, ['alone', 'aloneNative'], notSeen], adds: { safeguarding: 'child-at-risk' } },
  { id: 'someone+not-seen+duration', needs: [someone, notSeen, duration], adds: { safeguarding: 'adult-at-risk' } },
  { id: 'not-seen+duration', needs: [notSeen, duration, ['seenPerson']], adds: { ask: 'danger' } },
  // Financial or material abuse, control, modern slavery.
  { id: 'vulnerable+money-taken', needs: [someone, ['moneyTaken', 'moneyTakenBefore']], unless: 'helping', adds: { safeguarding: 'adult-at-risk' } },
  // A carer's taking is an adult at risk's (carer+neglect), not domestic abuse read from "my mum's purse" (caller re-check 31b).
  { id: 'family+money-taken', needs: [family, ['moneyTaken', 'moneyTakenBefore']], unless: ['helping', 'carer'], adds: { safeguarding: 'domestic-abuse' } },
  { id: 'family+controlled', needs: [family, ['controlled', 'controlledNative']], adds: { safeguarding: 'domestic-abuse' } },
  // A fall or an injury told as one ("my wife's hurt her neck", "she slipped on the rug") is not abuse (caller trial 18, C18-10).
  { id: 'family+hurt', needs: [family, ['hurt', 'hurtNative']], unless: 'accident', adds: { safeguarding: 'domestic-abuse' } },
  { id: 'family+kill-threat', needs: [family, ['killThreat', 'killThreatNative']], unless: 'tellingOff', adds: { safeguarding: 'domestic-abuse' } },
  { id: 'someone+money-taken-native', needs: [[...someone, ...family], ['moneyNative'], ['takenNative']], adds: { safeguarding: 'adult-at-risk' } },
  { id: 'documents-taken+unpaid', needs: [['moneyTakenBefore'], ['unpaid']], adds: { safeguarding: 'adult-at-risk' } },
  // Before someone+exploited: a child named beside an adult ("her uncle did to her") is the child's concern.
  { id: 'child+exploited', needs: [childish, ['exploited', 'exploitedNative']], adds: { safeguarding: 'child-at-risk' } },
  { id: 'someone+exploited', needs: [someone, ['exploited', 'exploitedNative']], unless: 'dealingOnly', adds: { safeguarding: 'adult-at-risk' } },
  { id: 'carer+neglect', needs: [['carer'], ['adultNeglect', 'adultNeglectNative', 'hurt', 'moneyTaken', 'moneyTakenBefore']], adds: { safeguarding: 'adult-at-risk' } },
  { id: 'vulnerable+neglect', needs: [someone, ['adultNeglect', 'adultNeglectNative']], adds: { ask: 'danger' } },
  { id: 'held-worker+unpaid', needs: [['heldWorker', 'heldWorkerNative'], ['unpaid', 'unpaidNative', 'exploited']], adds: { safeguarding: 'adult-at-risk' } },
  { id: 'held-worker', needs: [['heldWorker', 'heldWorkerNative']], adds: { ask: 'danger' } },
  { id: 'someone+kept-in', needs: [someone, ['keptIn', 'keptInNative']], adds: { ask: 'danger' } },
  { id: 'lost-and-confused', needs: [['lostAndConfused']], adds: { ask: 'danger' } },
  { id: 'someone+missing', needs: [someone, ['missingPerson']], adds: { ask: 'danger' } },
  { id: 'vulnerable+hate', needs: [['vulnerable'], ['hateAbuse']], adds: { ask: 'danger' } },
  { id: 'self-neglect', needs: [['selfNeglect']], adds: { ask: 'danger' } },
  { id: 'no-power+vulnerable', needs: [['noPower', 'noPowerNative'], ['vulnerableToCold', 'vulnerableToColdNative']], adds: { emergency: 'power-loss' } },
  { id: 'no-heat+vulnerable', needs: [['noHeating', 'noHeatingNative'], ['vulnerableToCold', 'vulnerableToColdNative']], adds: { emergency: 'no-heat-vulnerable' } },
  // Children.
  { id: 'child+no-food', needs: [childish, ['noFood', 'noFoodNative']], adds: { safeguarding: 'child-at-risk' } },
  { id: 'child+alone+night', needs: [childish, ['alone', 'aloneNative'], ['nightOrLong']], adds: { safeguarding: 'child-at-risk' } },
  { id: 'child+hurt', needs: [childish, ['hurt', 'hurtNative']], unless: 'accident', adds: { safeguarding: 'child-at-risk' } },
  { id: 'child+put-out', needs: [childish, putOut], adds: { safeguarding: 'child-at-risk' } },
  { id: 'minor+marriage', needs: [['minorAge', 'minorAgeNative'], ['marriage', 'marriageNative']], adds: { safeguarding: 'child-at-risk' } },
  { id: 'child+luring', needs: [childish, ['luring']], adds: { safeguarding: 'child-at-risk' } },
  { id: 'child+online-contact', needs: [childish, ['onlineContact']], adds: { ask: 'danger' } },
  { id: 'own-age+young-carer', needs: [['ownAge', 'minorAge'], ['youngCarer']], adds: { ask: 'danger' } },
  { id: 'own-age+no-food', needs: [['ownAge'], ['noFood', 'noFoodNative']], adds: { safeguarding: 'child-at-risk' } },
  { id: 'vulnerable+sold-off', needs: [['vulnerable'], ['soldOff']], adds: { safeguarding: 'adult-at-risk' } },
  { id: 'sex-coerced', needs: [['sexCoerced']], adds: { safeguarding: 'adult-at-risk' } },
  { id: 'overdose-taken', needs: [['overdoseTaken']], adds: { safeguarding: 'self-harm' } },
  { id: 'take-all-planned+means', needs: [['takeAllPlanned'], [...means, 'medicines']], unless: 'returningMedicines', adds: { safeguarding: 'self-harm' } },
  { id: 'took-them+means', needs: [['tookThem'], means, [...finality, 'farewell', 'farewellNative', 'hopeless', 'hopelessNative']], unless: 'everydayDose', adds: { safeguarding: 'self-harm' } },
  // Someone who has self-harmed, shut in and not answering: 999 now, not a question about the resident's own thoughts.
  { id: 'shut-in+no-answer+self-harm', needs: [['shutIn'], ['notSeen', 'notSeenNative', 'goneSilent'], ['selfInjury', 'selfInjuryNative', 'farewell', ...means]], adds: { emergency: 'danger-to-life' } },
  { id: 'shut-in+no-answer', needs: [['shutIn'], ['notSeen', 'notSeenNative', 'goneSilent']], adds: { ask: 'danger' } },
  { id: 'at-height+finality', needs: [['atHeight'], [...finality, 'farewell', 'farewellNative', 'hopeless']], adds: { safeguarding: 'self-harm' } },
  { id: 'at-height', needs: [['atHeight']], unless: 'workUpThere', adds: { ask: 'self-harm' } },
  { id: 'child+alone', needs: [childish, ['alone', 'aloneNative']], adds: { ask: 'danger' } },
  { id: 'child+drugs', needs: [childish, ['drugsAround']], adds: { ask: 'danger' } },
  { id: 'child+secret+scared', needs: [childish, ['secrecy', 'secrecyNative'], ['scared', 'scaredNative']], unless: 'surprise', adds: { safeguarding: 'child-at-risk' } },
  { id: 'child+secret', needs: [childish, ['secrecy', 'secrecyNative']], unless: 'surprise', adds: { ask: 'danger' } },
  // Domestic abuse told by what is done about it: hiding from him, an order keeping him away, cries heard now.
  { id: 'partner+violent-damage', needs: [['intimate'], ['violentDamage']], unless: 'accident', adds: { safeguarding: 'domestic-abuse' } },
  // A child of their own age locked out or put out at night (caller re-check 31b, R31B-03: "im 15 and its gone 1am" got the ambulance question).
  { id: 'own-age+put-out', needs: [['ownAge'], putOut], adds: { safeguarding: 'child-at-risk' } },
  { id: 'own-age+put-out+night', needs: [['ownAge'], putOut, ['nightOrLong', 'tonight']], adds: { emergency: 'homeless-tonight' } },
  // "My ex has still got a key and he came in last night while I was asleep" got the danger question, then the homelessness line (caller trial 31, C31-02).
  { id: 'ex+lets-self-in', needs: [['exPartner'], ['letsSelfIn']], adds: { safeguarding: 'domestic-abuse' } },
  { id: 'family+hiding', needs: [family, ['hidingFrom', 'hidingFromNative']], adds: { safeguarding: 'domestic-abuse' } },
  { id: 'hiding', needs: [['hidingFrom', 'hidingFromNative']], adds: { ask: 'danger' } },
  { id: 'silenced+near', needs: [['silenced'], ['nearNow']], unless: 'quietForAReason', adds: { safeguarding: 'domestic-abuse' } },
  { id: 'family+protection-order', needs: [family, ['protectionOrder', 'protectionOrderNative']], adds: { safeguarding: 'domestic-abuse' } },
  { id: 'protection-order', needs: [['protectionOrder', 'protectionOrderNative']], adds: { ask: 'danger' } },
  // Cries for help from someone old, frail or alone behind a locked door: 999 now, not the danger question (caller trial 18, C18-04);
  // a relative named beside them (her son has a key) is not abuse: that needs someone hurt.
  { id: 'cries-for-help+vulnerable', needs: [['criesForHelp', 'criesForHelpNative'], ['vulnerable', 'shutIn', 'notSeen', 'goneSilent']], adds: { emergency: 'danger-to-life' } },
  { id: 'cries-for-help+hurt', needs: [['criesForHelp', 'criesForHelpNative'], ['hurt', 'hurtNative']], adds: { safeguarding: 'domestic-abuse' } },
  { id: 'cries-for-help', needs: [['criesForHelp', 'criesForHelpNative']], adds: { ask: 'danger' } },
  { id: 'family+weapon', needs: [family, weapon], adds: { ask: 'danger' } },
  // Immediacy by circumstance.
  { id: 'put-out+tonight', needs: [putOut, ['tonight']], adds: { emergency: 'homeless-tonight' } },
  { id: 'threat+weapon', needs: [threat, weapon], adds: { emergency: 'danger-to-life' } },
  { id: 'at-door+weapon', needs: [['atTheDoor'], weapon], adds: { emergency: 'danger-to-life' } },
  { id: 'family+at-door', needs: [family, ['atTheDoor'], ['tonight']], adds: { emergency: 'danger-to-life' } },
  { id: 'threat+at-door', needs: [menace, ['atTheDoor']], adds: { ask: 'danger' } },
  // Watched since a break-up is stalking by the ex or for him, whoever sits in the car (caller trial 30, C30-45: ambulance advice, no helpline).
  { id: 'family+watching-home', needs: [family, ['watchingHome'], ['watching']], adds: { safeguarding: 'domestic-abuse' } },
  { id: 'watching-home', needs: [['watchingHome'], ['watching']], adds: { ask: 'danger' } },
  { id: 'flame+soot', needs: [['flameColour'], ['soot', 'sootNative']], adds: { emergency: 'carbon-monoxide' } },
  { id: 'flame', needs: [['flameColour']], adds: { ask: 'danger' } },
  { id: 'alarm+symptom', needs: [['alarmSounding', 'alarmSoundingNative'], ['coSymptom']], unless: 'alarmExplained', adds: { emergency: 'carbon-monoxide' } },
  { id: 'flame+illness', needs: [['flameColour'], ['coIllness']], adds: { emergency: 'carbon-monoxide' } },
  { id: 'alarm', needs: [['alarmSounding', 'alarmSoundingNative']], unless: 'alarmExplained', adds: { ask: 'danger' } },
  // Soot or black marks with a headache or sickness, or symptoms that lift out of the house: carbon monoxide (caller re-trial 15b:
  // a boiler with black marks and the family's headaches went through the repair form, 999-less).
  { id: 'soot+symptom', needs: [['soot', 'sootNative'], ['coBody']], adds: { emergency: 'carbon-monoxide' } },
  { id: 'symptom+better-outside', needs: [['coBody'], ['betterOutside']], adds: { emergency: 'carbon-monoxide' } },
  // Medicine taken twice over, by the dozen or all day: an overdose, meant or not (caller re-trial 15b: tramadol all day, insulin doubled,
  // heart pills taken three times each got only "is anyone in danger?").
  { id: 'medicine+excess', needs: [['medicineTaken'], ['excessDose']], unless: 'prescribedDose', adds: { emergency: 'danger-to-life' } },
  { id: 'shock', needs: [['shock']], adds: { emergency: 'electrical-hazard' } },
  { id: 'asbestos-disturbed', needs: [['asbestos']], adds: { emergency: 'danger-to-life' } },
  { id: 'mould+breathless', needs: [['mould'], ['breathless']], adds: { emergency: 'damp-health' } },
  { id: 'broken-in+cannot-secure', needs: [['brokenIn', 'brokenInNative'], ['cannotSecure', 'cannotSecureNative']], adds: { emergency: 'insecure-home' } },
  { id: 'broken-in+tonight', needs: [['brokenIn'], ['tonight']], adds: { ask: 'danger' } },
  { id: 'family+threat', needs: [family, menace], unless: 'tellingOff', adds: { ask: 'danger' } },
  { id: 'structure-failing', needs: [['structureFailing']], adds: { emergency: 'structural' } },
  { id: 'electrical-fault', needs: [['electricalFault']], adds: { emergency: 'electrical-hazard' } },
  { id: 'gas-escaping', needs: [['gasEscape'], ['gasAppliance']], adds: { emergency: 'gas' } },
  { id: 'cannot-secure+night', needs: [['cannotSecure', 'cannotSecureNative'], ['nightOrLong']], adds: { ask: 'danger' } },
];

/** The concepts live in the message. */
function liveConcepts(message: NormalisedMessage): Set<Concept> {
  return new Set(findHits(conceptRules, message).filter((hit) => hit.status === 'live').map((hit) => hit.rule.kind));
}

export interface CombinationHit {
  /** `combination.` and the row's id. */
  id: string;
  adds: Addition;
}

/** Concepts that are a sign of risk in themselves (not the people or times they combine with). */
const riskSigns: ReadonlySet<Concept> = new Set<Concept>([
  'means', 'meansNative', 'finality', 'finalityNative', 'unmissed', 'farewell', 'farewellNative', 'selfInjury', 'selfInjuryNative', 'killThreat', 'killThreatNative', 'noPower', 'noPowerNative', 'hopeless', 'hopelessNative', 'heldWorkerNative', 'unpaidNative', 'keptIn', 'keptInNative', 'flameColour', 'luring', 'onlineContact', 'youngCarer', 'soldOff', 'sexCoerced', 'atHeight', 'overdoseTaken', 'takeAllPlanned', 'tookThem', 'shutIn', 'notSeen', 'notSeenNative', 'moneyTaken', 'moneyTakenBefore', 'controlled', 'controlledNative',
  'hurt', 'hurtNative', 'noFood', 'noFoodNative', 'exploited', 'exploitedNative', 'putOut', 'putOutNative', 'threatSaid', 'threatNative', 'weapon', 'weaponNative',
  'atTheDoor', 'alarmSounding', 'alarmSoundingNative', 'shock', 'asbestos', 'breathless', 'brokenIn', 'cannotSecure', 'adultNeglect', 'menace', 'heldWorker', 'hateAbuse', 'selfNeglect', 'structureFailing', 'electricalFault', 'gasEscape',
  'criesForHelp', 'criesForHelpNative', 'hidingFrom', 'hidingFromNative', 'protectionOrder', 'protectionOrderNative', 'secrecy', 'secrecyNative', 'soot', 'sootNative', 'watchingHome',
  'betterOutside', 'lostAndConfused', 'missingPerson',
]);

/** The concepts that name a person. */
const people: readonly Concept[] = [...childish, 'someone', 'someoneNative', 'family', 'familyNative'];
/** A person as a pronoun: "he never feeds them", "we are scared". */
const personal = /\b(i|me|my|we|us|our|you|your|he|him|his|she|her|they|them|their|someone|somebody|anyone|anybody|people|person)\b/;

export interface ConceptReading {
  /** Every combination whose parts are all live in the message. */
  combinations: CombinationHit[];
  /** Whether any sign of risk is live: the classifier asks only with one (two independent signals, not a score alone). */
  riskSign: boolean;
  /** Whether anyone is named ("my son", "my mate", "the lady next door", "he", "we"): a worry about someone's safety needs someone. */
  namesSomeone: boolean;
  /** Someone's money handled with their leave ("her bank card because she can not get out"): the classifier alone does not ask then. */
  withLeave: boolean;
  /**
   * Being out for a visit or on a day ("easier if I was not home on Thursday for the visit"): the
   * words of passive ideation ("easier if I was not here") about an appointment, which the
   * classifier alone reads as the former.
   */
  awayForAVisit: boolean;
}

/**
 * Something of the street outside the home ("permit to park outside my house", "bags dumped
 * outside our door"): the words of someone at the door, said of a car, a bin or rubbish. It stays a
 * part of the combinations (a weapon, a threat), but is no sign of risk for the classifier alone
 * unless someone else is in the message ("he parks outside my house every night and watches"):
 * a parking question was asked whether anyone was in danger.
 */
const streetThingOutside = /(?<!\S)(?:park|parks|parked|parking|car|cars|van|vans|vehicle|bin|bins|rubbish|bags|dumped|fly.?tipp\w*|litter|skip|mess|tree|lamp|light|road|drive|dropped kerb|bay)(?:\s+\S+){0,4}\s+outside (?:my|the|our) (?:door|flat|house|window)(?!\S)/;

/** Someone other than the resident: who could be waiting outside. */
const someoneElse = /\b(he|him|his|she|her|they|them|someone|somebody|ex|partner|husband|wife|boyfriend|girlfriend|man|men|guy|lads?)\b/;

const awayForAVisit = /(?<!\S)not (?:be )?(?:home|in|in the (?:flat|house)|around|available|there) (?:on|for|at|until|till|between|this|next|before|after) (?:\S+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|week|weekend|visit|appointment|inspection|survey|repair|day|date|time)(?!\S)/;

/** Medicine taken as it is meant to be, said in passing: "I take my tablets twice a day, can the repair be on a Tuesday". */
const routineDose =
  /(?<!\S)(?:take|takes|taking|took|have|has|had) (?:my|his|her|their) (?:\S+ )?(?:tablets|pills|meds|medication|medicine|insulin|inhaler) (?:twice|once|three times|every|each|daily|with (?:my |his |her )?(?:breakfast|food|dinner|tea|lunch)|in the (?:morning|evening)|at (?:night|bedtime)|as (?:usual|normal|prescribed|always)|like always)(?!\S)/;

/** A tablet to go online with: "I don't do the website, I haven't got one of them tablets" (caller trial 16: the suicide question, to a widow asking about a discount). */
const deviceTablet = (whole: string): boolean =>
  /(?<!\S)(?:website|online|internet|computer|laptop|e ?mail|email|app|ipad|smartphone|screen|wifi|wi fi)(?!\S)/.test(whole) &&
  /(?<!\S)(?:haven t got|have not got|not got|don t have|do not have|no|without|on (?:a|my|the|her|his)|use (?:a|my|the)|one of (?:them|those))(?: \S+){0,2} tablets?(?!\S)/.test(whole);

/** The concepts live in the message, read once, and what they make together. */
export function readConcepts(message: NormalisedMessage): ConceptReading {
  const live = liveConcepts(message);
  // Money handled with leave is no sign of risk either, nor a car or a bin outside the house, nor medicine taken as usual, nor a tablet to go online with.
  const signs = [...live].filter(
    (concept) =>
      riskSigns.has(concept) &&
      !(live.has('helping') && concept.startsWith('moneyTaken')) &&
      !(concept === 'atTheDoor' && streetThingOutside.test(message.whole) && !someoneElse.test(message.whole)) &&
      !(concept === 'means' && (routineDose.test(message.whole) || deviceTablet(message.whole))),
  );
  return {
    combinations: combinationsOf(live),
    riskSign: signs.length > 0,
    namesSomeone: people.some((concept) => live.has(concept)) || personal.test(message.whole),
    withLeave: live.has('helping') && (live.has('moneyTaken') || live.has('moneyTakenBefore')),
    awayForAVisit: awayForAVisit.test(message.whole),
  };
}

function combinationsOf(live: ReadonlySet<Concept>): CombinationHit[] {
  return combinations
    .filter((combination) => ![combination.unless ?? []].flat().some((concept) => live.has(concept)) && combination.needs.every((group) => group.some((concept) => live.has(concept))))
    .map(({ id, adds }) => ({ id: `combination.${id}`, adds }));
}
