import { child, intimatePartner, noHeat, notFamily, partner, pronoun, thrownAtPeople, vulnerableAdult } from './concepts.js';
import { personHanging } from './emergencyRules.js';
import { near, oneOf, phrase, present, followedBy, verb, type Rule } from './rules.js';

export type SafeguardingFlag = 'domestic-abuse' | 'self-harm' | 'child-at-risk' | 'adult-at-risk';

/** When one message raises several, the reply speaks to the first of these. */
export const safeguardingPriority: readonly SafeguardingFlag[] = ['self-harm', 'child-at-risk', 'domestic-abuse', 'adult-at-risk'];

const me = oneOf('me', 'us', 'myself');
/** The resident's brother or sister, as the object of harm done to a child in the family. */
const sibling = '(?:my|our) (?:little |younger |baby |big |older )?(?:brother|sister|bro|sis)';
/** Another member of the resident's family, or "her"/"him", as the one harmed. */
const relative = oneOf('her', 'him', 'them', '(?:my|our) (?:mum|mom|mother|mam|dad|father|sister|brother|nan|nana|nanny|gran|grandma|grandad|grandmother|grandfather|auntie|aunt|wife|husband|partner)');
/** "Banged her head on the cupboard": an accident, not a blow. */
const accidentalKnock = '(?:hit|hits|hitting|knocked|knocks|banged|bangs|bumped|bumps) (?:her|his|their) (?:head|face|leg|arm|knee|elbow|foot|toe|back|hand|shin|hip) (?:on|against|off)';
const harms = oneOf(
  verb(
    'hit', 'beat', 'punch', 'slap', 'smack', 'strangle', 'choke', 'suffocate', 'push', 'shove', 'grab', 'attack', 'assault', 'hurt',
    'abuse', 'threaten', 'bully', 'scare', 'frighten', 'terrify', 'control', 'stalk', 'rape', 'batter', 'knock', 'lock', 'burn', 'headbutt',
    'drag', 'stab', 'bite', 'harass', 'intimidate',
  ),
  // "Kicked me out" of the home is eviction, not a kick.
  `${verb('kick')}(?! (?:me |us |him |her |them )?(?:out|off))`,
  `${verb('beat')} up`, `${verb('throw')} things at`, `${verb('spit')} (?:at|on)`, 'sexually assaulted',
);
/** Harm that, done to a child, is abuse whoever does it ("touches her" is not in `harms`, where it would catch partners). */
const childHarms = oneOf(harms, verb('touch', 'starve', 'neglect', 'shake'));
const abuseNamed = oneOf(
  'domestic abuse', 'domestic violence', 'domestic', 'coercive control', 'coercive', 'coercion', 'abusive (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex|marriage)',
  'in an abusive', 'violent (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex)', 'fleeing', 'flee', 'fled', 'escape (?:from )?(?:him|her|my partner|my husband|my ex)',
  '(?:get|getting|run|running|hide|hiding|keep|safe) (?:away )?from (?:my )?' + partner + '(?! s)', 'women(?:s)? refuge', 'refuge', 'non molestation', 'injunction against', 'clares law', 'marac', 'idva',
);
/** A partner or relative described as violent ("my wife is violent towards me", "because of his violence"). */
const violent = oneOf('violent', 'violence', 'abusive', 'aggressive', 'physical with me', 'physically abusive', 'emotionally abusive', 'psychologically abusive', 'nasty with me');
const fear = oneOf('scared', 'afraid', 'frightened', 'terrified', 'petrified', 'fear', 'too scared', 'not safe', 'unsafe');
/** Coercive control (Serious Crime Act 2015, s.76): money, phone, movements and friends kept in someone else's hands. */
const control = oneOf(
  'will not let me', 'does not let me', 'never lets me', 'not allowed to', 'who i am allowed to',
  `${verb('take')} (?:all )?(?:of )?my (?:money|phone|bank card|card|benefits|wages|pension|keys|passport)`, `${verb('keep')} all (?:of )?my (?:money|wages|benefits|pension)`,
  `${verb('check', 'track', 'monitor', 'read')} (?:all )?my (?:phone|messages|texts|emails|location|bank|spending)`, `${verb('go')} through my phone`,
  `${verb('keep', 'lock')} me (?:in|locked|from)`, 'isolat\\S*', `${verb('control')} (?:my|everything|all|the money|what|who|where)`,
  `${verb('decide')} (?:what|who|where|when|how) i`, `${verb('stop')} me (?:from )?(?:seeing|going|working|leaving|talking|having)`, `${verb('cut')} me off from`,
  `${verb('monitor')} (?:my|where)`, `${verb('follow')} me`, 'turned up at my', 'keeps turning up', 'will not leave me alone',
);
/** Talk of leaving a partner ("if I leave", "since I left him", "we split up"). */
const separation = oneOf('if i (?:ever )?(?:leave|left|try to leave|end it)', `${verb('leave', 'dump')} (?:him|her)`, 'split up', `${verb('break')} up`, '(?:we|i) (?:have |had )?(?:split|separated)');
/** Signs that "he" or "she" is a partner: talk of leaving them, living together, a shared home or children. */
const relationship = oneOf(
  partner, 'relationship', 'at home', 'we live together', 'living together', 'lives with (?:me|us)', 'moved in', 'married',
  separation,
  'our (?:kids|children|baby|son|daughter|home|flat|house)',
);
/** An ex-partner: named, or a relationship the resident has left. */
const exPartner = oneOf(intimatePartner, separation);
/** Stalking and threats from a partner or ex (Protection from Harassment Act 1997): messages, turning up, knowing the new address. */
const stalking = oneOf(
  '(?:threatening|abusive|nasty|horrible|vile|scary|sick|threats?) (?:messages|texts|calls|voicemails|emails|notes|letters|dms)',
  '(?:messages|texts|calls|voicemails|emails|notes|letters) (?:\\S+ ){0,2}(?:threatening|threats)', `${verb('send', 'text', 'message', 'email')} (?:me )?(?:\\S+ )?threats`,
  'knows where (?:i|we) (?:live|am|are|stay|work|moved)', 'knows where (?:my|our) (?:new )?(?:flat|house|home|place|address|work) is',
  `(?:${verb('know', 'find')}|${verb('find')} out|${verb('get')} hold of) (?:my|our) (?:new )?address`, `${verb('find')} out where (?:i|we) (?:live|am|moved)`,
  `${verb('find')} (?:me|us)(?! a | an | some| somewhere| something)`,
  `${verb('watch')} (?:my|our|the) (?:flat|house|home|place|door|windows?)`, `${verb('track')} (?:me|my (?:phone|location|car|movements))`,
  `(?:will not stop|would not stop|does not stop|never stops|keeps on) (?:${verb('message', 'text', 'call', 'ring', 'email', 'contact', 'follow', 'watch')}) (?:me|us)`,
);
/** What a partner threatens, to stop the resident leaving or telling anyone. */
const threatenedHarm = oneOf('kill', 'hurt', 'find', 'come after', 'get me', 'burn', 'ruin', 'take (?:the|my|our) (?:kids|children|baby|son|daughter)(?! to school| to nursery| to the| swimming| out| for)', 'make (?:sure|my life)', 'never see');

/**
 * Economic abuse (Domestic Abuse Act 2021, s.1(4)): the resident's money, cards, benefits or wages held
 * by someone else, handed back as an allowance, or every penny to be accounted for.
 */
const economicAbuse = oneOf(
  `(?:${verb('keep', 'hold', 'take')}|has|have got|has got) (?:all )?(?:of )?my (?:bank |debit |credit |benefits |post office )?(?:cards?|money|benefits|wages|pay|pension|salary|savings|pin|universal credit|child benefit)`,
  `${oneOf(verb('put', 'move', 'transfer', 'divert'), 'pays', 'paid', 'paying')} (?:all )?(?:of )?(?:my |the |our )?(?:benefits|money|wages|pay|pension|salary|universal credit|child benefit|uc) (?:\\S+ )?into (?:his|her) (?:own )?(?:account|bank)`,
  `${verb('give')} me (?:\\S+ ){0,3}(?:a week|a month|pocket money|an allowance)`, '(?:have|has|had) to ask (?:him|her) (?:for|before) (?:money|anything|spending|buying)',
  'not allowed (?:any|a penny|my own) (?:of (?:it|my|the)|money|cash)', 'not allowed any of it', '(?:account for|justify|explain) every (?:pound|penny|penny i spend|receipt)',
  `${verb('control')} (?:all )?(?:of )?(?:the|my|our) (?:money|finances|benefits|bank)`,
  `${verb('get')} paid my (?:\\S+ )?(?:money|benefits|wages|pension|allowance|universal credit|child benefit|pip)`, `${verb('make')} me (?:hand|give|sign) over (?:all )?my`,
  '(?:will not|does not|never|would not) give me (?:a penny|any money|money|a single penny|any of (?:it|my money))', 'only allowed to spend', `${verb('check')} every (?:receipt|pound|penny|purchase|transaction)`, `${verb('run')} up debts? in my name`, `${verb('take')} (?:out )?(?:loans?|credit|debts?) in my name`,
);
/** Isolation and digital control: who the resident may see, and their phone, accounts and whereabouts watched. */
const isolation = oneOf(
  `(?:will not|does not|never|would not) (?:let|allow) me (?:to )?(?:see|visit|go out|go anywhere|talk to|speak to|phone|call|have (?:friends|people|anyone|money)|work|leave|contact|text)`,
  'not allowed to (?:see|visit|go out|go anywhere|talk to|speak to|have friends|leave|work|contact|phone|text)',
  '(?:tracker|tracking app|spyware|an app|location sharing) on my (?:phone|car)', `${verb('install', 'put')} (?:an app|a tracker|spyware|tracking|a tracking app)`, '(?:see|know|track|watch) where i am (?:all the time|at all times|every minute|24 7|constantly)', `${verb('change')} (?:all )?(?:the |my )?passwords`,
  `${verb('check', 'read', 'go')} (?:through )?(?:all )?(?:of )?my (?:phone|messages|texts|emails|whatsapp|facebook)`, `${verb('take', 'smash', 'break', 'hide')} my phone`, `${verb('take', 'hide', 'keep')} (?:all )?my (?:passport|keys|id|documents|visa|brp|birth certificate)`,
  `${verb('call')} me (?:worthless|useless|fat|ugly|stupid|pathetic|a (?:\\S+ )?(?:bitch|slag|whore|slut|cunt))`,
);
/** Sexual coercion: sex made a duty or forced (Sexual Offences Act 2003: consent given freely). */
const sexualCoercion = oneOf(
  `${verb('make', 'force', 'pressure', 'pressurise', 'push')} me (?:in)?(?:to )?(?:have sex|having sex|sex|sleep with (?:him|her)|do (?:sexual|things in bed))`,
  'sex (?:\\S+ )?when i (?:do not|did not|said no)', 'sex (?:without|against) my (?:consent|will)', `${verb('touch')} me when i (?:do not|did not|said no)`,
  '(?:will not|does not|never) take no for an answer', 'says? it is my duty as (?:his|her) wife',
);
/** Threats about the children: to take them, win custody, or see that the resident never sees them again. */
const childThreat = oneOf(
  'take (?:the|my|our) (?:kids|children|baby|son|daughter|boy|girl|little one)s?(?! to school| to nursery| to the| swimming| out)', '(?:snatch|abduct|kidnap|grab) (?:the|my|our) (?:kids|children|baby|son|daughter|boy|girl|little one)s?', 'get custody', 'have (?:the|my|our) (?:kids|children|baby) taken',
  '(?:i will|i would|i am going to|i am gonna|i will not) (?:never )?(?:see|lose) (?:the|my|our) (?:kids|children|baby|son|daughter)', 'never see (?:the|my|our) (?:kids|children|baby|son|daughter|them|him|her) again',
  'social services (?:will|to) take',
);
/** Violence aimed near the resident or at their things, the escalation that risk checklists (DASH) ask about. */
const violenceAtMe = oneOf(
  `${verb('throw', 'hurl', 'chuck', 'lob', 'fling')} (?:\\S+ ){1,3}at (?:me|us|my (?:head|face))`,
  `${oneOf(verb('punch', 'kick', 'smash', 'hit', 'headbutt', 'slam'), `${verb('put')} (?:his|her) (?:fist|foot|head)`)} (?:\\S+ ){1,7}(?:next to|beside|by|near|inches from|right by) my (?:head|face)`,
);
const smashesHome = oneOf(
  `${verb('smash', 'break', 'wreck', 'trash', 'destroy')} (?:up )?(?:the |my |our |all )?(?:flat|house|home|place|things|stuff|furniture|tv|telly|doors?|everything)`,
  `${verb('punch', 'kick')} (?:a hole in |holes in )?(?:the )?(?:walls?|doors?)`,
);
const rage = oneOf('angry', 'anger', 'temper', 'rage', 'drunk', 'kicks off', 'goes mad', 'loses it', 'lost it', 'shaking', 'scared', 'afraid', 'frightened', 'terrified', 'petrified');
/** The resident or their partner said to be the subject: "he", "she", or a named partner or relative. */
const abuser = oneOf(pronoun, `(?:my |our )?${partner}`);
/** Giving a partner an errand, or asking for information for others, is not control. */
/** A parent's house rules for a child ("not till you've done your homework"). */
const parentingLimit = oneOf('homework', 'grounded', 'bedtime', 'school night', 'tidy (?:my|his|her|their) room', 'till i (?:finish|tidy|am older)', 'until i (?:finish|tidy|am older)');
const notControl = oneOf('to pay (?:the |my |our )?(?:council tax|rent|bills?)', 'on my behalf', 'because i (?:can not|am not able|do not)', 'to do (?:my|the|our) (?:shopping|banking)', 'helps? me (?:with|to)', 'for me to (?:sign|check)', 'with my permission', 'joint account');
/** Information for others: a leaflet for work, a display, a course, clients. */
const forOthers = oneOf(`for (?:my |our |the |a |a friends |some )?(?:work|job|clients?|service users?|project|course|training|essay|dissertation|display|leaflet display|notice ?board|church|charity|office|colleagues|students|residents|team|staff)`);

/** "End it" is about the resident's life only when they say they mean to ("I just want to end it"), not "how do I end it" of a contract. */
const endIt = followedBy(oneOf('want to', 'going to', 'gonna', 'i will', 'i would', 'i could', 'just', 'thinking (?:of|about)', 'think about', 'ready to', 'decided to', 'plan to', 'planning to', 'about to', 'tempted to'), `${verb('end')} it`, 1);
/** What someone may jump or be thrown from. */
const height = oneOf('bridges?', 'balcony', 'balconies', 'roofs?', 'buildings?', 'cliffs?', 'tower(?: block)?', 'block', 'flats', 'multi storey', 'car park', 'windows?', 'the top', '(?:\\d+(?:st|nd|rd|th)|top) floor', 'ledge', 'viaducts?', 'flyovers?', 'quarry', 'pier', 'motorway bridge');
/** Whose body a method names: "throw himself off", "lie down in front of". Said of anyone, it is the same plan. */
const anyoneSelf = '(?:myself|himself|herself|themselves|themself) ';
// "suicide" and "suicidal" are listed in full as well, to give typo correction a target ("suicdal").
const selfHarmDirect = oneOf(
  // Online shorthand for it: "gonna kms tonight", "i wanna unalive myself" (outside attack 19, A19-9: "I'm not sure I've understood").
  '(?:gonna|going to|wanna|want to|might|will|about to|should just|i ll|ima|imma|just) (?:kms|ctb)', 'ctb (?:tonight|today|now|soon|later|tomorrow|sorry)', 'sewer ?slide', 'sewer side', 'self delete', '(?:going to|gonna|want to|wanna) (?:unalive|self delete)', 'kms (?:tonight|today|now|soon|fr)', '(?:unalive|unaliving|unalived) (?:myself|me|my self)', '(?:want|wanna|going|gonna|about) (?:to )?unalive',
  `${verb('kill', 'hang', 'drown', 'starve', 'poison')} myself`, `${verb('end')} my life`, `${verb('end')} it all`, `${verb('take')} my (?:own )?life`, 'suicide', 'suicidal', 'suicid\\S*', 'self harm\\S*', 'selfharm\\S*', 'harm myself', 'harming myself', 'hurt myself', 'hurting myself',
  'cut myself', 'cutting myself', 'want to die', 'wanting to die', 'wants to die(?! \\W*(?:of|from|laughing|with))', 'wants to kill (?:herself|himself|themselves|themself)', 'would rather (?:die|be dead)', 'wish i was dead', 'wish i were dead', 'better off dead', 'better off without me',
  'no point (?:in )?(?:living|being alive|being here|going on|carrying on|anything (?:anymore|any more))(?! with| the| this| my| waiting| chasing| calling| ringing| complaining)', 'no reason to (?:live|go on|carry on)(?! paying| waiting| chasing| with| the| this| my)', 'nothing (?:left )?to live for',
  // "I'm done with life" (outside attack 27, A26-3: the not-sure reply).
  '(?:i am|i m|am|so|just|totally|completely) done with (?:life|living|being alive|this life)(?! insurance| cover| policy| in)',
  'not worth living', 'life is not worth', 'do not want to (?:live|be alive|be here|wake up|exist)(?! in| at| there| here anymore| near| with| next)',
  'do not want to be here (?:anymore|any more)(?! in| at)', 'can not go on (?:anymore|any more|living|like this anymore)', 'give up on life', 'given up on life',
  '(?:bottle|packet|box|handful|load|pile) of (?:pills|tablets|paracetamol) (?:next to|in front of|beside|by) me', 'take all my (?:pills|tablets)', 'take all the (?:pills|tablets)', 'stockpil\\S* (?:my |the )?(?:pills|tablets|meds|medication|paracetamol)', 'overdose',
  `${verb('jump', 'throw', 'hurl', 'fling', 'chuck')} (?:${anyoneSelf})?(?:off|from) (?:\\S+ ){0,2}${height}`, `${verb('jump', 'throw', 'hurl', 'fling', 'step', 'walk', 'lie', 'lay')} (?:${anyoneSelf})?(?:down )?(?:out )?(?:in front of|under) (?:a |the )?(?:\\S+ )?(?:trains?|bus|lorry|lorries|car|cars|truck|traffic)`,
  // The plan said with where it ends: "when he finishes at six he's going to go up to the top of Castle Rocks and jump off" (caller re-check 22b, C18-05).
  followedBy(oneOf('going to', 'gonna', 'will', 'wants to', 'want to', 'about to', 'threaten\\S* to', 'plan\\S* to'), '(?:jump|leap|throw (?:himself|herself|myself|themselves)) (?:off|from)(?: (?:it|there|the top|the edge))?(?= ,| \\.|$)', 12),
  // The method named with a plan, of anyone: "says she'll slit her wrists", "going to lie down on the tracks", "he'll be dead by the morning".
  `${oneOf('going to', 'gonna', 'will', 'would', 'about to', 'want to', 'wants to', 'wanna', 'threaten\\S* to', 'plan\\S* to', 'means to')} ${oneOf('(?:slit|slash|open) (?:my|his|her|their) (?:wrists?|throat)', '(?:lie|lay) (?:down )?(?:on|across) (?:the )?(?:railway(?: line)?|train tracks|tracks|rails|line|motorway)', 'walk (?:out )?into the (?:sea|river|canal|lake|reservoir|water)', 'drive (?:my|his|her|their|the) (?:car|van) (?:into|off)', 'be dead (?:by|before) (?:the )?(?:morning|tomorrow|tonight|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas)')}`,
  'disappear forever', 'not be here much longer', 'not (?:going to|gonna) be (?:here|around) (?:much longer|for long|tomorrow)',
  '(?:thoughts|thinking|thought) (?:of|about) (?:ending|taking) (?:it|things|my life|my own life|my self)', 'end(?:ing)? things(?! with| between| off)',
  '(?:go to sleep|fall asleep) and (?:not|never) wake up', 'never wake up again', 'do not want to wake up',
  '(?:taken|took|swallowed) (?:\\S+ )?(?:a load of|loads of|lots of|all my|all the|all of my|too many|a bunch of|a whole|a full|a packet of|a box of|a handful of|[89]|[1-9]\\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty)(?: \\S+)? (?:\\S+ )?(?:pills|tablets|paracetamol|painkillers|sleeping pills)(?! (?:to|back|into|in to|for|from|over|every|a day|daily|prescribed) )',
  '(?:got|have|saved up|saving up|collecting) (?:\\S+ )?(?:the |my |enough )?(?:pills|tablets) (?:ready|saved|to end)', 'say goodbye', 'goodbye to everyone', 'everyone would be better off',
);
/** "I could kill myself for forgetting the bin day": an idiom, not a disclosure. */
const selfHarmIdiom = oneOf(
  // A pastime told of a group: "the kids jump off the pier every summer".
  '(?:kids|children|teenagers|teens|lads|youths|boys|girls|they|we) (?:all |always |still |usually )?(?:jump|jumping|jumped) (?:off|from|into)', 'tombstoning', 'bungee', 'trampoline', 'diving board', 'springboard', 'parachute', 'zip ?wire', 'the wagon',
  // Taking one's medicine as prescribed: "I take all my tablets in the morning".
  '(?:pills|tablets|meds|medication) (?:\\S+ ){0,2}(?:in the morning|at bedtime|every (?:day|morning|night)|each (?:day|morning)|with (?:food|breakfast|meals|my dinner))',`${verb('kill')} myself (?:laughing|for)`, 'could have killed myself', 'end it (?:with|early|there|now with)', 'end it all the same', 'ending it (?:with|early)', 'suicide (?:squad|prevention training)', 'end my (?:tenancy|contract|lease|agreement)', '(?:hurt|cut|burnt|burned) myself (?:on|falling|tripping|slipping|cooking|shaving|at work|when i fell)');
/** Things a resident may end that are not their life. */
const endableThing = oneOf('tenancy', 'lease', 'contract', 'agreement', 'garage', 'subscription', 'direct debit', 'permit', 'account', 'membership', 'booking', 'claim', 'complaint', 'relationship', 'call', 'chat', 'conversation', 'argument', 'dispute', 'rental', 'rent');
const thirdPersonSelfHarm = oneOf(`${verb('kill', 'harm', 'hurt', 'cut', 'hang', 'drown', 'poison', 'gas', 'electrocute', 'suffocate', 'starve')} (?:himself|herself|themselves|themself)`, `${verb('shoot')} (?:himself|herself|themselves|themself)(?! in the foot)`, `${verb('throw', 'hurl', 'fling')} (?:himself|herself|themselves|themself) (?:off|from|under|in front of)`, `${verb('end')} (?:his|her|their) life`, `${verb('take')} (?:his|her|their) (?:own )?life`);

const childLeftAlone = oneOf(
  'left (?:alone|on (?:their|his|her) own|home alone|by (?:themselves|himself|herself)|unattended|in the (?:house|flat|car) (?:alone|on their own)|alone all)',
  'home alone', 'on (?:their|his|her|its) own all (?:day|night|the time)', 'on (?:their|his|her|its) own (?:at night|overnight|at midnight|late at night)',
  '(?:out|outside|wandering|walking) (?:\\S+ ){0,3}(?:alone|on (?:their|his|her|its) own) (?:at|in the middle of the) (?:night|midnight)', 'alone (?:at|in the middle of the) (?:night|midnight)',
);
/**
 * A parent asking whether a short absence is all right ("left my son home alone for 10 minutes, is that ok")
 * asks for guidance rather than reporting a child at risk; a baby or toddler alone is never this.
 */
const parentingQuestion = String.raw`(?<!\S)(?:is (?:that|it|this) (?:ok|okay|alright|all right|legal|allowed|against the law|illegal)|(?:at )?what age|how old (?:do|does|should|must|can)|old enough|legal age|am i allowed to|can i leave|is it ok)(?!\S)`;
const shortAbsence = String.raw`(?<!\S)(?:\d+|a few|few|five|ten|fifteen|twenty|thirty|half an?|an|one) (?:minutes?|mins?|hour)(?!\S)`;
const tooYoungToLeave = String.raw`(?<!\S)(?:toddlers?|bab(?:y|ies|ys)|newborns?|infants?|[1-6] (?:year|yr)s? old|little ones?)(?!\S)`;
/** The child-left-alone rules: a child is named, and the message is not a parent's question about a short absence. */
/** A question about the law in general ("what age can a child be left alone") needs no duration. */
const lawQuestion = String.raw`(?<!\S)(?:(?:at )?what age|how old (?:do|does|should|must|can|does a)|old enough|legal age|is it (?:legal|illegal|against the law))(?!\S)`;
const childAloneReported = new RegExp(String.raw`^(?!(?=.*${lawQuestion})(?!.*${tooYoungToLeave}))(?!(?=.*${parentingQuestion})(?=.*${shortAbsence})(?!.*${tooYoungToLeave}))(?=.*(?<!\S)${child}(?!\S))`, 'u');
const childNeglect = oneOf(
  'not (?:being )?fed', 'never fed', 'no food', 'never (?:\\S+ ){0,3}(?:any )?food', 'nothing to eat', 'always (?:filthy|hungry|starving|bruised)', 'look(?:s|ing)? (?:hungry|starving|neglected|scared|terrified)', 'starving', 'hungry all the time', 'always hungry', 'bruises', 'bruised', 'black eye', 'neglect\\S*',
  'crying for hours', 'crying all night', '(?:same |filthy |dirty |smelly |soiled )+clothes(?! from (?:football|rugby|the park))', 'look(?:s|ing)? (?:really |very |so )?(?:thin|underfed|malnourished|skinny and)', 'screaming for hours', 'dirty clothes', '(?:dirty|soiled|wet|same) nappy', 'no shoes', 'no coats?', 'out (?:\\S+ ){0,4}(?:until|till|at) (?:midnight|late at night|\\d+ at night|\\d+ ?am|1[0-2] ?pm|1[0-2](?! ?am))', 'out (?:late|all night) (?:every|most|on their own|alone)', 'out at all hours', 'wandering (?:the streets|around at night|about at night)',
  'locked (?:in|out)', 'in danger', 'at risk of harm', 'not safe (?:with|around|at home|in that)', 'scared of (?:his|her|their) (?:dad|mum|father|mother|stepdad)',
  'groom\\S*', 'exploit\\S*', 'county lines', 'inappropriate\\S*', '(?:being |been )?(?:used|made|forced|paid) to (?:sell|deal|carry|run|hold|move) (?:drugs|stuff|packages|parcels)',
);
/** Harm done to a child; "neglected by her son" makes the child the one who harms, so the rule skips a following "by". */
const childHarmVerb = oneOf(verb('hit', 'beat', 'smack', 'slap', 'kick', 'punch', 'abuse', 'hurt', 'shake', 'starve', 'burn', 'lock', 'neglect', 'throw', 'touch'), 'screaming at', 'shouting at');
const childHarmed = oneOf('hit', 'beaten', 'hurt', 'abused', 'neglected', 'starved', 'smacked', 'punched', 'kicked(?! out| off)', 'slapped', 'locked in', 'locked out', 'groomed', 'exploited', 'touched', 'shaken', 'thrown');
/**
 * Signs of child criminal or sexual exploitation in UK safeguarding guidance: much older "friends", being
 * picked up by adults, going missing, money or gifts no one can explain, running drugs, sexual images.
 */
const exploitationSign = oneOf(
  'older (?:men|man|guys|blokes|males|boyfriends?|girlfriends?)', '(?:1[89]|[2-9]\\d) (?:year|yr)s? old (?:men|man|guys?|blokes?|males?|boyfriend)', '(?:boyfriend|girlfriend) (?:who )?(?:is|was) (?:much |a lot |far |way |years )?older', '(?:much|a lot|far|way) older (?:boys|lads|friends?|people)', 'adult (?:men|man|boyfriend|girlfriend)',
  `${verb('pick', 'collect')} up by (?:\\S+ ){0,2}(?:men|man|cars|strangers|adults|older)`, 'missing (?:from home|from care|overnight|for days)',
  `${verb('stay')} out all night`,
  `suddenly (?:has|have|had|got|gets|getting) (?:\\S+ ){0,3}(?:money|cash|phones?|trainers|designer|clothes|gifts)`, 'unexplained (?:money|cash|gifts|phones?|injuries)',
  'county lines', `${verb('run')} drugs`, 'drug running', `${verb('carry', 'hold')} (?:drugs|packages|parcels) for`,
  `${verb('send', 'ask')} (?:her|him|them) (?:for )?(?:nudes|naked|sexual|explicit|indecent) ?(?:pictures|photos|pics|images)?`,
);
/** Lost things go missing too ("my son's bike went missing"). */
const lostThing = `(?:bikes?|phones?|keys?|bags?|wallet|purse|parcels?|post|bins?|letters?|cats?|dogs?|money) (?:\\S+ ){0,2}${verb('go')} missing`;
/** An age that makes a son or daughter an adult ("my daughter is 25"). */
const adultAge = oneOf('(?:is|aged|turned) (?:1[89]|[2-9]\\d)(?! (?:minutes|mins|pounds|quid|days|weeks|months|percent))', '(?:1[89]|[2-9]\\d) (?:years?|yrs?) old(?! (?:men|man|guys?|blokes?|males?|boyfriend|woman|women))');
const worriedAbout = oneOf('worried about', 'concerned about', 'concerns about', 'concern for', 'worried for', 'fear for', 'scared for', 'frightened for', 'worry about', 'worrying about', 'safeguarding', 'not right with');

/** The rule that reads someone old or frail down or in danger, with nobody harming them. */
export const adultInTroubleRule = 'adult.down-or-in-danger';
/**
 * Someone old or frail down or in danger, told without harm by anyone: a welfare concern, and the adult-at-risk reply, unless a
 * danger to life is told with it, which is the ambulance's (caller trial 25, C25-3: a granny fallen, grey and breathing oddly heard
 * Hourglass and the Modern Slavery Helpline instead of "ask for an ambulance"; `safety.ts` drops the flag then).
 */
const adultInTrouble = oneOf('in danger', 'at risk', 'unsafe', 'lying on the floor', 'fallen(?! behind| out| asleep| for| in love| pregnant)');

const adultHarm = oneOf(
  'neglect\\S*', 'exploit\\S*', `${verb('take', 'steal')} (?:all )?(?:of )?(?:his|her|their) (?:money|pension|benefits|cards?|bank card|savings)`,
  'stealing (?:from )?(?:him|her|them|his|her|their)', 'steals (?:from )?(?:him|her|them)', 'financial\\S* abus\\S*', 'being abused', 'abusing (?:him|her|them)', 'abuse (?:him|her|them)',
  'cuckoo\\S*', `${verb('take')} over (?:his|her|their) (?:flat|house|home|place)`, 'dealing (?:drugs )?from (?:his|her|their)', `${verb('use')} (?:his|her|their) (?:flat|house|home|place|bank card|cards?)`,
  'being (?:bullied|hit|hurt|threatened|pushed around|exploited|mistreated|robbed|used)', `${verb('get')} lost`,
  'not (?:been )?seen (?:him|her|them )?(?:for|in) (?:days|a week|weeks|ages)', 'has not been seen', 'not seen (?:him|her|them) (?:for|in)', 'curtains (?:have been )?(?:closed|shut) for days',
  'not eating', 'no food(?! waste| bin| caddy)', 'not been eating', '(?:not|never) (?:got|have|has|had) (?:any )?food', 'nothing to eat', 'living in (?:filth|squalor)', 'not coping (?:on (?:his|her|their) own|alone)', 'not looking after (?:himself|herself|themselves)',
  'wandering (?:the streets|outside|around at night|about at night|at night)', 'shouting at (?:him|her|them)', 'hitting (?:him|her|them)', 'rough with (?:him|her|them)', 'hurting (?:him|her|them)',
  'mistreat\\S*', 'ill ?treat\\S*', '(?:been |is |being )?left without (?:any )?(?:food|meals|water|medication|meds|care|heating)', 'left (?:him|her|them) (?:alone|in|on|without)', 'scammed', 'being scammed', 'taken advantage', 'taking advantage', 'bullying (?:him|her|them)',
  'scared of (?:his|her|their) (?:carer|son|daughter|grandson|granddaughter|lodger|nephew)',
  'pressur\\S* (?:him|her|them) (?:into|to)', 'taking (?:all )?(?:his|her|their) (?:money|pension|benefits|savings)', '(?:seems|looks|seemed|looked) (?:really |very |so )?(?:scared|frightened|terrified)', 'people (?:keep )?coming and going',
  'wander\\S* (?:\\S+ ){0,2}(?:at night|in the night|the streets|outside|off|out)', 'not been seen', 'has not been seen', 'dirty clothes', 'soiled', 'unwashed', 'not (?:been )?washed', 'post (?:is )?piling up', 'milk (?:bottles )?piling up', 'curtains (?:are |have been )?(?:shut|closed|drawn)', 'not answering (?:the door|his phone|her phone|their phone)', 'made (?:him|her|them) sign', 'moved into (?:his|her|their)',
  // Self-neglect: a home or a person no longer looked after.
  `(?:flat|house|home|place|he|she) (?:stinks|smells|reeks)(?! (?:of )?(?:damp|mould|mold|musty|gas|smoke|cannabis|weed|drains|sewage|burning))`, 'hoard\\S*',
  'piled (?:high )?with (?:rubbish|junk)', 'not (?:washing|drinking|taking (?:his|her|their) (?:meds|medication|tablets))(?! up)',
);
/** A dependent adult left in a state no carer would allow: vulnerable by the fact of it, whoever they are. */
const careNeglect = oneOf(
  '(?:lying|sitting|left) in (?:a )?(?:wet|soiled|dirty|urine soaked) (?:bed|sheets|pads?|clothes|chair|armchair)', '(?:lying|sitting|left) in (?:his|her|their) own (?:urine|mess|faeces|wee|poo)',
  'soiled (?:bed|sheets|pads?)', '(?:pressure|bed) sores',
);
/** Money of someone old or disabled taken by the people around them. Pension and disability benefits say the owner is vulnerable. */
const takesMoney = oneOf(
  `${verb('steal', 'pocket', 'drain', 'empty')} (?:all |most |half )?(?:of )?(?:his|her|their|(?:my )?\\S+s)`,
  `(?<!(?:^|\\s)(?:i|we) )${verb('take', 'spend')} (?:(?:all|most|half) (?:of )?)?(?:my )?(?!(?:his|hers|its|this|us) )\\S+s`,
);
const vulnerableMoney = oneOf('pension', 'attendance allowance', 'pip', 'disability (?:benefits?|allowance|money)', 'carers allowance');
/** The resident looks after the person themselves: cold at home is an emergency then, not neglect. */
const caredForByResident = present(oneOf('(?:lives|living|staying) with (?:me|us)', '(?:i|we) (?:look after|care for)', 'i am (?:his|her|their) carer'));
/**
 * A telling-off feared, not harm: "mum will kill me if I forget the bins", "my dad will kill me if i get another parking ticket" got the
 * domestic abuse reply and a priority advisor (caller re-check 28b, R7-a). "If I leave" is not among them: that is the threat.
 */
const tellingOff = present(oneOf('if (?:i|we) (?:\\S+ )?(?:forget|forgot|miss|missed|fail|failed|get|got|do not|did not|break|broke|lose|lost|spend|spent|am late|m late|crash|scratch|burn|ruin|mess)', 'when (?:she|he|they) (?:finds? out|sees?|hears?|gets? (?:home|back)|reads?)', 'lol', 'haha', 'bins?', 'bill', 'parking tickets?', 'pcn', 'fine', 'recycling', 'exams?', 'homework', 'late'));
/** A grown-up a child lives with: a parent, a parent's partner, a step-parent. */
const householdGrownUp = oneOf('(?:my )?(?:mum|mom|mam|mother|dad|father|nan|gran)(?: s)? (?:boyfriend|girlfriend|partner|husband|wife|fella|bloke|new man)', '(?:my )?step ?(?:dad|mum|mom|father|mother)', 'my (?:dad|father|mum|mom|mother|uncle|grandad|granddad)');
/** A resident who says they are a child: their own disclosure is about a child at risk. */
const youngResident = present(oneOf('(?:i am|we are|we re|were) (?:[5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: years? old)?(?! (?:weeks|minutes|mins|days|months|hours|pounds|quid|percent|miles))', 'i am (?:a child|a kid|only a kid|a teenager|in year \\d+|at school|still at school)'));
/** A story or a lesson about it, not someone's marriage. */
const notAboutMarriageNow = present(oneOf('film', 'book', 'drama', 'history', 'essay', 'school project', 'lesson', 'documentary'));
/** A child told of, by age or as a little sister or brother. */
const childToldOf = present(oneOf('(?:she|he|daughter|son|sister|brother|niece|nephew|cousin|friend|mate|granddaughter|grandson) (?:is|s) (?:only |just |still )?(?:1[0-7]|[5-9]|fifteen|sixteen|seventeen|fourteen|thirteen|twelve)(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|percent|miles|am|pm))', '(?:1[0-7]|[5-9]) (?:year|yr)s? old', 'aged (?:1[0-7]|[5-9])', '(?:little|younger|baby|kid) (?:sister|brother|sis|bro)', '(?:still )?at school', 'in year (?:[7-9]|1[01])'));
/** A child in the message: the resident, or someone they tell of. */
const aChildIn = new RegExp(`${youngResident.source}|${childToldOf.source}`, 'u');
/** A marriage arranged for someone, or someone taken abroad to marry: forced when they are a child. */
const childMarriage = oneOf(
  '(?:arranged|booked|planned|organi[sz]ed|fixed|set up) (?:my|her|his) (?:wedding|marriage|nikah)',
  'arranged for (?:me|her|him) to (?:marry|get married|be married)',
  '(?:to|and|have to|has to|must|made to|make me|make her|make him|going to) (?:marry|get married|be married)(?! (?:when|once|after|one day|someday|in the future))',
  `${verb('take', 'send')} (?:me|her|him) (?:\\S+ ){0,6}(?:to (?:marry|get married|be married)|for (?:a|my|her|his) (?:wedding|marriage))`,
);
/** Whom a marriage is forced on: me, her, them, "my little sister", "our eldest" (caller re-check 27b, N-1). */
const marriedOne = '(?:me|her|him|us|them|(?:my|our|his|her|their) (?:\\S+ ){0,2}?\\S+)';
/** Marriage forced, or planned against someone's will with someone never met. */
const forcedMarriage = oneOf('forced (?:to |into )?marr\\S*', 'forced marriage', `${verb('make', 'force', 'pressure')} ${marriedOne} (?:to |into )?(?:marry|get married|marriage)`, 'married off', `(?:to|and) marry (?:a|an|some) (?:man|woman|stranger|older man|cousin)(?: i| she| he)? (?:have|has|had)? ?(?:never|not) (?:met|seen)`,
  // A wedding booked that was never agreed to (caller re-check 28b, R4-b: "im 16 and they have booked my wedding in india, i never agreed to it").
  `(?:booked|arranged|planned|fixed|set up|organi[sz]ed|organi[sz]ing|arranging|planning) (?:my|her|his) (?:wedding|marriage|nikah)(?: \\S+){0,8} (?:i|she|he) (?:never|did not|have not|has not) (?:agree\\S*|consent\\S*|said yes|say yes)`,
  `(?:never|did not|have not|has not) (?:agreed|consented|said yes) to (?:the|this|my|her|his|a|that) (?:wedding|marriage|nikah)`);
const carer = oneOf('carers?', 'care workers?', 'care staff', 'home help', 'care home staff', 'support workers?', 'home carers?');
/** A carer who has stopped coming or comes and does not care. */
const carerFails = oneOf(
  verb('hit'), 'shouting at', 'shouts at', verb('steal'), 'rough', verb('hurt'), 'not feeding', 'neglect\\S*', 'abus\\S*', 'mistreat\\S*', 'bullying', 'slapped', 'pushed',
  `${verb('leave')} (?:him|her|them|my)`, 'dirty', `(?:keeps?|kept) (?:taking|using|borrowing) (?:his|her|their) (?:\\S+ )?(?:cards?|money|cash|pin|pension|savings)`, 'without (?:the|any) shopping', 'money (?:keeps )?(?:going|gone|goes) missing', 'soiled', 'unwashed', 'not washed',
  `(?:${verb('stop')}|not|never|no longer) (?:been )?(?:coming|come|comes|visiting|turning up|turn up|turns up|calling)`, 'not been (?:round|in|for|since)', `${verb('miss')} (?:\\S+ )?(?:visits|calls|appointments)`,
  // Cruel words from the carer (training author T24: "tells him he smells and nobody wants him… he cries after she goes").
  `${verb('tell')} (?:him|her|them) (?:that )?(?:he|she|they) (?:smells|stinks|is (?:useless|disgusting|a burden|worthless|pathetic)|are (?:useless|disgusting|a burden|worthless))`, 'nobody wants (?:him|her|them)', `${verb('make')} (?:him|her|them) cry`,
);

export const safeguardingRules: readonly Rule<SafeguardingFlag>[] = [
  // Self-harm
  // A euphemism for dying: "i want to sleep forever" got the homelessness article (outside attack 26, A26-3).
  { id: 'self-harm.sleep-forever', kind: 'self-harm', pattern: phrase(`(?:want|wanna|wish|going|like|ready) (?:to |i could |i can )?(?:just )?(?:go to )?sleep (?:forever|for ever|and (?:never|not) wake up)`),
    vetoedBy: present(oneOf('lol', 'haha', 'tired', 'exhausted', 'knackered', 'shattered', 'weekend', 'sunday', 'saturday', 'lie in', 'shifts?', 'this bed', 'new mattress', 'duvet')) },
  { id: 'self-harm.person-hanging', kind: 'self-harm', pattern: phrase(personHanging) },
  { id: 'self-harm.direct', kind: 'self-harm', pattern: phrase(selfHarmDirect), vetoedBy: present(selfHarmIdiom) },
  { id: 'self-harm.end-it', kind: 'self-harm', pattern: phrase(endIt), vetoedBy: present(oneOf(selfHarmIdiom, endableThing)) },
  { id: 'self-harm.no-point', kind: 'self-harm', ignoresNegation: true, pattern: phrase(oneOf('(?:see|what is) the point (?:in|of) (?:me |my )?(?:even |still )?(?:living|being alive|being here|going on|carrying on|life|anything anymore|staying alive|existing|waking up)', 'why (?:should|would|do) i (?:even )?(?:bother )?(?:keep(?:ing)? going|carry(?:ing)? on|go(?:ing)? on|stay(?:ing)? alive|be(?:ing)? alive|liv(?:e|ing)|wake up)', 'no reason (?:to|for) (?:living|being alive|me to live)', 'no will to live', 'lost the will to live')), vetoedBy: present(oneOf('lol', 'haha', 'bins?', 'queue', 'waiting list')) },
  // Why: hopelessness about carrying on ("can't see a reason to carry on", "what's the point in keeping going"), said of life not a task.
  { id: 'self-harm.no-reason-to-continue', kind: 'self-harm', ignoresNegation: true, pattern: phrase(oneOf(
    `(?:no|not (?:any|a)|(?:can not|do not|could not) (?:see|find|think of) (?:a|any|the)) (?:single )?(?:reason|point) (?:to|in|of|for) (?:me )?(?:even )?${oneOf('carry on', 'carrying on', 'go on', 'going on', 'keep going', 'keeping going', 'keep on', 'be here', 'being here', 'be alive', 'being alive', 'stay alive', 'staying alive', 'live', 'living', 'wake up', 'waking up', 'try(?:ing)? anymore', 'bother(?:ing)? anymore')}`,
    `(?:what is|whats) the point (?:in|of) (?:me )?(?:even )?(?:keep(?:ing)? going|carry(?:ing)? on|go(?:ing)? on|trying anymore|any of it anymore)`,
    `(?:do not|can not) see why i should (?:keep going|carry on|go on|bother anymore|stay|be here)`,
  ) + '(?! with| waiting| chasing| calling| ringing| emailing| complaining| the| this| my| to ring| to call| to complain| to wait| to chase| at| in this| here in)'), vetoedBy: present(oneOf('lol', 'haha', 'bins?', 'queue', 'waiting list', 'complaint', 'repair', 'appeal', 'application', 'bid', 'bidding', 'job', 'course', 'diet', 'gym')) },
  { id: 'self-harm.other-person', kind: 'self-harm', pattern: phrase(thirdPersonSelfHarm) },
  // A parent who finds the marks before anyone says the words: "cuts all over my twelve year old's legs", "scars on her wrists".
  { id: 'self-harm.marks-found', kind: 'self-harm', pattern: phrase(followedBy(oneOf('cuts', 'cut marks', 'scratches', 'scars', 'slashes', 'burn marks'), `(?:all )?(?:over|on|up|across) (?:\\S+ ){0,4}(?:arms?|legs?|wrists?|thighs?|tummy|stomach|forearms?)`, 1)), vetoedBy: present(oneOf('fell', 'fall', 'fallen', 'bike', 'cat', 'dog', 'brambles?', 'glass', 'accident', 'surgery', 'operation', 'football', 'rugby', 'eczema', 'chickenpox', 'chicken pox')) },
  { id: 'self-harm.cannot-go-on', kind: 'self-harm', pattern: phrase(oneOf('can not go on', 'can not do this anymore', 'can not take (?:it|this|any more|anymore)', 'can not cope anymore', 'had enough of (?:life|everything|living)', 'no way out', 'want (?:it all|everything|all of it|it) to (?:stop|end|be over)', 'tired of living', 'tired of life', '(?:can not|do not) see (?:a|any) way out', 'want to disappear')), alsoNeeds: present(oneOf('life', 'living', 'alive', 'die', 'dead', 'hopeless', 'no point', 'nothing left', 'give up', 'tablets', 'pills', 'nobody cares', 'no one cares', 'alone', 'worthless', 'burden', 'end', 'tired of (?:everything|it all)', 'anymore', 'any more', 'no hope', 'desperate')) },
  // A method made ready: "the rope is ready", "I've tied a noose", "bought a rope". Rope alone is common, so it needs the readiness.
  { id: 'self-harm.means-ready', kind: 'self-harm', pattern: phrase(oneOf('noose', 'ligature', followedBy(oneOf('rope', 'pills', 'tablets', 'blades?', 'razors?'), oneOf('(?:is|are) (?:all )?(?:ready|sorted|set up|in place)', 'ready', 'tied'), 2), followedBy(verb('buy', 'get', 'tie', 'hang', 'sort'), '(?:a |the |some )?rope(?! swing| ladder)', 2))), vetoedBy: present(oneOf('swing', 'washing', 'skipping', 'climbing', 'boat', 'dog', 'tow', 'prescription', 'collect\\S*', 'pharmacy', 'chemist')) },
  // At a drop or a railway, with a word of letting go or ending: "on the bridge and I am going to let go".
  { id: 'self-harm.at-the-edge', kind: 'self-harm', pattern: phrase(followedBy(oneOf('standing', 'stood', 'sat', 'sitting', 'i am', 'am', 'here', 'up', 'climbed', 'climbing', 'got', 'let go', 'let myself go', 'jump', 'jumping') + ' ' + oneOf('on', 'at', 'off', 'from', 'over', 'onto'), `(?:the |a |this )?(?:edge of (?:the |a )?)?${oneOf('bridge', 'ledge', 'roof', 'rooftop', 'cliff', 'railway line', 'railway', 'train tracks?', 'tracks', 'platform edge', 'top floor', 'multi storey', 'car park roof', 'balcony railing')}`, 0)), alsoNeeds: present(oneOf('let go', 'letting go', 'jump', 'jumping', 'step off', 'end it', 'goodbye', 'want it to (?:stop|end|be over)', 'want to die', 'not coming back', 'no way back', 'can not do this', 'can not go on', 'nobody will miss', 'better off')), vetoedBy: present(oneOf('graffiti', 'repair', 'repaint', 'lights?', 'litter', 'pigeons', 'bins?')) },
  // Going over a rail or an edge, or jumping, said as what the resident means to do, with nothing else to jump: "thinking about going
  // over the rail", "i want to" then "jump" (caller trial 28, C28-07/C28-08: the domestic abuse article, the not-sure reply).
  { id: 'self-harm.going-over', kind: 'self-harm', pattern: phrase(`${oneOf('thinking (?:about|of)', 'going to', 'gonna', 'want to', 'wanna', 'about to', 'ready to', 'tempted to', 'trying to', 'might')} ${oneOf(`${oneOf('go(?:ing)?', 'climb(?:ing)?')} over (?:the |my |this |that |a )?${oneOf('rail', 'rails', 'railing', 'railings', 'edge', 'balcony', 'ledge', 'parapet', 'barrier')}`, `${oneOf('jump(?:ing)?', 'throw(?:ing)? myself', 'step(?:ping)?')} (?:over|off) (?:the |my |this |that |a )?${oneOf('rail', 'rails', 'railing', 'railings', 'edge', 'balcony', 'side', 'ledge', 'bridge', 'roof', 'parapet', 'barrier', 'building', 'flats', 'car park')}`)}`), vetoedBy: present(oneOf('ball', 'football', 'cat', 'dog', 'washing', 'fence to get', 'garden', 'paint\\S*', 'clean\\S*', 'fix\\S*', 'repair\\S*')) },
  { id: 'self-harm.want-to-jump', kind: 'self-harm', pattern: phrase(`(?:i|i am|i m|im) (?:\\S+ )?${oneOf('want to', 'wanna', 'going to', 'gonna', 'about to', 'ready to', 'thinking (?:about|of)', 'tempted to')} jump(?:ing)?(?: off(?: (?:here|now|it|tonight))?)?(?= ,| \\.|$)`) },
  // Swallowing or taking every tablet in the house, said as what the resident will do or is doing.
  // "I've got loads of codeine and I'm going to take it all tonight": the plan said with "it all", the means named beside it.
  { id: 'self-harm.take-it-all', kind: 'self-harm', pattern: phrase(followedBy(oneOf('going to', 'gonna', 'will', 'about to', 'want to', 'planning to'), oneOf('take (?:it|them) all', 'take all of (?:it|them)', 'take the lot', 'swallow (?:it|them) all', 'swallow the lot'), 1)), alsoNeeds: present(oneOf('pills', 'tablets', 'paracetamol', 'painkillers', 'codeine', 'co codamol', 'meds', 'medication', 'sleeping pills', 'sleeping tablets', 'antidepressants', 'insulin')), vetoedBy: present(oneOf('prescribed', 'course', 'antibiotics', 'as directed', 'back to the (?:pharmacy|chemist)', 'pharmacy', 'chemist')) },
  { id: 'self-harm.all-tablets', kind: 'self-harm', pattern: phrase(followedBy(oneOf(verb('swallow', 'neck', 'down'), oneOf('going to', 'gonna', 'will', 'about to', 'want to', 'planning to', 'ready to') + ' ' + oneOf('take', 'have')), `(?:all|every one of|the whole|a whole|the rest of|the lot of|every|enough)(?: of)? (?:my |the |these |his |her )?(?:\\S+ )?${oneOf('pills', 'tablets', 'meds', 'medication', 'paracetamol', 'painkillers', 'antidepressants', 'insulin', 'box', 'packet', 'bottle')}`, 1)), vetoedBy: present(oneOf('morning', 'every day', 'each day', 'daily', 'with (?:food|breakfast|meals|dinner|tea)', 'prescribed', 'as directed', 'reminder', 'remember to', 'course')) },
  // Keeping back medication to take at once: "stockpiling", "hoarding", "saving up my tablets".
  { id: 'self-harm.saving-pills', kind: 'self-harm', pattern: phrase(followedBy(oneOf('stockpil\\S*', 'hoard\\S*', 'stash\\S*', 'saving up', 'saved up', 'been saving', 'been collecting', 'squirrel\\S* away'), `(?!for )(?:\\S+ ){0,2}${oneOf('pills', 'tablets', 'meds', 'medication', 'paracetamol', 'painkillers', 'antidepressants', 'sleeping pills', 'sleeping tablets', 'insulin')}`, 0)) },
  // Self-harm that has come back: "started cutting again", "cutting my arms".
  { id: 'self-harm.cutting', kind: 'self-harm', pattern: phrase(oneOf(followedBy(oneOf('started', 'start', 'starting', 'been', 'keep', 'keeps', 'back to', 'am', 'went back to', 'relapsed'), '(?:self )?(?:cutting|harming|burning myself|hurting myself|scratching myself)(?: myself)? again', 1), `${verb('cut', 'slash', 'scratch', 'burn')} (?:my|her|his) (?:own )?(?:arms?|wrists?|legs|thighs|skin|stomach)(?! on| open on| by accident| accidentally| when| while| with (?:a|the) (?:tin|can|knife when))`, 'relapsed (?:with|into) (?:self harm|cutting)')), vetoedBy: present(oneOf('grass', 'hedges?', 'trees?', 'services', 'benefits', 'budgets?', 'hours', 'funding', 'hair', 'nails', 'cooking', 'chopping', 'shaving', 'fence', 'glass', 'tin', 'fell', 'slipped', 'tripped', 'on the (?:fire|cooker|oven|iron|hob|kettle|stove|heater|radiator|pan)')) },
  // Saying they will soon be gone: "I won't be around much longer", "won't be here by the morning".
  { id: 'self-harm.not-around', kind: 'self-harm', pattern: phrase(followedBy(oneOf('will not', 'not going to', 'am not going to', 'not gonna', 'might not', 'may not', 'do not think i will', 'do not expect to'), `be (?:around|here|alive|living) ${oneOf('(?:for )?(?:much )?(?:longer|long)', 'by (?:the )?(?:morning|tomorrow|tonight|weekend|end of the week|next week|christmas)', 'to see (?:it|christmas|the morning|tomorrow|the end)', 'anymore', 'any more')}`, 2)), vetoedBy: present(oneOf('appointment', 'visit', 'delivery', 'moving', 'move', 'moved', 'holiday', 'away', 'abroad', 'work', 'working', 'engineer', 'collection', 'repair', 'repairs', 'inspection', 'survey', 'in the area', 'at this address', 'tenancy', 'contract', 'flat', 'house', 'property', 'today', 'this (?:morning|afternoon|evening)', 'call', 'ring', 'phone', 'battery', 'signal', 'meeting', 'shift', 'office', 'lunch')) },
  // Goodbyes written down: "a goodbye note", "letters to my kids saying goodbye".
  // Being a burden, ended: "nobody will have to put up with her any more", "no one will have to worry about me again" (caller re-trial 17c: a 14-year-old's plan for tonight read as nothing).
  { id: 'self-harm.burden-ended', kind: 'self-harm', pattern: phrase(`(?:nobody|no one|no-one|none of you|you all) (?:will|would|won t|wont|will not)? ?(?:have to|has to|need to|needs to|ever have to) (?:put up with|worry about|deal with|look after|bother with) (?:me|her|him|them)(?: (?:any ?more|again|ever again|after (?:tonight|today|tomorrow|this)))`) },
  { id: 'self-harm.goodbye-note', kind: 'self-harm', pattern: phrase(oneOf(followedBy(oneOf('goodbye', 'farewell', 'suicide', 'last'), oneOf('notes?', 'letters?', 'messages?', 'videos?', 'texts?'), 0), followedBy(oneOf(verb('write', 'leave', 'record', 'send'), 'notes?', 'letters?'), '(?:saying|to say) (?:\\S+ ){0,2}goodbye', 6))), vetoedBy: present(oneOf('last (?:notes?|letters?|messages?) (?:from|about|you sent|i sent|was|said)', 'reminder', 'council tax', 'bill', 'final demand', 'neighbours?', 'colleagues?', 'work', 'leaving do', 'retirement', 'old flat', 'old house')) },
  // The signs suicide-prevention guidance lists, told as residents told them to a training author (S24): being a burden ("everyone
  // would be better off if I just disappeared for good"), the tablets counted out and "enough", self-injury by burning or not
  // eating on purpose, a rehearsal with the engine running, the day chosen and "everything sorted for after", letters left.
  { id: 'self-harm.signs', kind: 'self-harm', ignoresNegation: true, pattern: phrase(oneOf(
    'i (?:just )?(?:disappeared|disappear|vanished|went away) for good',
    '(?:put|putting|held|holding|pressing|pressed) my (?:hand|hands|arm|arms|wrist|wrists|skin|leg|legs) (?:\\S+ ){0,2}(?:on|against|over|under) (?:the )?(?:hob|iron|cooker|kettle|flame|lighter|grill)',
    'not (?:eaten|been eating|had (?:a )?(?:proper )?(?:meal|food|anything to eat))(?: \\S+){0,12} on purpose', 'starving myself', 'stopped eating on purpose',
    followedBy('engine running', oneOf('just to see', 'go through with it', 'in the garage', 'hose', 'pipe'), 12),
    'sat in the car in the garage with the engine',
    'everything (?:is|has been|s) (?:sorted|arranged|in order|ready) for (?:after|afterwards|when i am gone)',
    '(?:decided|picked|chosen) (?:that is|that will be|on|the) (?:the )?day(?: \\S+){0,6} (?:sorted|arranged|in order|ready)',
    'left (?:letters|notes) for (?:people|everyone|everybody|my \\S+|the kids|the children)', 'finished writing (?:letters |notes )?to (?:my|the) (?:kids|children|family|daughter|son|mum|dad|wife|husband)',
  )), vetoedBy: present(oneOf('neighbours?', 'party', 'parcel', 'council tax bill', 'by accident', 'accidentally', 'diet', 'ramadan', 'fasting', 'fast', 'cheaper', 'money', 'holiday', 'film', 'book', 'character')) },
  // "If I just disappeared" is the sign itself, not a what-if.
  { id: 'self-harm.better-off', kind: 'self-harm', ignoresNegation: true, conditionIsTheThreat: true,
    pattern: phrase('(?:everyone|everybody|people|my family|my kids|the kids|you all|you lot|they) (?:would|will)(?: all)? (?:honestly |really |just |all )?be better off (?:without me|if i (?:just )?(?:went|disappeared|died|vanished|was gone|were gone|was not here|were not here|was dead|were dead|was not around|were not around))') },
  // The same told across sentences: "I've counted them twice now. 84. Enough I think."; "then I'm going to do it. I've thought about it a long time."
  { id: 'self-harm.counted-out', kind: 'self-harm', pattern: phrase('counted (?:them|out|up|my (?:tablets|pills)|the (?:tablets|pills))'), alsoNeeds: present(oneOf('enough', 'that should do', 'that will do')),
    vetoedBy: present(oneOf('votes?', 'money', 'cash', 'coins', 'bins?', 'bags?', 'days', 'stock', 'chairs', 'boxes', 'people', 'staff')) },
  { id: 'self-harm.resolved', kind: 'self-harm', pattern: phrase('(?:i am|i m) going to do it'), alsoNeeds: present(oneOf('thought about it (?:for )?(?:a long time|ages|months|weeks|years)', 'made up my mind', 'mind is made up', 'no going back', 'sorted for after', 'last of (?:the|my)')),
    vetoedBy: present(oneOf('online', 'form', 'website', 'app', 'myself (?:instead|rather)', 'diy', 'decorat\\S*', 'paint\\S*', 'garden')) },
  // Giving belongings away, or settling who gets them, because they will not need them: a warning sign in suicide-prevention guidance.
  { id: 'self-harm.giving-away', kind: 'self-harm', pattern: phrase(oneOf(followedBy(verb('give', 'hand'), `(?:away )?(?:all )?(?:of )?my ${oneOf('things', 'stuff', 'belongings', 'possessions', 'pets?', 'dog', 'cat', 'jewellery', 'tools', 'records', 'ring', 'rings', 'watch', 'medals', 'guitar', 'clothes')}(?: away)?`, 1), `${verb('sort')} out who (?:gets|will get|is getting|has) my ${oneOf('things', 'stuff', 'belongings', 'possessions', 'pets?', 'dog', 'cat')}`, 'put my affairs in order', followedBy('(?:will not|do not|wont|not going to|no longer) need', oneOf('them', 'it', 'my (?:things|stuff|belongings)', 'anything'), 0) + ` (?:\\S+ ){0,2}${oneOf('soon', 'anymore', 'any more', 'much longer', 'where i am going', 'after (?:tonight|this week|today)')}`)), vetoedBy: present(oneOf('moving', 'move', 'downsiz\\S*', 'charity', 'declutter\\S*', 'bulky', 'collection', 'tip', 'recycling', 'sofa', 'furniture', 'fridge', 'cooker', 'bins?', 'skip', 'permit', 'garage', 'parking')) },

  // Domestic abuse
  // A leaflet "for my work" or "for clients" asks for information for others, not about the resident's home.
  // Not the resident turning the word back on a reply that misread them: "Domestic abuse? No. The wife's just nodded off", "Why domestic? Nobody hit" (caller trial 16).
  { id: 'domestic-abuse.named', kind: 'domestic-abuse', pattern: phrase(abuseNamed), vetoedBy: present(oneOf('domestic (?:waste|bins?|rubbish|appliances?|properties|property|rates|water|boiler|heating|use|users|customers)', 'night refuge', 'refuge collection', forOthers, '(?:why|what) (?:\\S+ )?domestic', '(?:not|nothing) (?:about |to do with )?(?:domestic|abuse)', '(?:nobody|no one|no body|nobody s|no one s) (?:is |s )?(?:abus|hit|hurt|beat)\\S*')) },
  { id: 'domestic-abuse.partner-harms', kind: 'domestic-abuse', pattern: phrase(followedBy(partner, followedBy(harms, me, 2), 5)) },
  { id: 'domestic-abuse.he-harms', kind: 'domestic-abuse', pattern: phrase(followedBy(pronoun, followedBy(harms, me, 2), 2)), vetoedBy: present(notFamily) },
  { id: 'domestic-abuse.harmed-by-partner', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('hit', 'beaten', 'hurt', 'attacked', 'assaulted', 'abused', 'threatened', 'strangled', 'raped', 'punched', 'kicked', 'pushed', 'slapped', 'bullied', 'controlled', 'battered', 'stalked'), followedBy('by', partner, 1), 2)) },
  { id: 'domestic-abuse.violent-partner', kind: 'domestic-abuse', pattern: phrase(oneOf(near(partner, violent, 4), followedBy(oneOf('his', 'her', '(?:he|she) is', '(?:he|she) (?:gets|can get|has been|was|turns|becomes)'), violent, 1))), vetoedBy: present(oneOf(notFamily, 'dog', 'dogs', 'game', 'games', 'film', 'tv', 'telly', 'video', 'videos')) },
  { id: 'domestic-abuse.first-person', kind: 'domestic-abuse', pattern: phrase(oneOf('i am (?:being|getting) (?:abused|hit|beaten|attacked|assaulted|raped)', 'i (?:have|had) been (?:abused|beaten|raped|strangled|assaulted)', 'i am in an? (?:abusive|violent|controlling)', 'i live with an? (?:abusive|violent|controlling)', 'living with an? (?:abusive|violent|controlling)')), vetoedBy: present(oneOf(notFamily, 'online', 'on the bus', 'street', 'work')) },
  // The condition is the threat: "if i leave he will kill me and the kids" got only the danger question (caller re-check 28b, R7-b).
  { id: 'domestic-abuse.threat-if-leave', kind: 'domestic-abuse', conditionIsTheThreat: true, pattern: phrase(followedBy(oneOf(verb('say', 'threaten', 'tell', 'warn'), 'will'), oneOf(`(?:he|she) (?:will|would|is going to|is gonna) (?:\\S+ )?${threatenedHarm}`, 'kill me', 'hurt me'), 5)), alsoNeeds: present(relationship), vetoedBy: tellingOff },
  // A partner's or ex's threats and stalking, by message or in person.
  { id: 'domestic-abuse.stalking', kind: 'domestic-abuse', pattern: phrase(stalking), alsoNeeds: present(exPartner), vetoedBy: present(notFamily) },
  // Fear of the walk home in the dark is not fear of the home.
  { id: 'domestic-abuse.fear', kind: 'domestic-abuse', vetoedBy: present(oneOf(notFamily, 'in the dark', '(?:go|walk|get) home from (?:school|college|work|the bus|the station|the park)')), pattern: phrase(oneOf(followedBy(fear, oneOf('of (?:my )?' + partner, 'of (?:him|her)', 'to go (?:back )?home', 'to go back', 'at home', 'to be at home', 'in my own home', 'for my life'), 1), followedBy(fear, oneOf('what (?:he|she) (?:will|might|would) do', '(?:he|she|my ex) (?:will|might|is going to|could) (?:hurt|kill|find|come back|come round|turn up|get out)', '(?:he|she|my ex) (?:is|gets) (?:being )?(?:released|let out|out of prison|back)'), 2))) },
  { id: 'domestic-abuse.control', kind: 'domestic-abuse', pattern: phrase(control), alsoNeeds: present(relationship), vetoedBy: present(oneOf(notControl, parentingLimit)) },
  // Why: money, cards and benefits kept by a partner are abuse in law; "he" is enough with such specific words.
  { id: 'domestic-abuse.economic', kind: 'domestic-abuse', pattern: phrase(economicAbuse), alsoNeeds: present(oneOf(relationship, pronoun, 'him', 'her')), vetoedBy: present(oneOf(notFamily, notControl, 'bank (?:has|have|kept|took)', 'cash ?machine', 'atm', 'council', 'dwp', 'job ?centre', 'appointee', 'so (?:she|he|they) can (?:do|get|pay|collect)', '(?:do|does|doing) (?:my|the) shopping')) },
  // Why: isolation and digital control need a partner or a "he"/"she" doing it, since "not allowed to" also fits tenancy rules.
  { id: 'domestic-abuse.isolation', kind: 'domestic-abuse', pattern: phrase(followedBy(abuser, isolation, 6)), vetoedBy: present(oneOf(notFamily, notControl, parentingLimit)) },
  { id: 'domestic-abuse.sexual', kind: 'domestic-abuse', pattern: phrase(sexualCoercion), vetoedBy: present(notFamily) },
  // Why: taking the children is the threat that keeps many in the relationship; a court or solicitor saying so is not.
  { id: 'domestic-abuse.child-threat', kind: 'domestic-abuse', conditionIsTheThreat: true, pattern: phrase(followedBy(oneOf(verb('threaten', 'say', 'tell', 'warn'), 'swears', 'swore', 'keeps saying', 'will', 'going to'), `(?:\\S+ ){0,8}${childThreat}`, 0)), alsoNeeds: present(oneOf(relationship, pronoun)), vetoedBy: present(oneOf(notFamily, 'solicitor', 'judge', 'court order', 'social worker', 'cafcass', 'lawyer')) },
  // Why: a thing thrown at the resident or a punch beside their head is violence even when it misses.
  { id: 'domestic-abuse.violence-at-me', kind: 'domestic-abuse', pattern: phrase(violenceAtMe), alsoNeeds: present(oneOf(relationship, pronoun)), vetoedBy: present(oneOf(notFamily, 'kids (?:next door|outside|on the street)', 'snowballs?', 'ball', 'eggs', 'joke', 'pillow')) },
  // Why: smashing up the home in a temper, told with fear or rage, is the escalation pattern; a child breaking the telly by accident is not.
  { id: 'domestic-abuse.smashing', kind: 'domestic-abuse', pattern: phrase(followedBy(abuser, smashesHome, 3)), alsoNeeds: present(rage), vetoedBy: present(oneOf(notFamily, 'by accident', 'accidentally', 'football', 'ball', 'burglars?', 'thieves', 'intruders?', '(?:my|our|the) (?:son|daughter|kids?|children|toddler|baby) (?:is|are) (?:\\d|1[0-2]) ')) },
  // Why: injuries explained away ("told the doctor I walked into a door") are a disclosure in themselves.
  { id: 'domestic-abuse.explained-away', kind: 'domestic-abuse', pattern: phrase(oneOf(`(?:really|actually|truth is|but) (?:\\S+ )?(?:it was|was) (?:him|her|my ${intimatePartner})`, '(?:he|she) did (?:it|this|that) to me', `${verb('cover', 'hide')} (?:up )?(?:the |my )?(?:bruises|marks|black eye|injuries|cuts)`, `${oneOf(verb('make') + ' me', '(?:had|have|has) to')} (?:say|tell) (?:\\S+ ){0,3}(?:that )?i (?:fell|tripped|slipped|walked into|bumped)`)), alsoNeeds: present(oneOf('walked into', 'fell', 'tripped', 'slipped', 'bruises?', 'black eye', 'marks', 'injur\\S*', 'doctor', 'gp', 'nurse', 'hospital', 'a and e', 'police', 'lied', 'lie')) },
  // A threat to burn the home with the resident or the children in it ("he'll burn the house down with me in it", caller re-trial 13b, C8).
  { id: 'domestic-abuse.fire-threat', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('burn', 'torch', 'set fire to', 'set light to', 'petrol (?:through|in)'), oneOf('with (?:me|us|the kids|my kids|the children|my children|the baby)(?: and (?:the|my) (?:kids|children|baby))? (?:in|inside)', '(?:while|when|whilst) (?:me|we|i|the kids|my kids|the children)(?: and (?:the|my) (?:kids|children))? (?:are|am|is|sleep|sleeping|asleep|in bed)', 'me and the kids (?:are|in)', 'with us (?:inside|in it)'), 6)), vetoedBy: present(notFamily) },
  // Why: threats to post private images are abuse whoever the partner is ("revenge porn", Criminal Justice and Courts Act 2015).
  { id: 'domestic-abuse.image-threat', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf(verb('threaten', 'say'), 'going'), `(?:he will |she will )?(?:to )?(?:share|post|send|leak|put up|put online|show (?:everyone|people)) (?:\\S+ ){0,4}(?:photos|pictures|pics|videos|images|nudes|naked)`, 2)), vetoedBy: present(notFamily) },
  // Why: a list of harms after the partner crosses commas ("my wife screams at me, calls me names, and hits me").
  { id: 'domestic-abuse.partner-harms-list', kind: 'domestic-abuse', pattern: phrase(`(?:my |our )${partner}(?: \\S+){1,14} (?:and )?${harms} ${me}`), vetoedBy: present(oneOf(notFamily, 'game', 'games', 'film', 'tv', 'football', 'play fight\\S*', 'joke')) },
  // Told by a family member: "my dad hits my mum", "my sister's husband beats her". Domestic abuse whoever reports it.
  { id: 'domestic-abuse.family-harms-relative', kind: 'domestic-abuse', pattern: phrase(followedBy(partner, followedBy(harms, relative, 1), 5)), vetoedBy: present(oneOf(notFamily, accidentalKnock, 'game', 'games', 'film', 'tv', 'football', 'play fight\\S*', 'joke', 'tag', 'swings?', 'pram', 'buggy', 'wheelchair', 'trolley')) },
  { id: 'domestic-abuse.injury', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('gave me', 'left me with', 'i have got', 'covered in'), oneOf('bruises', 'a black eye', 'black eyes', 'a split lip', 'a broken'), 1)) },

  // Child at risk
  { id: 'child.left-alone', kind: 'child-at-risk', pattern: phrase(near(child, childLeftAlone, 6)), alsoNeeds: childAloneReported },
  { id: 'child.neglect', kind: 'child-at-risk', pattern: phrase(near(child, childNeglect, 6)), alsoNeeds: present(child), vetoedBy: present(oneOf('mould', 'mold', 'damp', 'asthma', 'food waste', 'caddy', vulnerableAdult)) },
  { id: 'child.harmed-by', kind: 'child-at-risk', pattern: phrase(followedBy(`${childHarmVerb}(?! by )`, child, 2)), vetoedBy: present(oneOf('balls?', 'football', 'my car', 'cars', 'windows?', '(?:my|the|our|front|back) doors?')) },
  { id: 'child.is-harmed', kind: 'child-at-risk', pattern: phrase(followedBy(child, oneOf('being', 'gets', 'getting', 'got', 'been', 'was', 'were', 'is', 'are', 'keeps getting') + ' ' + childHarmed, 3)) },
  { id: 'child.parent-harms', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('dad', 'mum', 'mom', 'father', 'mother', 'stepdad', 'stepmum', 'step dad', 'step mum', 'parents?', '(?:mums|dads) (?:boyfriend|girlfriend|partner)', 'boyfriend', 'uncle', 'he', 'she', 'they'), followedBy(childHarms, oneOf('him', 'her', 'them', sibling), 2), 2)), alsoNeeds: present(child), vetoedBy: present(adultAge) },
  // "Her mum's boyfriend" names a child's household without a child word: who else has a mum with a boyfriend.
  { id: 'child.parents-partner', kind: 'child-at-risk', pattern: phrase(followedBy('(?:his|her|their) (?:mums|moms|mothers|dads|fathers) (?:new )?(?:boyfriend|girlfriend|partner|fella|husband|wife)', followedBy(childHarms, oneOf('him', 'her', 'them'), 2), 2)), alsoNeeds: present('(?:mums|moms|mothers|dads|fathers)'), vetoedBy: present(adultAge) },
  { id: 'child.exploitation', kind: 'child-at-risk', pattern: phrase(exploitationSign), alsoNeeds: present(child), vetoedBy: present(adultAge) },
  // A child whose partner is an adult: "i'm 15 and my boyfriend is 24 and wants me to stay at his" got the domestic-abuse housing
  // article (outside attack 25, A25-4); an exploitation sign in children's safeguarding.
  { id: 'child.adult-partner', kind: 'child-at-risk', pattern: phrase('(?:boyfriend|girlfriend|partner|fella) (?:is|s) (?:1[89]|[2-6]\\d)(?! (?:minutes|mins|miles|pounds|quid|percent|weeks|days|months))'),
    alsoNeeds: present(oneOf('i am (?:only |just )?(?:1[0-7]|[5-9])(?! (?:weeks|minutes|mins|days|months|hours|pounds|quid|percent|miles))', '(?:daughter|son|niece|nephew|granddaughter|grandson) (?:is|s) (?:only |just )?(?:1[0-7]|[5-9])', '(?:she|he) is (?:only |just )?(?:1[0-7]|[5-9])(?! (?:weeks|minutes|mins|days|months|hours|pounds))')) },
  { id: 'child.missing', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf(child, 'he', 'she', 'who'), `${verb('go')} missing`, 3)), alsoNeeds: present('missing'),
    // An adult missing is not a child's concern: "my dad has dementia and he's gone missing" got the NSPCC and Childline (outside attack 24, A24-3).
    vetoedBy: present(oneOf(lostThing, adultAge, '(?:my|our|his|her) (?:dad|father|mum|mother|husband|wife|partner|grandad|grandma|granny|grandfather|grandmother|nan|nana|gran|uncle|auntie|aunt)')) },
  { id: 'child.worried', kind: 'child-at-risk', pattern: phrase(followedBy(worriedAbout, child, 5)), vetoedBy: present(oneOf('mould', 'mold', 'damp', 'asthma', 'school', 'schools', 'admissions?', 'catchment', 'uniform', 'nursery', 'health', 'cold', 'heating', 'noise', 'safety of the (?:play|road|roads|street)', 'playground', 'play area', 'road', 'traffic')) },
  { id: 'child.lured', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('giving', 'gives', 'gave', 'offering', 'offers', 'offered', 'buying', 'buys', 'bought'), followedBy(child, oneOf('sweets', 'money', 'gifts', 'cigarettes', 'vapes', 'alcohol', 'drink', 'drugs', 'lifts', 'phones', 'presents'), 2), 1)), vetoedBy: present(oneOf('ice cream', 'christmas', 'birthday', 'halloween', 'trick or treat', 'easter')) },
  { id: 'child.left-by-parent', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('leaves', 'leaving', 'left', 'leave'), followedBy(child, oneOf('alone', 'on (?:their|his|her|its) own', 'by (?:themselves|himself|herself|itself)', 'unattended', 'home alone', 'in the car'), 3), 2)), alsoNeeds: childAloneReported },
  // A step-parent or a relative who touches the resident: "my step dad touches me" got the not-sure reply (outside attack 27, A26-3).
  { id: 'child.touched-by-relative', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('step ?dad', 'step ?father', 'step ?brother', 'step ?mum', 'uncle', 'cousin', 'grandad', 'grandpa', 'mum s boyfriend', 'mums boyfriend', 'mums bf', 'mum s partner', 'babysitter', 'brother'), `(?:always |keeps |keep |still |sometimes |has been |has |s |been )?(?:touches|touching|touched|fiddles with|fiddling with|feels|feeling) me(?! (?:with|up to|about|off))`, 2)),
    vetoedBy: present(oneOf('(?:touches|touched|touching) me (?:on|with) (?:the|my|his|her) (?:shoulder|arm|hand|back|story|words|kindness)', 'well done', 'proud', 'moved', 'emotional', 'card', 'message', 'speech', 'gift')) },
  { id: 'child.self-disclosure', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf(partner, 'he', 'she', 'they'), followedBy(childHarms, me, 2), 3)), alsoNeeds: youngResident },
  // A young resident telling of force or harm from someone at home without a harm word: "mum's boyfriend kicked it in because I
  // wouldn't open it, he's always doing stuff like that to me. I'm 14" went on through the repair form (caller trial 29, C29-02).
  { id: 'child.forced', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf(householdGrownUp, 'he', 'she', 'they'), oneOf(`${verb('kick', 'smash', 'bash', 'break', 'punch', 'boot')} (?:(?:the|my|our) (?:bedroom |bathroom |front )?door|it|them) (?:in|down|open)`, `(?:always |constantly |keeps? )?(?:doing|does|do|did) (?:stuff|things) (?:like (?:that|this) )?to ${me}`), 4)), alsoNeeds: youngResident, vetoedBy: present(oneOf('lol', 'haha', 'joking', 'to wake (?:me|us)')) },
  { id: 'child.young-homeless', kind: 'child-at-risk', pattern: phrase(oneOf('kicked (?:me )?out', 'thrown (?:me )?out', 'threw me out', 'chucked (?:me )?out', 'nowhere to (?:go|sleep|stay)', 'homeless', 'sleeping rough', 'ran away from home', 'run away from home')), ignoresNegation: true, alsoNeeds: youngResident },
  { id: 'child.rough-handled', kind: 'child-at-risk', pattern: phrase('(?:grab\\S*|drag\\S*|yank\\S*|pull\\S*|shak\\S*|lift\\S*|threw|throw\\S*) (?!me )(?:\\S+ ){0,6}by (?:the|his|her|their) (?:neck|throat|hair|ear|ears|arm|arms|collar|legs?|ankles?|wrists?)'), alsoNeeds: present(child) },
  // Why: children going door to door for food are not being fed at home; a parent asking about a food bank is not this.
  { id: 'child.asking-for-food', kind: 'child-at-risk', pattern: phrase(followedBy(verb('ask', 'beg', 'knock'), `(?:\\S+ ){0,5}(?:for )?(?:any |some )?(?:food|something to eat|bread|money for food|a sandwich|dinner)`, 0)), alsoNeeds: present(oneOf('neighbours?', 'next door', 'doors', 'my door', 'number \\d+', 'strangers', 'people in the (?:block|street)', 'from (?:the )?(?:flat|house) (?:upstairs|downstairs|opposite|across)')), vetoedBy: present(oneOf('food ?bank', 'halloween', 'trick or treat', 'sponsor\\S*', 'charity', 'fundrais\\S*', 'my (?:kids|children|son|daughter) (?:keep |keeps )?asking (?:me|for)')) },
  // Why: a child getting into cars with grown men is the pick-up pattern of exploitation guidance, in any order.
  { id: 'child.cars-with-adults', kind: 'child-at-risk', pattern: phrase(oneOf(`${verb('get')} (?:in|into|in to) (?:\\S+ ){0,2}cars? (?:\\S+ ){0,2}(?:with|driven by) (?:\\S+ ){0,2}(?:men|man|adults?|strangers?|blokes?|guys)`, 'grown (?:men|man|adults)')), alsoNeeds: present(child), vetoedBy: present(oneOf(adultAge, 'taxi', 'uber', 'driving lessons?', 'instructor', 'school run', 'lift share', 'grandad', 'dad', 'uncle')) },
  // Why: a small child with no grown-up about is at risk however the sentence is ordered ("no adult anywhere", "no parent around").
  { id: 'child.no-adult', kind: 'child-at-risk', pattern: phrase(`(?:no|without (?:an|any)|not an?|never an?) (?:adults?|grown ups?|parents?|mum|mom|dad|carers?) (?:\\S+ )?(?:around|about|anywhere|nearby|in sight|to be seen|watching|with (?:him|her|them)|looking after)`), alsoNeeds: present(oneOf('toddlers?', 'bab(?:y|ies)', 'little (?:boy|girl|one|ones|lad|lass|kids?)s?', 'young (?:child|children|kids?|boy|girl)s?', 'small (?:child|children|kids?|boy|girl)s?', '[1-7] (?:year|yr)s? old', 'infants?', 'child', 'children', 'kids?')), vetoedBy: present(oneOf('play ?(?:ground|area|park)s? (?:is|are|has)', 'fence', 'gate', 'staff', 'school', 'nursery', 'supervision at')) },
  { id: 'child.named', kind: 'child-at-risk', pattern: phrase(oneOf('child abuse', 'child neglect', 'child protection', 'child cruelty', 'nspcc', 'childline', 'children(?:s)? services', '(?:a |the )?child (?:\\S+ ){0,4}(?:is|are) being (?:abused|hurt|hit|neglected|harmed|groomed|exploited)', 'social services (?:about|for) (?:the|a|my|their) (?:child|kids?|children|baby)')) },
  // Cruelty with a burning thing: "burns him with cigarettes", "held her hand over the hob".
  { id: 'child.burned-with', kind: 'child-at-risk', pattern: phrase(followedBy(verb('burn', 'scald', 'brand'), `(?:him|her|them|${child}|(?:his|her|their) (?:son|daughter|kids?|child|children|baby|boy|girl)) with (?:a |an |her |his |their |hot )?${oneOf('cigarettes?', 'fags?', 'lighters?', 'iron', 'matches', 'spoon', 'hot water', 'boiling water', 'kettle', 'candles?')}`, 0)), alsoNeeds: present(oneOf(child, 'mum', 'mom', 'dad', 'mother', 'father', 'stepdad', 'stepmum')), vetoedBy: present(adultAge) },
  // An adult of the household coming into a child's room at night: the pattern of sexual abuse children disclose.
  // A child told to do what they do not like, by an adult of the family or near it: "my uncle makes me do stuff i dont like im 11"
  // got the damp article (outside attack 26, A26-3; caller trial 26, C26-10).
  { id: 'child.made-to', kind: 'child-at-risk', pattern: phrase(oneOf(followedBy(verb('make', 'force', 'tell', 'get'), `(?:me|us) (?:to )?(?:do|touch|watch|look at|keep|take off|sit on|send|show|play) (?:\\S+ ){0,2}(?:stuff|things|secrets?|pictures|photos|videos|clothes|him|his|her|lap|bits|private|games)`, 0), `${verb('do')} (?:bad |rude |horrible |weird )?(?:things|stuff) (?:to|2) (?:me|us)`)),
    alsoNeeds: youngResident },
  // Violence at home told by a child hiding from it: "I'm ten and my mum's boyfriend is shouting and throwing plates at her, I'm in
  // the bathroom with my brother" (caller trial 25, C25-16).
  { id: 'child.hiding-from-violence', kind: 'child-at-risk', pattern: phrase(oneOf(`${verb('throw', 'smash', 'chuck')} ${thrownAtPeople} at (?:her|him|mum|my mum|mummy|dad|my dad|us|me)`, `(?:hiding|hid|locked (?:myself|ourselves)|shut (?:myself|ourselves)) (?:in|under) (?:the|my|our) (?:\\S+ )?(?:bathroom|bedroom|room|toilet|cupboard|wardrobe|bed)`)),
    alsoNeeds: youngResident },
  // A child telling of harm as children tell it (caller trial 26, C26-10): told not to tell, kept in, followed and asked into a car.
  { id: 'child.told-not-to-tell', kind: 'child-at-risk', pattern: phrase(oneOf('if (?:i|we) (?:ever )?tell', `${verb('make')} (?:me|us) promise not to tell`, '(?:said|says|told me|tells me) not to tell', 'our (?:little )?secret', 'keep (?:it|this|them) (?:a )?secret')), alsoNeeds: youngResident, conditionIsTheThreat: true },
  { id: 'child.kept-in', kind: 'child-at-risk', pattern: phrase(oneOf('(?:kept|locked|shut) (?:in|inside) (?:my|the|our) (?:room|bedroom|cupboard|house|flat)', 'only (?:give|gives|given|get|feed|feeds) (?:me|us) (?:bread|water|crisps|scraps|leftovers)', '(?:not|never) (?:allowed|let) out (?:of )?(?:my|the|our) (?:room|bedroom)')), alsoNeeds: youngResident },
  { id: 'child.followed', kind: 'child-at-risk', pattern: phrase(oneOf(`${verb('follow')} me (?:home|from school|around|to school|everywhere)`, 'asked me to get (?:in|into) (?:his|the|a|their) (?:car|van)', 'wants me to get (?:in|into) (?:his|the|a) (?:car|van)')), alsoNeeds: youngResident },
  // A child of the family meeting an adult from online: "a man online who wants to meet her tonight, she's 13" (caller trial 26, C26-10).
  { id: 'child.online-meeting', kind: 'child-at-risk', pattern: phrase(near(oneOf('online', 'on (?:snapchat|snap|instagram|insta|tiktok|discord|roblox|whatsapp|facebook|fortnite|the internet|a game|an app)'), `${verb('meet')}(?: up)?`, 12)),
    alsoNeeds: present(oneOf('(?:she|he|son|daughter|boy|girl|kid|child|grandson|granddaughter|niece|nephew) is (?:[8-9]|1[0-5]|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?! (?:minutes|mins|pounds|quid))', '(?:[8-9]|1[0-5]) (?:year|yr)s? old', 'i am (?:[8-9]|1[0-5]|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?! (?:minutes|mins|pounds|quid))')),
    vetoedBy: present(oneOf('class', 'teacher', 'club', 'friends? from school', 'cousin', 'school friend', 'zoom', 'teams')) },
  // Someone exposing himself to children (caller trial 26, C26-13: the dog-fouling article).
  { id: 'child.exposure', kind: 'child-at-risk', pattern: phrase(oneOf('expos(?:ing|ed|es) (?:himself|herself|themselves)', `${verb('show')} (?:himself|herself|(?:the |some )?(?:kids|children|girls|boys) (?:his|her) (?:private|privates|bits|willy|penis|thing))`, `${verb('flash')} (?:at )?(?:the |some |my |our )?(?:kids|children|girls|boys|himself)`, '(?:got|gets|had|getting|has) (?:his|it) (?:out|willy out|bits out|thing out)', 'touching himself')), alsoNeeds: present(oneOf(child, 'playground', 'park', 'school')) },
  // An ex or partner outside despite an order keeping him away (caller trial 26, C26-11).
  { id: 'domestic-abuse.order-breached', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('court', 'courts', 'judge', 'injunction', 'non molestation', 'restraining order', 'bail', 'police'), oneOf('not to (?:come|go) near', 'to stay away', 'to keep away', 'keep away', 'stay away', '(?:banned|barred) from', 'not (?:allowed|supposed) to (?:come|be) near'), 8)),
    alsoNeeds: present(oneOf('outside', 'here', 'at the door', 'at my door', 'back', 'turned up', 'in (?:his|her) car', 'parked', 'again', 'watching', 'banging', 'knocking')) },
  { id: 'child.night-visits', kind: 'child-at-risk', pattern: phrase(followedBy(`${verb('come', 'creep', 'sneak', 'get', 'climb', 'walk')} (?:in|into|in to)`, `(?:my|her|his|their) (?:bed|bedroom|room)(?: (?:\\S+ ){0,3}(?:at night|in the night|when (?:mum|mom|everyone|every one|they) (?:is|are) (?:asleep|out|at work)))`, 1)), alsoNeeds: present(oneOf(child, 'uncle', 'stepdad', 'step dad', 'stepfather', 'grandad', 'grandpa', 'cousin', '(?:mums|moms|mothers) (?:boyfriend|partner|fella)', 'lodger', 'i am (?:[5-9]|1[0-7])')), vetoedBy: present(`${oneOf('cat', 'dog', 'cold', 'draught', 'light', 'heat', 'heating', 'radiator', 'window', 'washing', 'noise', 'smell', 'water', 'rain', 'damp', 'mould', 'mice', 'rats', 'insects', 'flatmate', 'husband', 'wife', 'partner')}(?: \\S+){0,3} ${verb('come', 'creep', 'sneak', 'get', 'climb', 'walk')} (?:in|into|in to)|(?:room|bedroom|bed)(?: at night| in the night)? to (?:turn|switch|close|open|fix|check the|bring|put|wake (?:me|us) up for|say goodnight)(?!.*(?:do not like|dont like|scared|secret|touch\\S*|hurts?))`) },
  // A small child shut outside or strapped in and left: on a balcony, in a buggy, for hours.
  { id: 'child.left-out', kind: 'child-at-risk', pattern: phrase(near(child, oneOf(`${oneOf('left', 'leaves', 'leave', 'leaving', 'shut', 'locked', 'put', 'strapped', 'stuck')} (?:\\S+ ){0,4}(?:on|out on|onto|outside on) (?:the|a|their|her|his) balcony`, 'on (?:the|a|their|her|his) balcony (?:\\S+ ){0,3}(?:alone|on (?:their|his|her|its) own|by (?:themselves|himself|herself|itself)|in the cold|in the rain|crying|screaming|with no (?:adult|one|grown up))', `strapped (?:in|into) (?:a|the|his|her|their) ${oneOf('buggy', 'pram', 'pushchair', 'high ?chair', 'car seat')} (?:\\S+ ){0,4}(?:for hours|all day|all night|alone|on (?:the|a) balcony|outside|unattended)`, '(?:no|without (?:an|any)) (?:adults?|grown ups?|parents?) (?:around|about|with (?:him|her|them)|in sight|watching)'), 8)), alsoNeeds: present(child) },
  // A child afraid to go home, or refusing to: fear of the home is a disclosure about it.
  { id: 'child.afraid-home', kind: 'child-at-risk', pattern: phrase(followedBy(child, oneOf('(?:scared|afraid|frightened|terrified|petrified|too scared) (?:\\S+ )?(?:to go|of going) (?:back )?home', '(?:will not|does not want to|do not want to|refuses to|begged not to|does not dare) (?:go|going) (?:back )?home'), 6)), vetoedBy: present(oneOf(adultAge, 'from (?:school|the park|the shops?|the bus|college|work|football)', 'in the dark', 'walk', 'walking', 'alone', 'on (?:his|her|their) own', 'bus')) },

  // Adult at risk
  // alsoNeeds repeats a concept of the pattern as a quick whole-message check: most messages fail it at once.
  { id: 'adult.harm', kind: 'adult-at-risk', pattern: phrase(near(oneOf(vulnerableAdult, 'he', 'she', 'they'), adultHarm, 8)), alsoNeeds: present(vulnerableAdult) },
  { id: adultInTroubleRule, kind: 'adult-at-risk', pattern: phrase(near(oneOf(vulnerableAdult, 'he', 'she', 'they'), adultInTrouble, 8)), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.carer', kind: 'adult-at-risk', pattern: phrase(near(carer, carerFails, 6)) },
  // A baby in a wet nappy is a child at risk ("son" alone may be the adult who neglects).
  { id: 'adult.care-neglect', kind: 'adult-at-risk', pattern: phrase(careNeglect), vetoedBy: present(oneOf('bab(?:y|ies|ys)', 'toddlers?', 'infants?', 'newborns?', 'little ones?', 'kids?', 'children', 'nappy', 'nappies')) },
  { id: 'adult.financial', kind: 'adult-at-risk', pattern: phrase(`${takesMoney} ${vulnerableMoney}`), alsoNeeds: present(vulnerableMoney) },
  { id: 'adult.signs', kind: 'adult-at-risk', pattern: phrase(oneOf('(?:looks?|looking|seems?|seemed|looked) (?:\\S+ ){0,2}(?:frightened|scared|terrified)', `${verb('take')} (?:all )?(?:his|her|their) money`)), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.cuckooing', kind: 'adult-at-risk', pattern: phrase(oneOf('cuckoo\\S*', `${verb('take')} over (?:his|her|their) (?:flat|house|home|place)`, `${verb('sell', 'deal')} (?:drugs )?(?:from|out of) (?:his|her|their) (?:flat|house|home|place)`, followedBy('(?:dealers?|gang|they|people|lads|men)', oneOf(`${verb('use')} (?:his|her|their) (?:flat|house|home|place)`, `${verb('move')} into (?:his|her|their) (?:flat|house|home|place)`), 3))) },
  // The resident's own home taken over, told by the one it happens to: drugs, a gang or fear named too, since "they moved into my flat"
  // alone may be family (caller trial 28, C28-26: dealers living and selling in the flat got the ambulance question).
  { id: 'adult.cuckooed', kind: 'adult-at-risk', pattern: phrase(oneOf(`${verb('take')} over (?:my|our) (?:flat|house|home|place)`, `${verb('sell', 'deal')} (?:drugs )?(?:from|out of) (?:my|our) (?:flat|house|home|place)`, followedBy('(?:dealers?|gang|they|people|lads|men|them)', oneOf(`${verb('use')} (?:my|our) (?:flat|house|home|place)`, `${verb('move')} (?:in(?:to)?|in to) (?:my|our) (?:flat|house|home|place)`, `${verb('stay', 'live')} (?:in|at) (?:my|our) (?:flat|house|home|place)`), 6))),
    alsoNeeds: present(oneOf('dealers?', 'dealing', 'drugs?', 'crack', 'heroin', 'county lines', 'gang', 'scared', 'afraid', 'frightened', 'terrified', 'threaten\\S*', '(?:will|would) not (?:leave|go)', 'can not get (?:them|him|rid)')) },
  // Anyone's home used for drugs is cuckooing when the message names someone vulnerable ("my disabled neighbour's flat").
  { id: 'adult.home-used', kind: 'adult-at-risk', pattern: phrase(`${verb('use')} (?:\\S+ ){0,3}(?:flat|house|home|place) (?:to|for) (?:sell|deal|store|stash|cook|hide|drugs)`), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.not-seen', kind: 'adult-at-risk', pattern: phrase(followedBy(oneOf('not (?:been )?seen', '(?:nobody|no one|noone) (?:has |have )?seen'), followedBy(oneOf(vulnerableAdult, 'older (?:man|woman|lady|gent|gentleman|neighbour|person|chap|couple)'), oneOf('for', 'in', 'since'), 5), 1)), ignoresNegation: true },
  // Days without heat for someone old or ill who lives apart from the resident is neglect; with the resident it is the emergency alone.
  { id: 'adult.no-heat', kind: 'adult-at-risk', pattern: phrase(followedBy(noHeat, 'for (?:\\d+|a|a few|several|two|three|four|five|six|over a|more than a) (?:days?|weeks?)', 4)), ignoresNegation: true, alsoNeeds: present(vulnerableAdult), vetoedBy: caredForByResident },
  // Pressing someone into signing or handing over money: "getting her to sign cheques", "talked him into handing over his savings".
  // Papers kept by whoever they work for: modern slavery, not homelessness ("my boss keeps my passport and makes me sleep at the car
  // wash" got the homelessness line: caller re-check 26b, N-2).
  { id: 'adult.papers-kept', kind: 'adult-at-risk', pattern: phrase(followedBy(verb('keep', 'take', 'hold', 'hide', 'have'), `(?:my|his|her|their|our) (?:passport|passports|id|documents|papers|visa|brp|residence permit)`, 0)),
    alsoNeeds: present(oneOf('boss', 'employer', 'work', 'works', 'working', 'job', 'wages?', 'pay', 'paid', 'owe', 'debt', 'car wash', 'factory', 'farm', 'nail bar', 'sleep (?:at|in) the', 'not allowed (?:to )?(?:leave|go out)', 'gang', 'agent')),
    vetoedBy: present(oneOf('renewal', 'renew', 'application', 'home office has', 'embassy', 'solicitor', 'for safe keeping')) },
  // Rape or sexual assault of the writer: "i was raped last night by someone i know" was asked about suicide (caller trial 28, C28-25).
  { id: 'domestic-abuse.sexual-assault', kind: 'domestic-abuse', pattern: phrase(oneOf(`(?:i|i am|i m|im) (?:was |have been |ve been |got |been )?(?:\\S+ )?(?:raped|sexually assaulted|sexually abused|spiked and (?:raped|assaulted|attacked))`, `${verb('rape')} me`, '(?:he|she|they|someone|somebody|a man|a guy) (?:\\S+ )?(?:raped|sexually assaulted|sexually abused) me', 'forced (?:me )?(?:to have )?sex (?:with|on) me', 'made me have sex')),
    vetoedBy: present(oneOf('film', 'book', 'story', 'novel', 'news', 'documentary', 'programme', 'tv', 'series', 'podcast', 'game')) },
  // Marriage forced, or planned abroad against someone's will (caller re-check 26b, N-1: the danger question, then the 101 line).
  // The child told of by someone else too: a sister of fifteen to be married is a child at risk, not the writer's own abuse.
  { id: 'child.forced-marriage', kind: 'child-at-risk', pattern: phrase(forcedMarriage), alsoNeeds: aChildIn, vetoedBy: notAboutMarriageNow },
  // Any marriage of someone under 18 is forced in law (England and Wales, since 2023): a wedding arranged for a child, or a child taken
  // abroad to marry, told by the child, a parent or a friend, got only the danger question (caller re-check 28b, R4-a).
  { id: 'child.marriage-of-a-child', kind: 'child-at-risk', pattern: phrase(childMarriage), alsoNeeds: aChildIn, vetoedBy: notAboutMarriageNow },
  { id: 'domestic-abuse.forced-marriage', kind: 'domestic-abuse', pattern: phrase(forcedMarriage), vetoedBy: notAboutMarriageNow },
  // Money and cards kept by someone else, with little left: "my nephew keeps my bank card and pension and I only get a few pounds a
  // week, I'm eighty eight" got the danger question, then the police welfare line (caller trial 25, C25-15).
  { id: 'adult.money-kept', kind: 'adult-at-risk', pattern: phrase(followedBy(verb('keep', 'hold', 'control', 'take', 'have'), `(?:all )?(?:of )?(?:my|her|his|their|nans|grans|mums|dads) (?:\\S+ )?(?:bank ?cards?|cards?|pension|pin|money|benefits|savings|post office card|cash)`, 0)),
    alsoNeeds: present(oneOf(`only (?:\\S+ ){0,3}(?:a few (?:quid|pounds)|\\d+ (?:quid|pounds)|£ ?\\d+|pocket money)`, '(?:gives|give|leaves|lets) (?:me|her|him|them) (?:\\S+ ){0,2}(?:a few (?:quid|pounds)|\\d+ (?:quid|pounds)|£ ?\\d+|nothing)', 'i am (?:[6-9]\\d|seventy|eighty|ninety)', '(?:he|she) is (?:[7-9]\\d)', 'dementia', 'will not (?:give|let) (?:me|her|him)', 'can not (?:get|buy|afford) (?:food|anything)')),
    vetoedBy: present(oneOf('appointee', 'power of attorney (?:for|to help)', 'direct debit', 'bills? for (?:me|her|him)', 'on my behalf', 'to help (?:me|her|him)')) },
  { id: 'adult.money-pressure', kind: 'adult-at-risk', pattern: phrase(followedBy(verb('get', 'make', 'force', 'pressure', 'pressurise', 'persuade', 'talk', 'trick', 'con', 'push', 'bully', 'coax', 'manipulate'), `(?:him|her|them|my \\S+|(?:the|our) (?:\\S+ )?(?:man|woman|lady|gent|neighbour)) (?:in)?to (?:\\S+ )?${oneOf('sign\\S*', 'hand\\S*', 'giv\\S*', 'transfer\\S*', 'withdraw\\S*', 'draw\\S* out', 'tak\\S* out', 'lend\\S*', 'send\\S*', 'pay\\S* (?:for|off)', 'chang\\S* (?:his|her|their) will')}`, 1)), alsoNeeds: present(oneOf('cheques?', 'checks', 'money', 'cash', 'savings', 'pension', 'benefits', 'bank', 'cards?', 'pin', 'loan', 'will', 'house', 'deeds', 'power of attorney', 'thousands', 'hundreds', '£?\\d+')), vetoedBy: present(oneOf('council tax', 'tenancy', 'direct debit', 'rent', 'landlord', 'form', 'petition')) },
  // An adult's money going to the people around them: "handing his money over to some lads".
  { id: 'adult.money-handed', kind: 'adult-at-risk', pattern: phrase(followedBy(verb('hand', 'give', 'pass', 'send'), `(?:over )?(?:all |most )?(?:of )?(?:his|her|their) (?:\\S+ )?${oneOf('money', 'cash', 'savings', 'pension', 'benefits', 'bank card', 'cards?', 'pin', 'wages')}(?: over)? to (?:\\S+ ){0,3}${oneOf('lads', 'men', 'boys', 'youths', 'gang', 'strangers', 'guys', 'blokes', 'people', 'friends', 'dealers?', 'lodgers?', 'nephew', 'them', 'they', 'some')}`, 1)), vetoedBy: present(oneOf('charity', 'church', 'pay the', 'bills?', 'rent', 'council', 'shop', 'post office')) },
  // Signs that someone living alone has not been up and about: milk on the step, post piling up, curtains not opened.
  { id: 'adult.welfare-signs', kind: 'adult-at-risk', pattern: phrase(oneOf(`(?:his|her|their|\\S+s) ${oneOf('milk', 'post', 'mail', 'letters', 'papers', 'newspapers', 'parcels', 'bins?')} (?:\\S+ ){0,3}${oneOf('piling up', 'piled up', 'building up', 'stacking up', 'not (?:been )?taken in', 'still (?:on|outside|at) (?:the|his|her|their) (?:step|doorstep|door|mat)', 'on the (?:door)?step for days', 'not (?:been )?(?:collected|moved|touched)')}`, `(?:milk|post|mail|papers|letters) (?:\\S+ ){0,2}not (?:been )?taken in`, `(?:his|her|their|\\S+s) curtains (?:\\S+ ){0,2}${oneOf('not (?:been )?(?:opened|drawn|moved)', 'have not moved', 'closed for days', 'shut for days', 'drawn for days', 'not opened')}`)), ignoresNegation: true, alsoNeeds: present(oneOf(vulnerableAdult, 'older (?:man|woman|lady|gent|gentleman|neighbour|person|chap)', 'lives (?:on (?:his|her|their) own|alone|by (?:himself|herself))', 'not (?:been )?seen', 'no answer', 'not answering', 'no one has seen', 'nobody has seen', 'worried', 'concerned', 'neighbour', 'next door')), vetoedBy: present(oneOf('my post', 'my milk', 'my mail', 'wrong address', 'junk mail', 'communal', 'bins? (?:not|were not|was not) (?:collected|emptied)')) },
  // Why: someone made to draw out cash ("makes her go to the cashpoint") is financial abuse; the resident doing a relative's banking is not.
  { id: 'adult.made-to-withdraw', kind: 'adult-at-risk', pattern: phrase(`(?<!(?:^|\\s)(?:i|we) )${verb('make', 'force', 'pressure', 'pressurise', 'bully', 'send', 'march', 'frogmarch')} (?:him|her|them|my \\S+|\\S+s) (?:\\S+ ){0,6}(?:cashpoint|cash machine|atm|withdraw\\S*|draw (?:\\S+ )?out|take (?:\\S+ )?out (?:cash|money))`), alsoNeeds: present(oneOf(vulnerableAdult, 'lodgers?', carer, 'nephew', 'grandson', 'new (?:friend|boyfriend|girlfriend)', 'mum', 'dad', 'mother', 'father')), vetoedBy: present(oneOf('i take', 'we take', 'for (?:her|him|them) (?:because|as|since)')) },
  // Why: someone moving in with an older person and then living off their money is the takeover pattern; spending one's own pension is not.
  // Why: an older person taken to draw cash out for someone else ("takes her to the bank to get cash out for him") is the money leaving them.
  { id: 'adult.cash-out-for', kind: 'adult-at-risk', pattern: phrase(followedBy(oneOf('cash', 'money', 'savings'), '(?:out )?for (?:him|them|her boyfriend|her friend|his friend|(?:the|some|these|those) (?:lads|men|boys|youths|gang|lodgers?|carers?|people|blokes))', 2)), alsoNeeds: present(oneOf(vulnerableAdult, 'lodgers?', carer)), vetoedBy: present(oneOf('i (?:take|get|draw)', 'we (?:take|get|draw)', 'christmas', 'birthday', 'present')) },
  { id: 'adult.moved-in-money', kind: 'adult-at-risk', pattern: phrase(`${verb('take', 'spend', 'use', 'control', 'drain', 'empty', 'keep')} (?:all |most |half )?(?:of )?(?:his|her|their) (?:\\S+ )?(?:money|pension|benefits|savings|bank cards?|cards?|cash|pin)`), alsoNeeds: new RegExp(String.raw`^(?=.*(?<!\S)${vulnerableAdult}(?!\S))(?=.*(?<!\S)(?:moved in|moving in|lodgers?|new (?:friend|boyfriend|girlfriend|partner|mate)|taking over|took over|taken over|stranger|some (?:bloke|man|woman|lad|guy))(?!\S))`, 'u') },
  // Signs told by a neighbour or a helper, of the Care Act's kinds, as a training author (T24) told them: a doorstep trader's bill for
  // a council tenant's roof, a carer and loan letters, "give me the card" through the ceiling; someone who is not seen, whose bin and
  // lights say so; an older person losing weight and the days; workers kept indoors, their phones held, a note asking for help.
  { id: 'adult.told-signs', kind: 'adult-at-risk', pattern: phrase(oneOf(
    'charged (?:her|him|them) (?:£ ?)?\\d+', 'rogue traders?', 'doorstep (?:crime|scam\\S*|traders?|sellers?)', 'letters from (?:\\S+ )?loan companies', '(?:loans?|credit cards?) (?:taken out )?in (?:her|his|their) name',
    'give me (?:the |your )?(?:\\S+ )?(?:card|money|pin|pension)',
    'lights (?:are |have been |were )?on (?:all )?day and night', 'bin (?:has been |is |s )?(?:still )?out since', 'car (?:has not|had not|hasn t) moved',
    'did not know what day it (?:was|is)', 'lost (?:loads of|a lot of|so much) weight',
    '(?:has|took|takes|keeps|kept|holds|collects) (?:all )?(?:their|her|his) (?:phones|passports|documents|id cards?|wages)', 'slipped me (?:a )?(?:note|bit of paper|piece of paper)',
    'never (?:seen (?:her|him|them) )?(?:leave|leaves|go out|goes out)(?: \\S+){0,4} on (?:her|his|their) own', '(?:seem to|seems to) live (?:upstairs|in the back|above the \\S+|at the \\S+)',
  )), ignoresNegation: true,
    alsoNeeds: present(oneOf(vulnerableAdult, 'carer', 'neighbour', 'next door', 'on (?:his|her|their) own', 'lives alone', 'girls', 'women', 'workers', 'lads', 'broken english', 'speak english', 'help', 'crying', 'council tenant')),
    vetoedBy: present(oneOf('my (?:phone|passport|card|wages)', 'my kids', 'my children', 'teenager', 'school', 'fine', 'penalty', 'parking', 'council tax', 'bailiffs?')) },
  { id: 'adult.worried', kind: 'adult-at-risk', pattern: phrase(followedBy(worriedAbout, vulnerableAdult, 5)), alsoNeeds: present(oneOf(adultHarm, adultInTrouble)) },
];
