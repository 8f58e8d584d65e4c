import { child, intimatePartner, noHeat, notFamily, partner, pronoun, vulnerableAdult } from './concepts.js';
import { near, oneOf, phrase, present, followedBy, verb, type Rule } from './rules.js';

export type SafeguardingFlag = 'domestic-abuse' | 'self-harm' | 'child-at-risk' | 'adult-at-risk';

/** When one message raises several, the reply speaks to the first of these. */
export const safeguardingPriority: readonly SafeguardingFlag[] = ['self-harm', 'child-at-risk', 'domestic-abuse', 'adult-at-risk'];

const me = oneOf('me', 'us', 'myself');
/** The resident's brother or sister, as the object of harm done to a child in the family. */
const sibling = '(?:my|our) (?:little |younger |baby |big |older )?(?:brother|sister|bro|sis)';
const harms = oneOf(
  verb(
    'hit', 'beat', 'punch', 'kick', 'slap', 'smack', 'strangle', 'choke', 'suffocate', 'push', 'shove', 'grab', 'attack', 'assault', 'hurt',
    'abuse', 'threaten', 'bully', 'scare', 'frighten', 'terrify', 'control', 'stalk', 'rape', 'batter', 'knock', 'lock', 'burn', 'headbutt',
    'drag', 'stab', 'bite', 'harass', 'intimidate',
  ),
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
const separation = oneOf('if i (?:ever )?(?:leave|left|try to leave|end it)', `${verb('leave', 'dump')} (?:him|her)`, 'split up', `${verb('break')} up`);
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
const threatenedHarm = oneOf('kill', 'hurt', 'find', 'come after', 'get me', 'burn', 'ruin', 'take (?:the|my|our) (?:kids|children|baby|son|daughter)', 'make (?:sure|my life)', 'never see');

/** "End it" is about the resident's life only when they say they mean to ("I just want to end it"), not "how do I end it" of a contract. */
const endIt = followedBy(oneOf('want to', 'going to', 'gonna', 'i will', 'i would', 'i could', 'just', 'thinking (?:of|about)', 'think about', 'ready to', 'decided to', 'plan to', 'planning to', 'about to', 'tempted to'), `${verb('end')} it`, 1);
/** What someone may jump or be thrown from. */
const height = oneOf('bridges?', 'balcony', 'balconies', 'roofs?', 'buildings?', 'cliffs?', 'tower(?: block)?', 'block', 'flats', 'multi storey', 'car park', 'windows?', 'the top', '(?:\\d+(?:st|nd|rd|th)|top) floor', 'ledge');
// "suicide" and "suicidal" are listed in full as well, to give typo correction a target ("suicdal").
const selfHarmDirect = oneOf(
  `${verb('kill', 'hang', 'drown', 'starve', 'poison')} myself`, `${verb('end')} my life`, `${verb('end')} it all`, `${verb('take')} my (?:own )?life`, 'suicide', 'suicidal', 'suicid\\S*', 'self harm\\S*', 'selfharm\\S*', 'harm myself', 'harming myself', 'hurt myself', 'hurting myself',
  'cut myself', 'cutting myself', 'want to die', 'wanting to die', 'would rather (?:die|be dead)', 'wish i was dead', 'wish i were dead', 'better off dead', 'better off without me',
  'no point (?:in )?(?:living|being alive|being here|going on|carrying on|anything (?:anymore|any more))', 'no reason to (?:live|go on|carry on)', 'nothing (?:left )?to live for',
  'not worth living', 'life is not worth', 'do not want to (?:live|be alive|be here|wake up|exist)(?! in| at| there| here anymore| near| with| next)',
  'do not want to be here (?:anymore|any more)(?! in| at)', 'can not go on (?:anymore|any more|living|like this anymore)', 'give up on life', 'given up on life',
  '(?:bottle|packet|box|handful|load|pile) of (?:pills|tablets|paracetamol) (?:next to|in front of|beside|by) me', 'take all my (?:pills|tablets)', 'take all the (?:pills|tablets)', 'stockpil\\S* (?:my |the )?(?:pills|tablets|meds|medication|paracetamol)', 'overdose',
  `${verb('jump', 'throw')} (?:myself )?(?:off|from) (?:\\S+ ){0,2}${height}`, `${verb('jump', 'throw', 'step', 'walk')} (?:myself )?(?:in front of|under) (?:a|the) (?:\\S+ )?(?:train|bus|lorry|car|truck)`,
  'disappear forever', 'not be here much longer', 'not (?:going to|gonna) be (?:here|around) (?:much longer|for long|tomorrow)',
  '(?:thoughts|thinking|thought) (?:of|about) (?:ending|taking) (?:it|things|my life|my own life|my self)', 'end(?:ing)? things(?! with| between| off)',
  '(?:go to sleep|fall asleep) and (?:not|never) wake up', 'never wake up again', 'do not want to wake up',
  '(?:taken|took|swallowed) (?:\\S+ )?(?:a load of|loads of|lots of|all my|all the|all of my|too many|a bunch of|a whole|a full|a packet of|a box of|a handful of|\\d+) (?:\\S+ )?(?:pills|tablets|paracetamol|painkillers|sleeping pills)(?! (?:to|back|into|in to|for|from|over|every|a day|daily|prescribed) )',
  '(?:got|have|saved up|saving up|collecting) (?:\\S+ )?(?:the |my |enough )?(?:pills|tablets) (?:ready|saved|to end)', 'say goodbye', 'goodbye to everyone', 'everyone would be better off',
);
/** "I could kill myself for forgetting the bin day": an idiom, not a disclosure. */
const selfHarmIdiom = oneOf('kill myself (?:laughing|for)', 'could have killed myself', 'end it (?:with|early|there|now with)', 'end it all the same', 'ending it (?:with|early)', 'suicide (?:squad|prevention training)', 'end my (?:tenancy|contract|lease|agreement)', '(?:hurt|cut|burnt|burned) myself (?:on|falling|tripping|slipping|cooking|shaving|at work|when i fell)');
/** Things a resident may end that are not their life. */
const endableThing = oneOf('tenancy', 'lease', 'contract', 'agreement', 'garage', 'subscription', 'direct debit', 'permit', 'account', 'membership', 'booking', 'claim', 'complaint', 'relationship', 'call', 'chat', 'conversation', 'argument', 'dispute', 'rental', 'rent');
const thirdPersonSelfHarm = oneOf(`${verb('kill', 'harm', 'hurt', 'cut', 'hang')} (?:himself|herself|themselves|themself)`, `${verb('end')} (?:his|her|their) life`, `${verb('take')} (?:his|her|their) (?:own )?life`);

const childLeftAlone = oneOf(
  'left (?:alone|on (?:their|his|her) own|home alone|by (?:themselves|himself|herself)|unattended|in the (?:house|flat|car) (?:alone|on their own)|alone all)',
  'home alone', 'on (?:their|his|her|its) own all (?:day|night|the time)', 'on (?:their|his|her|its) own (?:at night|overnight|at midnight|late at night)',
  '(?:out|outside|wandering|walking) (?:\\S+ ){0,3}(?:alone|on (?:their|his|her|its) own) (?:at|in the middle of the) (?:night|midnight)', 'alone (?:at|in the middle of the) (?:night|midnight)',
);
const childNeglect = oneOf(
  'not (?:being )?fed', 'never fed', 'no food', 'never (?:\\S+ ){0,3}(?:any )?food', 'nothing to eat', 'always (?:filthy|hungry|starving|bruised)', 'look(?:s|ing)? (?:hungry|starving|neglected|scared|terrified)', 'starving', 'hungry all the time', 'always hungry', 'bruises', 'bruised', 'black eye', 'neglect\\S*',
  'crying for hours', 'crying all night', 'screaming for hours', 'dirty clothes', '(?:dirty|soiled|wet|same) nappy', 'no shoes', 'no coats?', 'out (?:\\S+ ){0,4}(?:until|till|at) (?:midnight|late at night|\\d+ at night|\\d+ ?am|1[0-2] ?pm|1[0-2](?! ?am))', 'out (?:late|all night) (?:every|most|on their own|alone)', 'out at all hours', 'wandering (?:the streets|around at night|about at night)',
  'locked (?:in|out)', 'in danger', 'at risk of harm', 'not safe (?:with|around|at home|in that)', 'scared of (?:his|her|their) (?:dad|mum|father|mother|stepdad)',
  'groom\\S*', 'exploit\\S*', 'county lines', 'inappropriate\\S*', '(?:being |been )?(?:used|made|forced|paid) to (?:sell|deal|carry|run|hold|move) (?:drugs|stuff|packages|parcels)',
);
/** Harm done to a child; "neglected by her son" makes the child the one who harms, so the rule skips a following "by". */
const childHarmVerb = oneOf(verb('hit', 'beat', 'smack', 'slap', 'kick', 'punch', 'abuse', 'hurt', 'shake', 'starve', 'burn', 'lock', 'neglect', 'throw', 'touch'), 'screaming at', 'shouting at');
const childHarmed = oneOf('hit', 'beaten', 'hurt', 'abused', 'neglected', 'starved', 'smacked', 'punched', 'kicked', 'slapped', 'locked in', 'locked out', 'groomed', 'exploited', 'touched', 'shaken', 'thrown');
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

const adultHarm = oneOf(
  'neglect\\S*', 'exploit\\S*', `${verb('take', 'steal')} (?:all )?(?:of )?(?:his|her|their) (?:money|pension|benefits|cards?|bank card|savings)`,
  'stealing (?:from )?(?:him|her|them|his|her|their)', 'steals (?:from )?(?:him|her|them)', 'financial\\S* abus\\S*', 'being abused', 'abusing (?:him|her|them)', 'abuse (?:him|her|them)',
  'cuckoo\\S*', `${verb('take')} over (?:his|her|their) (?:flat|house|home|place)`, 'dealing (?:drugs )?from (?:his|her|their)', `${verb('use')} (?:his|her|their) (?:flat|house|home|place|bank card|cards?)`,
  'being (?:bullied|hit|hurt|threatened|pushed around|exploited|mistreated|robbed|used)', `${verb('get')} lost`,
  'not (?:been )?seen (?:him|her|them )?(?:for|in) (?:days|a week|weeks|ages)', 'has not been seen', 'not seen (?:him|her|them) (?:for|in)', 'curtains (?:have been )?(?:closed|shut) for days',
  'not eating', 'no food(?! waste| bin| caddy)', 'not been eating', '(?:not|never) (?:got|have|has|had) (?:any )?food', 'nothing to eat', 'living in (?:filth|squalor)', 'not coping (?:on (?:his|her|their) own|alone)', 'not looking after (?:himself|herself|themselves)',
  'wandering (?:the streets|outside|around at night|about at night|at night)', 'shouting at (?:him|her|them)', 'hitting (?:him|her|them)', 'rough with (?:him|her|them)', 'hurting (?:him|her|them)',
  'mistreat\\S*', 'ill ?treat\\S*', 'left (?:him|her|them) (?:alone|in|on|without)', 'scammed', 'being scammed', 'taken advantage', 'taking advantage', 'bullying (?:him|her|them)',
  'scared of (?:his|her|their) (?:carer|son|daughter|grandson|granddaughter|lodger|nephew)', 'in danger', 'at risk', 'unsafe', 'lying on the floor', 'fallen(?! behind| out| asleep| for| in love| pregnant)',
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
/** A resident who says they are a child: their own disclosure is about a child at risk. */
const youngResident = present(oneOf('i am (?:[5-9]|1[0-7])(?: years? old)?(?! (?:weeks|minutes|mins|days|months|hours|pounds|quid|percent|miles))', 'i am (?:a child|a kid|only a kid|a teenager|in year \\d+|at school|still at school)'));
const carer = oneOf('carers?', 'care workers?', 'care staff', 'home help', 'care home staff', 'support workers?', 'home carers?');
/** A carer who has stopped coming or comes and does not care. */
const carerFails = oneOf(
  verb('hit'), 'shouting at', 'shouts at', verb('steal'), 'rough', verb('hurt'), 'not feeding', 'neglect\\S*', 'abus\\S*', 'mistreat\\S*', 'bullying', 'slapped', 'pushed',
  `${verb('leave')} (?:him|her|them|my)`, 'dirty', 'soiled', 'unwashed', 'not washed',
  `(?:${verb('stop')}|not|never|no longer) (?:been )?(?:coming|come|comes|visiting|turning up|turn up|turns up|calling)`, 'not been (?:round|in|for|since)', `${verb('miss')} (?:\\S+ )?(?:visits|calls|appointments)`,
);

export const safeguardingRules: readonly Rule<SafeguardingFlag>[] = [
  // Self-harm
  { id: 'self-harm.direct', kind: 'self-harm', pattern: phrase(selfHarmDirect), vetoedBy: present(selfHarmIdiom) },
  { id: 'self-harm.end-it', kind: 'self-harm', pattern: phrase(endIt), vetoedBy: present(oneOf(selfHarmIdiom, endableThing)) },
  { id: 'self-harm.no-point', kind: 'self-harm', ignoresNegation: true, pattern: phrase(oneOf('(?:see|what is) the point (?:in|of) (?:living|being alive|being here|going on|carrying on|life|anything anymore)', 'no reason (?:to|for) (?:living|being alive|me to live)', 'no will to live', 'lost the will to live')), vetoedBy: present(oneOf('lol', 'haha', 'bins?', 'queue', 'waiting list')) },
  { id: 'self-harm.other-person', kind: 'self-harm', pattern: phrase(thirdPersonSelfHarm) },
  { id: 'self-harm.cannot-go-on', kind: 'self-harm', pattern: phrase(oneOf('can not go on', 'can not do this anymore', 'can not take (?:it|this|any more|anymore)', 'can not cope anymore', 'had enough of (?:life|everything|living)', 'no way out', 'want (?:it all|everything|all of it|it) to (?:stop|end|be over)', 'tired of living', 'tired of life', '(?:can not|do not) see (?:a|any) way out', 'want to disappear')), alsoNeeds: present(oneOf('life', 'living', 'alive', 'die', 'dead', 'hopeless', 'no point', 'nothing left', 'give up', 'tablets', 'pills', 'nobody cares', 'no one cares', 'alone', 'worthless', 'burden', 'end', 'tired of (?:everything|it all)', 'anymore', 'any more', 'no hope', 'desperate')) },

  // Domestic abuse
  { id: 'domestic-abuse.named', kind: 'domestic-abuse', pattern: phrase(abuseNamed), vetoedBy: present(oneOf('domestic (?:waste|bins?|rubbish|appliances?|properties|property|rates|water|boiler|heating|use|users|customers)', 'night refuge', 'refuge collection')) },
  { id: 'domestic-abuse.partner-harms', kind: 'domestic-abuse', pattern: phrase(followedBy(partner, followedBy(harms, me, 2), 5)) },
  { id: 'domestic-abuse.he-harms', kind: 'domestic-abuse', pattern: phrase(followedBy(pronoun, followedBy(harms, me, 2), 2)), vetoedBy: present(notFamily) },
  { id: 'domestic-abuse.harmed-by-partner', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('hit', 'beaten', 'hurt', 'attacked', 'assaulted', 'abused', 'threatened', 'strangled', 'raped', 'punched', 'kicked', 'pushed', 'slapped', 'bullied', 'controlled', 'battered', 'stalked'), followedBy('by', partner, 1), 2)) },
  { id: 'domestic-abuse.violent-partner', kind: 'domestic-abuse', pattern: phrase(oneOf(near(partner, violent, 4), followedBy(oneOf('his', 'her', '(?:he|she) is', '(?:he|she) (?:gets|can get|has been|was|turns|becomes)'), violent, 1))), vetoedBy: present(oneOf(notFamily, 'dog', 'dogs', 'game', 'games', 'film', 'tv', 'telly', 'video', 'videos')) },
  { id: 'domestic-abuse.first-person', kind: 'domestic-abuse', pattern: phrase(oneOf('i am (?:being|getting) (?:abused|hit|beaten|attacked|assaulted|raped)', 'i (?:have|had) been (?:abused|beaten|raped|strangled|assaulted)', 'i am in an? (?:abusive|violent|controlling)', 'i live with an? (?:abusive|violent|controlling)', 'living with an? (?:abusive|violent|controlling)')), vetoedBy: present(oneOf(notFamily, 'online', 'on the bus', 'street', 'work')) },
  { id: 'domestic-abuse.threat-if-leave', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf(verb('say', 'threaten', 'tell', 'warn'), 'will'), oneOf(`(?:he|she) (?:will|would|is going to|is gonna) (?:\\S+ )?${threatenedHarm}`, 'kill me', 'hurt me'), 5)), alsoNeeds: present(relationship) },
  // A partner's or ex's threats and stalking, by message or in person.
  { id: 'domestic-abuse.stalking', kind: 'domestic-abuse', pattern: phrase(stalking), alsoNeeds: present(exPartner), vetoedBy: present(notFamily) },
  { id: 'domestic-abuse.fear', kind: 'domestic-abuse', vetoedBy: present(notFamily), pattern: phrase(oneOf(followedBy(fear, oneOf('of (?:my )?' + partner, 'of (?:him|her)', 'to go (?:back )?home', 'to go back', 'at home', 'to be at home', 'in my own home', 'for my life'), 1), followedBy(fear, oneOf('what (?:he|she) (?:will|might|would) do', '(?:he|she) (?:will|might|is going to) (?:hurt|kill|find)'), 2))) },
  { id: 'domestic-abuse.control', kind: 'domestic-abuse', pattern: phrase(control), alsoNeeds: present(relationship) },
  { id: 'domestic-abuse.injury', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('gave me', 'left me with', 'i have got', 'covered in'), oneOf('bruises', 'a black eye', 'black eyes', 'a split lip', 'a broken'), 1)) },

  // Child at risk
  { id: 'child.left-alone', kind: 'child-at-risk', pattern: phrase(near(child, childLeftAlone, 6)), alsoNeeds: present(child) },
  { id: 'child.neglect', kind: 'child-at-risk', pattern: phrase(near(child, childNeglect, 6)), alsoNeeds: present(child), vetoedBy: present(oneOf('mould', 'mold', 'damp', 'asthma', 'food waste', 'caddy', vulnerableAdult)) },
  { id: 'child.harmed-by', kind: 'child-at-risk', pattern: phrase(followedBy(`${childHarmVerb}(?! by )`, child, 2)), vetoedBy: present(oneOf('balls?', 'football', 'my car', 'cars', 'windows?', '(?:my|the|our|front|back) doors?')) },
  { id: 'child.is-harmed', kind: 'child-at-risk', pattern: phrase(followedBy(child, oneOf('being', 'gets', 'getting', 'got', 'been', 'was', 'were', 'is', 'are', 'keeps getting') + ' ' + childHarmed, 3)) },
  { id: 'child.parent-harms', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('dad', 'mum', 'mom', 'father', 'mother', 'stepdad', 'stepmum', 'step dad', 'step mum', 'parents?', '(?:mums|dads) (?:boyfriend|girlfriend|partner)', 'boyfriend', 'uncle', 'he', 'she', 'they'), followedBy(childHarms, oneOf('him', 'her', 'them', sibling), 2), 2)), alsoNeeds: present(child), vetoedBy: present(adultAge) },
  // "Her mum's boyfriend" names a child's household without a child word: who else has a mum with a boyfriend.
  { id: 'child.parents-partner', kind: 'child-at-risk', pattern: phrase(followedBy('(?:his|her|their) (?:mums|moms|mothers|dads|fathers) (?:new )?(?:boyfriend|girlfriend|partner|fella|husband|wife)', followedBy(childHarms, oneOf('him', 'her', 'them'), 2), 2)), alsoNeeds: present('(?:mums|moms|mothers|dads|fathers)'), vetoedBy: present(adultAge) },
  { id: 'child.exploitation', kind: 'child-at-risk', pattern: phrase(exploitationSign), alsoNeeds: present(child), vetoedBy: present(adultAge) },
  { id: 'child.missing', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf(child, 'he', 'she', 'who'), `${verb('go')} missing`, 3)), alsoNeeds: present('missing'), vetoedBy: present(oneOf(lostThing, adultAge)) },
  { id: 'child.worried', kind: 'child-at-risk', pattern: phrase(followedBy(worriedAbout, child, 5)), vetoedBy: present(oneOf('mould', 'mold', 'damp', 'asthma', 'school', 'schools', 'admissions?', 'catchment', 'uniform', 'nursery', 'health', 'cold', 'heating', 'noise', 'safety of the (?:play|road|roads|street)', 'playground', 'play area', 'road', 'traffic')) },
  { id: 'child.lured', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('giving', 'gives', 'gave', 'offering', 'offers', 'offered', 'buying', 'buys', 'bought'), followedBy(child, oneOf('sweets', 'money', 'gifts', 'cigarettes', 'vapes', 'alcohol', 'drink', 'drugs', 'lifts', 'phones', 'presents'), 2), 1)), vetoedBy: present(oneOf('ice cream', 'christmas', 'birthday', 'halloween', 'trick or treat', 'easter')) },
  { id: 'child.left-by-parent', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('leaves', 'leaving', 'left', 'leave'), followedBy(child, oneOf('alone', 'on (?:their|his|her|its) own', 'by (?:themselves|himself|herself|itself)', 'unattended', 'home alone', 'in the car'), 3), 2)) },
  { id: 'child.self-disclosure', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf(partner, 'he', 'she', 'they'), followedBy(childHarms, me, 2), 3)), alsoNeeds: youngResident },
  { id: 'child.young-homeless', kind: 'child-at-risk', pattern: phrase(oneOf('kicked (?:me )?out', 'thrown (?:me )?out', 'threw me out', 'chucked (?:me )?out', 'nowhere to (?:go|sleep|stay)', 'homeless', 'sleeping rough', 'ran away from home', 'run away from home')), ignoresNegation: true, alsoNeeds: youngResident },
  { id: 'child.rough-handled', kind: 'child-at-risk', pattern: phrase('(?:grab\\S*|drag\\S*|yank\\S*|pull\\S*|shak\\S*|lift\\S*|threw|throw\\S*) (?!me )(?:\\S+ ){0,3}by (?:the|his|her|their) (?:neck|throat|hair)'), alsoNeeds: present(child) },
  { id: 'child.named', kind: 'child-at-risk', pattern: phrase(oneOf('child abuse', 'child neglect', 'child protection', 'child cruelty', 'nspcc', 'childline', 'children(?:s)? services', '(?:a |the )?child (?:\\S+ ){0,4}(?:is|are) being (?:abused|hurt|hit|neglected|harmed|groomed|exploited)', 'social services (?:about|for) (?:the|a|my|their) (?:child|kids?|children|baby)')) },

  // Adult at risk
  // alsoNeeds repeats a concept of the pattern as a quick whole-message check: most messages fail it at once.
  { id: 'adult.harm', kind: 'adult-at-risk', pattern: phrase(near(oneOf(vulnerableAdult, 'he', 'she', 'they'), adultHarm, 8)), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.carer', kind: 'adult-at-risk', pattern: phrase(near(carer, carerFails, 6)) },
  // A baby in a wet nappy is a child at risk ("son" alone may be the adult who neglects).
  { id: 'adult.care-neglect', kind: 'adult-at-risk', pattern: phrase(careNeglect), vetoedBy: present(oneOf('bab(?:y|ies|ys)', 'toddlers?', 'infants?', 'newborns?', 'little ones?', 'kids?', 'children', 'nappy', 'nappies')) },
  { id: 'adult.financial', kind: 'adult-at-risk', pattern: phrase(`${takesMoney} ${vulnerableMoney}`), alsoNeeds: present(vulnerableMoney) },
  { id: 'adult.signs', kind: 'adult-at-risk', pattern: phrase(oneOf('(?:looks?|looking|seems?|seemed|looked) (?:\\S+ ){0,2}(?:frightened|scared|terrified)', `${verb('take')} (?:all )?(?:his|her|their) money`)), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.cuckooing', kind: 'adult-at-risk', pattern: phrase(oneOf('cuckoo\\S*', `${verb('take')} over (?:his|her|their) (?:flat|house|home|place)`, `${verb('sell', 'deal')} (?:drugs )?(?:from|out of) (?:his|her|their) (?:flat|house|home|place)`, followedBy('(?:dealers?|gang|they|people|lads|men)', oneOf(`${verb('use')} (?:his|her|their) (?:flat|house|home|place)`, `${verb('move')} into (?:his|her|their) (?:flat|house|home|place)`), 3))) },
  // Anyone's home used for drugs is cuckooing when the message names someone vulnerable ("my disabled neighbour's flat").
  { id: 'adult.home-used', kind: 'adult-at-risk', pattern: phrase(`${verb('use')} (?:\\S+ ){0,3}(?:flat|house|home|place) (?:to|for) (?:sell|deal|store|stash|cook|hide|drugs)`), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.not-seen', kind: 'adult-at-risk', pattern: phrase(followedBy(oneOf('not (?:been )?seen', '(?:nobody|no one|noone) (?:has |have )?seen'), followedBy(vulnerableAdult, oneOf('for', 'in', 'since'), 5), 1)), ignoresNegation: true },
  // Days without heat for someone old or ill who lives apart from the resident is neglect; with the resident it is the emergency alone.
  { id: 'adult.no-heat', kind: 'adult-at-risk', pattern: phrase(followedBy(noHeat, 'for (?:\\d+|a|a few|several|two|three|four|five|six|over a|more than a) (?:days?|weeks?)', 4)), ignoresNegation: true, alsoNeeds: present(vulnerableAdult), vetoedBy: caredForByResident },
  { id: 'adult.worried', kind: 'adult-at-risk', pattern: phrase(followedBy(worriedAbout, vulnerableAdult, 5)), alsoNeeds: present(adultHarm) },
];
