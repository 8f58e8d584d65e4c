import { child, noHeat, notFamily, partner, pronoun, vulnerableAdult } from './concepts.js';
import { near, oneOf, phrase, present, followedBy, type Rule } from './rules.js';

export type SafeguardingFlag = 'domestic-abuse' | 'self-harm' | 'child-at-risk' | 'adult-at-risk';

/** When one message raises several, the reply speaks to the first of these. */
export const safeguardingPriority: readonly SafeguardingFlag[] = ['self-harm', 'child-at-risk', 'domestic-abuse', 'adult-at-risk'];

const me = oneOf('me', 'us', 'myself');
const harms = oneOf(
  'hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'beaten', 'punches', 'punched', 'punching', 'kicks', 'kicked', 'kicking',
  'slaps', 'slapped', 'slapping', 'strangles', 'strangled', 'strangling', 'chokes', 'choked', 'choking', 'pushes', 'pushed', 'pushing',
  'shoves', 'shoved', 'grabbed', 'grabs', 'attacks', 'attacked', 'attacking', 'assaults', 'assaulted', 'hurts', 'hurt', 'hurting',
  'abuses', 'abused', 'abusing', 'threatens', 'threatened', 'threatening', 'bullies', 'bullied', 'scares', 'scared', 'frightens',
  'terrifies', 'controls', 'controlled', 'controlling', 'stalks', 'stalked', 'stalking', 'raped', 'rapes', 'batters', 'battered',
  'beat up', 'beats up', 'beating up', 'knocks', 'knocked', 'throws things at', 'threw things at', 'throwing things at', 'spat at', 'spits at', 'locks', 'locked',
  'harass\\S*', 'intimidat\\S*', 'rapes', 'raping', 'sexually assaulted', 'burnt', 'burned', 'headbutted', 'dragged', 'stabbed', 'bit',
);
const abuseNamed = oneOf(
  'domestic abuse', 'domestic violence', 'domestic', 'coercive control', 'coercive', 'coercion', 'abusive (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex|marriage)',
  'in an abusive', 'violent (?:partner|relationship|husband|wife|boyfriend|girlfriend|ex)', 'fleeing', 'flee', 'fled', 'escape (?:from )?(?:him|her|my partner|my husband|my ex)',
  '(?:get|getting|run|running|hide|hiding|keep|safe) (?:away )?from (?:my )?' + partner + '(?! s)', 'women(?:s)? refuge', 'refuge', 'non molestation', 'injunction against', 'clares law', 'marac', 'idva',
);
/** A partner or relative described as violent ("my wife is violent towards me", "because of his violence"). */
const violent = oneOf('violent', 'violence', 'abusive', 'aggressive', 'physical with me', 'physically abusive', 'emotionally abusive', 'psychologically abusive', 'nasty with me');
const fear = oneOf('scared', 'afraid', 'frightened', 'terrified', 'petrified', 'fear', 'too scared', 'not safe', 'unsafe');
const control = oneOf(
  'will not let me', 'does not let me', 'never lets me', 'not allowed to', 'takes my (?:money|phone|bank card|card|benefits|wages|keys)',
  'took my (?:money|phone|bank card|card|benefits|wages|keys|passport)', 'checks my phone', 'tracks my phone', 'tracking my phone',
  'keeps me (?:in|locked|from)', 'locks me in', 'locked me in', 'isolat\\S*', 'controls (?:my|everything|all)', 'control (?:my|everything)',
  'monitors (?:my|where)', 'follows me', 'following me', 'turned up at my', 'keeps turning up', 'will not leave me alone',
);

// "suicide" and "suicidal" are listed in full as well, to give typo correction a target ("suicdal").
const selfHarmDirect = oneOf(
  'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it all', 'ending it all', 'end it', 'ending it', 'take my (?:own )?life',
  'taking my (?:own )?life', 'suicide', 'suicidal', 'suicid\\S*', 'self harm\\S*', 'selfharm\\S*', 'harm myself', 'harming myself', 'hurt myself', 'hurting myself',
  'cut myself', 'cutting myself', 'want to die', 'wanting to die', 'wish i was dead', 'wish i were dead', 'better off dead', 'better off without me',
  'no point (?:in )?(?:living|being alive|being here|going on|carrying on)', 'no reason to (?:live|go on|carry on)', 'nothing (?:left )?to live for',
  'not worth living', 'life is not worth', 'do not want to (?:live|be alive|be here|wake up|exist)(?! in| at| there| here anymore| near| with| next)',
  'do not want to be here (?:anymore|any more)(?! in| at)', 'can not go on (?:anymore|any more|living|like this anymore)', 'give up on life', 'given up on life',
  '(?:bottle|packet|box|handful|load|pile) of (?:pills|tablets|paracetamol) (?:next to|in front of|beside|by) me', 'take all my (?:pills|tablets)', 'take all the (?:pills|tablets)', 'stockpil\\S* (?:pills|tablets)', 'overdose', 'jump off', 'jump in front', 'hang myself',
  'disappear forever', 'not be here much longer', 'not (?:going to|gonna) be (?:here|around) (?:much longer|for long|tomorrow)',
  '(?:thoughts|thinking|thought) (?:of|about) (?:ending|taking) (?:it|things|my life|my own life|my self)', 'end(?:ing)? things(?! with| between| off)',
  '(?:go to sleep|fall asleep) and (?:not|never) wake up', 'never wake up again', 'do not want to wake up',
  '(?:taken|took|swallowed) (?:\\S+ )?(?:a load of|loads of|lots of|all my|all the|all of my|too many|a bunch of|a whole|a full|a packet of|a box of|a handful of|\\d+) (?:\\S+ )?(?:pills|tablets|paracetamol|painkillers|sleeping pills)(?! (?:to|back|into|in to|for|from|over|every|a day|daily|prescribed) )',
  '(?:got|have|saved up|saving up|collecting) (?:\\S+ )?(?:the |my |enough )?(?:pills|tablets) (?:ready|saved|to end)', 'say goodbye', 'goodbye to everyone', 'everyone would be better off',
);
/** "I could kill myself for forgetting the bin day": an idiom, not a disclosure. */
const selfHarmIdiom = present(oneOf('kill myself (?:laughing|for)', 'could have killed myself', 'end it (?:with|early|there|now with)', 'end it all the same', 'ending it (?:with|early)', 'suicide (?:squad|prevention training)', 'end my (?:tenancy|contract|lease|agreement)'));
const thirdPersonSelfHarm = oneOf('kill (?:himself|herself|themselves|themself)', 'end (?:his|her|their) life', 'take (?:his|her|their) (?:own )?life', 'harm(?:ing)? (?:himself|herself|themselves)', 'hurt(?:ing)? (?:himself|herself|themselves)', 'cut(?:ting)? (?:himself|herself|themselves)');

const childLeftAlone = oneOf(
  'left (?:alone|on (?:their|his|her) own|home alone|by (?:themselves|himself|herself)|unattended|in the (?:house|flat|car) (?:alone|on their own)|alone all)',
  'home alone', 'on (?:their|his|her|its) own all (?:day|night|the time)', 'on (?:their|his|her|its) own (?:at night|overnight|at midnight|late at night)',
  '(?:out|outside|wandering|walking) (?:\\S+ ){0,3}(?:alone|on (?:their|his|her|its) own) (?:at|in the middle of the) (?:night|midnight)', 'alone (?:at|in the middle of the) (?:night|midnight)',
);
const childNeglect = oneOf(
  'not (?:being )?fed', 'never fed', 'no food', 'never (?:\\S+ ){0,3}(?:any )?food', 'nothing to eat', 'always (?:filthy|hungry|starving|bruised)', 'look(?:s|ing)? (?:hungry|starving|neglected|scared|terrified)', 'starving', 'hungry all the time', 'always hungry', 'bruises', 'bruised', 'black eye', 'neglect\\S*',
  'crying for hours', 'crying all night', 'screaming for hours', 'dirty clothes', 'no shoes', 'no coats?', 'out (?:\\S+ ){0,4}(?:until|till|at) (?:midnight|late at night|\\d+ at night|\\d+ ?am|1[0-2] ?pm|1[0-2](?! ?am))', 'out (?:late|all night) (?:every|most|on their own|alone)', 'out at all hours', 'wandering (?:the streets|around at night|about at night)',
  'locked (?:in|out)', 'in danger', 'at risk of harm', 'not safe (?:with|around|at home|in that)', 'scared of (?:his|her|their) (?:dad|mum|father|mother|stepdad)',
  'groom\\S*', 'exploit\\S*', 'county lines', 'inappropriate\\S*', '(?:being |been )?(?:used|made|forced|paid) to (?:sell|deal|carry|run|hold|move) (?:drugs|stuff|packages|parcels)',
);
const childHarmVerb = oneOf(
  'hitting', 'hits', 'hit', 'beats', 'beating', 'beat', 'smacking', 'smacks', 'smacked', 'slapping', 'slaps', 'slapped', 'kicking', 'kicks', 'punching', 'punches',
  'abusing', 'abuses', 'abused', 'hurting', 'hurts', 'screaming at', 'shouting at', 'shaking', 'shakes', 'starving', 'burning', 'locking', 'neglecting', 'neglects', 'throwing',
);
const childHarmed = oneOf('hit', 'beaten', 'hurt', 'abused', 'neglected', 'starved', 'smacked', 'punched', 'kicked', 'slapped', 'locked in', 'locked out', 'groomed', 'exploited', 'touched', 'shaken', 'thrown');
const worriedAbout = oneOf('worried about', 'concerned about', 'concerns about', 'concern for', 'worried for', 'fear for', 'scared for', 'frightened for', 'worry about', 'worrying about', 'safeguarding', 'not right with');

const adultHarm = oneOf(
  'neglect\\S*', 'exploit\\S*', 'taking (?:his|her|their) (?:money|pension|benefits|cards?|bank card)', 'took (?:his|her|their) (?:money|pension|benefits|cards?)',
  'stealing (?:from )?(?:him|her|them|his|her|their)', 'steals (?:from )?(?:him|her|them)', 'financial\\S* abus\\S*', 'being abused', 'abusing (?:him|her|them)', 'abuse (?:him|her|them)',
  'cuckoo\\S*', 'taken over (?:his|her|their) (?:flat|house|home|place)', 'dealing (?:drugs )?from (?:his|her|their)', 'using (?:his|her|their) (?:flat|house|home|place)',
  'not (?:been )?seen (?:him|her|them )?(?:for|in) (?:days|a week|weeks|ages)', 'has not been seen', 'not seen (?:him|her|them) (?:for|in)', 'curtains (?:have been )?(?:closed|shut) for days',
  'not eating', 'no food', 'not been eating', 'living in (?:filth|squalor)', 'not coping (?:on (?:his|her|their) own|alone)', 'not looking after (?:himself|herself|themselves)',
  'wandering (?:the streets|outside|around at night|about at night|at night)', 'shouting at (?:him|her|them)', 'hitting (?:him|her|them)', 'rough with (?:him|her|them)', 'hurting (?:him|her|them)',
  'mistreat\\S*', 'ill ?treat\\S*', 'left (?:him|her|them) (?:alone|in|on|without)', 'scammed', 'being scammed', 'taken advantage', 'taking advantage', 'bullying (?:him|her|them)',
  'scared of (?:his|her|their) (?:carer|son|daughter|grandson|granddaughter|lodger|nephew)', 'in danger', 'at risk', 'unsafe', 'lying on the floor', 'fallen', 'no heating',
  'pressur\\S* (?:him|her|them) (?:into|to)', 'taking (?:all )?(?:his|her|their) (?:money|pension|benefits|savings)', '(?:seems|looks|seemed|looked) (?:really |very |so )?(?:scared|frightened|terrified)', 'people (?:keep )?coming and going',
  'wander\\S* (?:\\S+ ){0,2}(?:at night|in the night|the streets|outside|off|out)', 'not been seen', 'has not been seen', 'dirty clothes', 'soiled', 'unwashed', 'not (?:been )?washed', 'post (?:is )?piling up', 'milk (?:bottles )?piling up', 'curtains (?:are |have been )?(?:shut|closed|drawn)', 'not answering (?:the door|his phone|her phone|their phone)', 'made (?:him|her|them) sign', 'moved into (?:his|her|their)',
);
/** A resident who says they are a child: their own disclosure is about a child at risk. */
const youngResident = present(oneOf('i am (?:[5-9]|1[0-7])(?: years? old)?(?! (?:weeks|minutes|mins|days|months|hours|pounds|quid|percent|miles))', 'i am (?:a child|a kid|only a kid|a teenager|in year \\d+|at school|still at school)'));
const carer = oneOf('carer', 'carers', 'care worker', 'care workers', 'care staff', 'home help', 'care home staff', 'support worker');

export const safeguardingRules: readonly Rule<SafeguardingFlag>[] = [
  // Self-harm
  { id: 'self-harm.direct', kind: 'self-harm', pattern: phrase(selfHarmDirect), vetoedBy: selfHarmIdiom },
  { id: 'self-harm.no-point', kind: 'self-harm', ignoresNegation: true, pattern: phrase(oneOf('(?:see|what is) the point (?:in|of) (?:living|being alive|being here|going on|carrying on|life|anything anymore)', 'no reason (?:to|for) (?:living|being alive|me to live)', 'no will to live', 'lost the will to live')), vetoedBy: present(oneOf('lol', 'haha', 'bins?', 'queue', 'waiting list')) },
  { id: 'self-harm.other-person', kind: 'self-harm', pattern: phrase(thirdPersonSelfHarm) },
  { id: 'self-harm.cannot-go-on', kind: 'self-harm', pattern: phrase(oneOf('can not go on', 'can not do this anymore', 'can not take (?:it|this|any more|anymore)', 'can not cope anymore', 'had enough of (?:life|everything|living)', 'no way out', 'want (?:it all|everything|all of it|it) to (?:stop|end|be over)', 'tired of living', 'tired of life')), alsoNeeds: present(oneOf('life', 'living', 'alive', 'die', 'dead', 'hopeless', 'no point', 'nothing left', 'give up', 'tablets', 'pills', 'nobody cares', 'no one cares', 'alone', 'worthless', 'burden', 'end')) },

  // Domestic abuse
  { id: 'domestic-abuse.named', kind: 'domestic-abuse', pattern: phrase(abuseNamed), vetoedBy: present(oneOf('domestic (?:waste|bins?|rubbish|appliances?|properties|property|rates|water|boiler|heating|use|users|customers)', 'night refuge', 'refuge collection')) },
  { id: 'domestic-abuse.partner-harms', kind: 'domestic-abuse', pattern: phrase(followedBy(partner, followedBy(harms, me, 2), 3)) },
  { id: 'domestic-abuse.he-harms', kind: 'domestic-abuse', pattern: phrase(followedBy(pronoun, followedBy(harms, me, 2), 2)), vetoedBy: present(notFamily) },
  { id: 'domestic-abuse.harmed-by-partner', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('hit', 'beaten', 'hurt', 'attacked', 'assaulted', 'abused', 'threatened', 'strangled', 'raped', 'punched', 'kicked', 'pushed', 'slapped', 'bullied', 'controlled', 'battered', 'stalked'), followedBy('by', partner, 1), 2)) },
  { id: 'domestic-abuse.violent-partner', kind: 'domestic-abuse', pattern: phrase(oneOf(near(partner, violent, 4), followedBy(oneOf('his', 'her', '(?:he|she) is', '(?:he|she) (?:gets|can get|has been|was|turns|becomes)'), violent, 1))), vetoedBy: present(oneOf(notFamily, 'dog', 'dogs', 'game', 'games', 'film', 'tv', 'telly', 'video', 'videos')) },
  { id: 'domestic-abuse.first-person', kind: 'domestic-abuse', pattern: phrase(oneOf('i am (?:being|getting) (?:abused|hit|beaten|attacked|assaulted|raped)', 'i (?:have|had) been (?:abused|beaten|raped|strangled|assaulted)', 'i am in an? (?:abusive|violent|controlling)', 'i live with an? (?:abusive|violent|controlling)', 'living with an? (?:abusive|violent|controlling)')), vetoedBy: present(oneOf(notFamily, 'online', 'on the bus', 'street', 'work')) },
  { id: 'domestic-abuse.threat-if-leave', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('says', 'said', 'threatens', 'threatened', 'will'), oneOf('(?:he|she) (?:will|would|is going to) (?:kill|hurt|find|come after|take the kids)', 'kill me', 'hurt me'), 2)), alsoNeeds: present(partner) },
  { id: 'domestic-abuse.fear', kind: 'domestic-abuse', vetoedBy: present(notFamily), pattern: phrase(oneOf(followedBy(fear, oneOf('of (?:my )?' + partner, 'of (?:him|her)', 'to go (?:back )?home', 'to go back', 'at home', 'to be at home', 'in my own home', 'for my life'), 1), followedBy(fear, oneOf('what (?:he|she) (?:will|might|would) do', '(?:he|she) (?:will|might|is going to) (?:hurt|kill|find)'), 2))) },
  { id: 'domestic-abuse.control', kind: 'domestic-abuse', pattern: phrase(control), alsoNeeds: present(oneOf(partner, 'relationship', 'at home', 'we live together', 'living together', 'lives with (?:me|us)', 'moved in')) },
  { id: 'domestic-abuse.injury', kind: 'domestic-abuse', pattern: phrase(followedBy(oneOf('gave me', 'left me with', 'i have got', 'covered in'), oneOf('bruises', 'a black eye', 'black eyes', 'a split lip', 'a broken'), 1)) },

  // Child at risk
  { id: 'child.left-alone', kind: 'child-at-risk', pattern: phrase(near(child, childLeftAlone, 6)), alsoNeeds: present(child) },
  { id: 'child.neglect', kind: 'child-at-risk', pattern: phrase(near(child, childNeglect, 6)), alsoNeeds: present(child), vetoedBy: present(oneOf('mould', 'mold', 'damp', 'asthma', 'food waste', 'caddy', vulnerableAdult)) },
  { id: 'child.harmed-by', kind: 'child-at-risk', pattern: phrase(followedBy(childHarmVerb, child, 2)), vetoedBy: present(oneOf('balls?', 'football', 'my car', 'cars', 'windows?', 'door')) },
  { id: 'child.is-harmed', kind: 'child-at-risk', pattern: phrase(followedBy(child, oneOf('being', 'gets', 'getting', 'got', 'been', 'was', 'were', 'is', 'are', 'keeps getting') + ' ' + childHarmed, 3)) },
  { id: 'child.parent-harms', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('dad', 'mum', 'mom', 'father', 'mother', 'stepdad', 'stepmum', 'step dad', 'step mum', 'parents?', 'mums boyfriend', 'he', 'she', 'they'), followedBy(harms, oneOf('him', 'her', 'them'), 2), 2)), alsoNeeds: present(child) },
  { id: 'child.worried', kind: 'child-at-risk', pattern: phrase(followedBy(worriedAbout, child, 5)), vetoedBy: present(oneOf('mould', 'mold', 'damp', 'asthma', 'school', 'schools', 'admissions?', 'catchment', 'uniform', 'nursery', 'health', 'cold', 'heating', 'noise', 'safety of the (?:play|road|roads|street)', 'playground', 'play area', 'road', 'traffic')) },
  { id: 'child.lured', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('giving', 'gives', 'gave', 'offering', 'offers', 'offered', 'buying', 'buys', 'bought'), followedBy(child, oneOf('sweets', 'money', 'gifts', 'cigarettes', 'vapes', 'alcohol', 'drink', 'drugs', 'lifts', 'phones', 'presents'), 2), 1)), vetoedBy: present(oneOf('ice cream', 'christmas', 'birthday', 'halloween', 'trick or treat', 'easter')) },
  { id: 'child.left-by-parent', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf('leaves', 'leaving', 'left', 'leave'), followedBy(child, oneOf('alone', 'on (?:their|his|her|its) own', 'by (?:themselves|himself|herself|itself)', 'unattended', 'home alone', 'in the car'), 3), 2)) },
  { id: 'child.self-disclosure', kind: 'child-at-risk', pattern: phrase(followedBy(oneOf(partner, 'he', 'she', 'they'), followedBy(harms, me, 2), 3)), alsoNeeds: youngResident },
  { id: 'child.young-homeless', kind: 'child-at-risk', pattern: phrase(oneOf('kicked (?:me )?out', 'thrown (?:me )?out', 'threw me out', 'chucked (?:me )?out', 'nowhere to (?:go|sleep|stay)', 'homeless', 'sleeping rough', 'ran away from home', 'run away from home')), ignoresNegation: true, alsoNeeds: youngResident },
  { id: 'child.rough-handled', kind: 'child-at-risk', pattern: phrase('(?:grab\\S*|drag\\S*|yank\\S*|pull\\S*|shak\\S*|lift\\S*|threw|throw\\S*) (?!me )(?:\\S+ ){0,3}by (?:the|his|her|their) (?:neck|throat|hair)'), alsoNeeds: present(child) },
  { id: 'child.named', kind: 'child-at-risk', pattern: phrase(oneOf('child abuse', 'child neglect', 'child protection', 'child cruelty', 'nspcc', 'childline', 'children(?:s)? services', '(?:a |the )?child (?:\\S+ ){0,4}(?:is|are) being (?:abused|hurt|hit|neglected|harmed|groomed|exploited)', 'social services (?:about|for) (?:the|a|my|their) (?:child|kids?|children|baby)')) },

  // Adult at risk
  // alsoNeeds repeats a concept of the pattern as a quick whole-message check: most messages fail it at once.
  { id: 'adult.harm', kind: 'adult-at-risk', pattern: phrase(near(vulnerableAdult, adultHarm, 8)), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.carer', kind: 'adult-at-risk', pattern: phrase(near(carer, oneOf('hitting', 'hits', 'hit', 'shouting at', 'shouts at', 'stealing', 'steals', 'stole', 'rough', 'hurting', 'hurt', 'not feeding', 'neglect\\S*', 'abus\\S*', 'mistreat\\S*', 'bullying', 'slapped', 'pushed', 'left (?:him|her|them|my)', 'leaves? (?:him|her|them|my)', 'leaving (?:him|her|them|my)', 'dirty', 'soiled', 'unwashed', 'not washed', 'not turning up', 'never turns up', 'not coming'), 6)) },
  { id: 'adult.signs', kind: 'adult-at-risk', pattern: phrase(oneOf('(?:looks?|looking|seems?|seemed|looked) (?:\\S+ ){0,2}(?:frightened|scared|terrified)', 'taking (?:all )?(?:his|her|their) money')), alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.cuckooing', kind: 'adult-at-risk', pattern: phrase(oneOf('cuckoo\\S*', 'taken over (?:his|her|their) (?:flat|house|home|place)', followedBy('(?:dealers?|gang|they|people)', oneOf('using (?:his|her|their) (?:flat|house|home|place)', 'moved into (?:his|her|their) (?:flat|house)', 'taken over (?:his|her|their)'), 3))) },
  { id: 'adult.not-seen', kind: 'adult-at-risk', pattern: phrase(followedBy(oneOf('not (?:been )?seen', '(?:nobody|no one|noone) (?:has |have )?seen'), followedBy(vulnerableAdult, oneOf('for', 'in', 'since'), 5), 1)), ignoresNegation: true },
  { id: 'adult.no-heat', kind: 'adult-at-risk', pattern: phrase(noHeat), ignoresNegation: true, alsoNeeds: present(vulnerableAdult) },
  { id: 'adult.worried', kind: 'adult-at-risk', pattern: phrase(followedBy(worriedAbout, vulnerableAdult, 5)), alsoNeeds: present(adultHarm) },
];
