import { cannot, noHeat, vulnerableToCold } from './concepts.js';
import { near, oneOf, phrase, present, followedBy, verb, type Rule } from './rules.js';

export type EmergencyKind =
  | 'gas'
  | 'carbon-monoxide'
  | 'fire'
  | 'danger-to-life'
  | 'water-electrics'
  | 'flooding'
  | 'power-loss'
  | 'electrical-hazard'
  | 'insecure-home'
  | 'sewage'
  | 'structural'
  | 'no-heat-vulnerable'
  | 'damp-health'
  | 'homeless-tonight';

/** When one message has several, the reply leads with the first of these. */
export const emergencyPriority: readonly EmergencyKind[] = [
  'fire', 'gas', 'carbon-monoxide', 'danger-to-life', 'water-electrics', 'electrical-hazard', 'structural', 'flooding',
  'sewage', 'damp-health', 'power-loss', 'insecure-home', 'no-heat-vulnerable', 'homeless-tonight',
];

const smell = oneOf('smell', 'smells', 'smelling', 'smelt', 'smelled', 'smelly', 'stink', 'stinks', 'stinking', 'stench', 'whiff', 'odour', 'odor', 'reek', 'reeks', 'reeking', 'pong', 'niff', 'fumes');
const gas = oneOf('gas(?! boiler| combi| fire| heater| meter cupboard| bill| engineer| safety)', 'gassy', 'gases', 'lpg', 'propane', 'butane');
const leak = oneOf('leak', 'leaks', 'leaking', 'leaked', 'leakage', 'escape', 'escaping', 'escaped', 'seeping');
const gasFitting = oneOf('meter', 'gas meter', 'gas pipe', 'gas pipes', 'cooker', 'hob', 'gas fire', 'gas supply', 'gas tap');

// "The fumes detector thing is going off" (caller trial 13).
const carbonMonoxide = oneOf('carbon monoxide', 'monoxide', 'co', 'co2', 'carbon', 'fumes?');
// "The carbon monoxide thing on the wall is screaming": callers name the device any way (caller re-trial 12b).
// Or by its maker's name, as fitted by gas engineers ("the FireAngel on the landing is flashing CO").
const alarm = oneOf('alarm', 'alarms', 'detector', 'detectors', 'sensor', 'monitor', 'thing', 'box', 'gadget', 'device', 'unit', 'tester', 'kidde', 'fire ?angel', 'aico', 'firehawk', 'x ?sense', 'nest protect');
const sounding = oneOf(
  'going off', 'gone off', 'went off', 'goes off', 'going of', 'gone of', 'went of', 'keeps going', 'beeping', 'beeps', 'beeped', 'bleeping', 'sounding',
  'sounded', 'ringing', 'screaming', 'screeching', 'flashing', 'triggered', 'activated', 'alarming', 'wailing', 'blaring',
  'will not stop', 'not stopping', 'red light', 'going (?:absolutely |completely |totally )?(?:mad|crazy|nuts|berserk)',
  'squealing', 'shrieking', 'squawking',
);
/** A chirp is also how an alarm asks for a battery: the alarm's, unless a battery or a test is named. */
const chirping = oneOf('chirping', 'chirps', 'chirped', 'chirp');
/** A chirp for a battery or a test is not an alarm sounding; a battery pulled out because it kept going off is (caller trial 16). */
const notAnAlarmSounding = /^(?![\s\S]*\b(?:(?<!(?:pulled|took|taken|ripped|yanked|pull|take) (?:out )?(?:the |its )?)batter(?:y|ies)(?! out\b)|test(?:ed|ing)?|toast|cooking|burnt|burned|smoke alarm)\b)/;
/** Where a carbon monoxide alarm is fitted: an alarm sounding beside one is that alarm, whatever its brand ("my Kidde alarm by the boiler", caller trial 13). */
const besideAnAppliance = oneOf('by', 'near', 'next to', 'above', 'beside', 'over', 'under') + ' (?:the |our |my )?' + oneOf('boiler', 'gas fire', 'flue', 'heater', 'stove', 'gas cooker', 'cooker', 'fire');
const coSymptom = oneOf('headache', 'headaches', 'dizzy', 'dizziness', 'nausea', 'nauseous', 'drowsy', 'light headed', 'lightheaded', 'feel(?:ing)? sick(?! of)', 'being sick', 'throwing up', 'vomiting', 'fainting', 'breathless', 'confused');
const combustion = oneOf('boiler', 'gas fire', 'fire', 'heater', 'cooker', 'flue', 'fumes', 'chimney', 'stove', 'burner');

/** Fuel burnt indoors, other than a boiler or cooker: a stove, a gas, bottled-gas or paraffin heater, a water heater, an open fire or its flue. */
const fuelBurner = oneOf('wood ?burners?', 'log ?burners?', 'multi ?fuel', 'burner', '(?:disposable )?(?:barbecue|bbq)s?', 'charcoal', 'braziers?', 'mangal', 'coal', 'stoves?', '(?:gas|calor|paraffin|portable|bottled gas|bottle gas) heaters?', '(?:calor|bottled|bottle) gas', 'gas bottles?', 'paraffin', 'water heaters?', 'geysers?', 'gas fires?', 'open fire', 'coal fire', 'flues?', 'chimney');
/** The body showing carbon monoxide's harm, said in a resident's words. */
const coSign = oneOf('floppy', "won'?t (?:wake|come round)", 'not waking', 'hard to wake', 'keeled over', 'collapsed', 'passed out', 'drowsy', 'dozy', 'sleepy', 'sleeps? too much', 'confused', 'talking rubbish', 'head ?aches?', 'head pain', 'splitting head', "heads?(?:'s| is| are)? (?:thumping|pounding|banging|splitting)", 'thumping head', 'being sick', 'been sick', 'throwing up', 'vomit\\S*', 'dizzy', 'muzzy', 'groggy', 'woozy', 'dopey', 'queasy');

const notAFire = present(oneOf('smoking', 'smokers?', 'cigarettes?', 'fags?', 'weed', 'cannabis', 'vapes?', 'vaping', 'bonfires?', 'bbq', 'barbecue', 'barbeque', 'fireworks', 'incense', 'toast', 'cooking', 'when i cook', 'chimney smoke', 'wood burner', 'log burner'));
const smoke = oneOf('smoke', 'smoky', 'smokey');
const smokeIsSpreading = oneOf('coming', 'pouring', 'billowing', 'filling', 'everywhere', 'all over', 'full of', 'thick', 'black', 'seeping', 'under the door', 'filled', 'in the (?:flat|house|hallway|hall|stairwell|stairs|corridor|kitchen|room|bedroom|block|building)');
const burning = oneOf('burning', 'burnt', 'burned', 'scorching', 'scorched', 'melting', 'melted', 'singed', 'charred');
const electricFitting = oneOf(
  'sockets?', 'plug sockets?', 'plugs?', 'light switch(?:es)?', 'switches', 'fuse ?box(?:es)?', 'fuse board', 'fuseboard', 'consumer unit',
  'electrics', 'electrical (?:socket|sockets|wiring|cupboard|box)', 'wires', 'wiring', 'cables?', 'extension lead', 'light fittings?',
  'ceiling lights?', 'ceiling rose', 'light(?! drip| rain| leak| trickle| shower| damp)', 'lights', 'lamp', 'spot ?lights?', 'down ?lights?', 'bulbs?', 'light bulbs?',
);
const burnableElectrics = oneOf(electricFitting, 'heater', 'storage heater', 'charger', 'meter', 'appliance', 'extractor fan', 'electric shower', 'immersion');
const water = oneOf('water', 'leak', 'leaks', 'leaking', 'leaked', 'dripping', 'drips', 'drip', 'pouring', 'gushing', 'flooding', 'flooded', 'soaking', 'soaked', 'wet', 'raining', 'rain', 'rainwater');
const pouring = oneOf('pouring', 'gushing', 'pissing', 'spraying', 'spurting', 'flooding', 'cascading', 'pumping', 'flowing', 'rushing', 'everywhere', 'all over the (?:floor|flat|house|kitchen|place)', 'coming in', 'pour', 'pours', 'poured', 'pooling', 'rising');
const plumbing = oneOf('pipe', 'pipes', 'tank', 'water tank', 'cylinder', 'water main', 'radiator', 'hose', 'washing machine hose');
const room = oneOf('flat', 'house', 'home', 'kitchen', 'bathroom', 'hallway', 'hall', 'bedroom', 'living room', 'lounge', 'front room', 'floor', 'floors', 'downstairs', 'carpet', 'carpets', 'property', 'place', 'landing', 'basement', 'cellar', 'room', 'rooms');
const notAFlood = present(oneOf('flooded with', 'flooding with', 'flood (?:risk|warning|warnings|alert|alerts|defences|insurance|zone|plain)', 'road', 'roads', 'street', 'pavement', 'field', 'park', 'car park', 'underpass', 'in tears', '(?:when|whenever|every time|each time) it rains', 'when there is heavy rain'));
const sewageWord = oneOf('sewage', 'sewerage', 'sewer', 'sewers', 'raw waste', 'human waste', 'waste water', 'foul water', 'poo', 'poop', 'faeces', 'feces', 'excrement', 'toilet water', 'dirty water', 'black water', 'brown water', 'effluent', 'brown (?:stuff|sludge|gunk|muck|liquid|gunge)', 'sludge');
const backingUp = oneOf('filling (?:up )?with', 'bubbling (?:out|up|over)', 'spewing', 'spurting', 'gushing', 'oozing', 'coming (?:up|out) (?:of|through|from)', 'coming up', 'came up', 'came up', 'backing up', 'backed up', 'back up', 'overflowing', 'overflowed', 'overflow', 'flooding', 'flooded', 'pouring', 'everywhere', 'all over', 'spilling', 'bubbling up', 'rising', 'coming back', 'into the bath', 'into the shower', 'in the bath', 'in the shower', 'through the floor', 'into the house', 'into the flat', 'into the kitchen', 'into my', 'in my (?:bath|shower|kitchen|bathroom|flat|house)');
const notSewage = present(oneOf('dogs?', 'fouling', 'pigeons?', 'birds?', 'cats?', 'fox', 'foxes', 'nappies', 'street', 'pavement', 'park'));
const structure = oneOf('ceiling', 'ceilings', 'roof', 'wall', 'walls', 'floor', 'floors', 'floorboards', 'stairs', 'staircase', 'balcony', 'chimney', 'chimney stack', 'beam', 'joist', 'joists', 'plaster', 'plasterboard', 'lintel', 'bay window', 'garden wall');
const collapsing = oneOf(
  verb('collapse'), `${verb('cave')} in`, `${verb('fall', 'drop', 'crash')} (?:in|down|away|through|onto|on to|into|on|from)`, `${verb('come')} (?:down|away|crashing)`,
  'bulging', 'sagging', 'bowing', 'bowing down', `${verb('give')} way`, 'blown off', 'blew off', 'ripped off', 'torn off',
  'about to (?:fall|collapse|come down|give way)', 'going to (?:fall|collapse|come down|give way)',
);
/** Ceiling material coming off in a piece: "off" is too common to follow any structural word ("the wall tiles fell off"). */
const ceilingFalls = followedBy(
  `${oneOf('plaster', 'plasterboard', 'ceiling', 'ceilings', 'artex', 'render', 'bricks', 'brickwork', 'lintel')}(?! (?:lights?|fans?|roses?|fittings?|lamps?|hooks?|tiles?|paint|paper))`,
  `${verb('fall', 'drop', 'come')} off`,
  2,
);
/** Flakes and crumbs of plaster or paint are damp or wear, not a ceiling coming down. */
const notACollapse = present(oneOf('(?:bits|flakes|crumbs|specks|dust) of (?:the )?(?:plaster|paint|render|artex)', '(?:plaster|paint|render|artex) (?:is |keeps )?(?:flaking|crumbling|peeling)'));
const power = oneOf('power(?! shower| steering)', 'electric(?! heating| heaters?| shower| cooker| oven| bill| meter| key| card| company| supplier| fire| hob| blanket)', 'electrics', 'electricity', 'leccy', 'lecky');
const poweredOff = oneOf('gone', 'gone off', 'went off', 'off', 'out', 'cut', 'cut off', 'tripped', 'keeps tripping', 'died', 'failed', 'not working', 'stopped working', 'gone out', 'went out', 'down');
const notPowerLoss = present(oneOf('credit', 'top up', 'topped up', 'prepayment', 'key meter', 'emergency credit', 'bill', 'bills', 'tariff', 'supplier', 'switch supplier'));
const doorOnly = oneOf('door', 'front door', 'back door', 'main door', 'entrance door', 'flat door', 'patio doors?', 'balcony door', 'french doors', 'door frame', 'doorframe', 'lock', 'locks');
const door = oneOf('door', 'front door', 'back door', 'main door', 'entrance door', 'flat door', 'patio doors?', 'balcony door', 'french doors', 'door frame', 'doorframe', 'lock', 'locks', 'window', 'windows');
const forcedIn = oneOf('smashed', 'kicked in', 'kicked', 'booted in', 'forced', 'forced open', 'broken', 'broken in', 'broke', 'bust', 'busted', 'damaged', 'caved in', 'hanging off', 'ripped off', 'jemmied', 'pried', 'prised', 'snapped', 'put through', 'came off', 'off its hinges');
const breakIn = oneOf('break in', 'broke in', 'broken into', 'broke into', 'breaking in', 'burgled', 'burglary', 'burglar', 'burglars', 'robbed', 'intruders?', 'forced entry', 'tried to (?:get|break) in', 'attempted break in', 'kicked (?:my|the|our) (?:front |back )?door', 'smashed (?:my|the|our) (?:front |back )?(?:door|window)', 'police');
const internalDoor = present(oneOf('bathroom door', 'bedroom door', 'toilet door', 'kitchen door', 'cupboard door', 'wardrobe', 'shed', 'garage', 'bin store', 'internal door', 'room door', 'fire doors?'));
const nowhere = oneOf('nowhere', 'no where', 'no place', 'nowhere safe', 'not got anywhere', 'have not got anywhere', 'do not have anywhere', 'do not have a place', 'have not anywhere', 'not anywhere', 'no bed');
const sleepOrStay = oneOf('sleep', 'stay', 'go', 'live', 'kip', 'crash', 'rest my head', 'spend the night', 'be tonight');
const tonight = oneOf('tonight', 'today', 'right now', 'this evening', 'this afternoon', 'this morning', 'by tonight', 'as of today', 'from today');
// Put out minutes or hours ago, or last night: the resident is without a bed tonight.
const evictedNow = oneOf(tonight, 'now', 'just', '(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|few|couple of|\\d+) (?:hours?|hrs?|minutes?|mins?) ago', 'earlier', 'last night', 'nowhere', 'no where', 'homeless', 'on the streets?', 'with (?:my|the|our) (?:kids|children|baby)', 'bags');
/** "Where do I go?" is timing enough once the resident has been put out, not while they are being put out at the end of the month. */
const whereNow = 'where (?:do|can|will|should) (?:i|we) (?:go|sleep|stay)';
const thrownOut = oneOf('me out', 'us out', 'me and my (?:kids|children|baby) out', 'out');
/** A date to leave that is days or weeks away. */
const laterDate = present(oneOf('(?:at |by )?the end of (?:the|this|next) (?:week|month)', 'next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'in (?:a|one|two|three|four|\\d+) (?:weeks?|months?)', '(?:weeks?|months?) (?:notice|time)', 'by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'));
const roughPlace = oneOf('(?:a|the) (?:night )?bus(?:es)?', 'night buses', 'buses', '(?:a|the) (?:\\S+ )?bus stop', 'a car park', 'the beach', 'the streets?', 'a park', 'the park', 'a bench', 'a tent', 'my car', 'the car', 'a car', 'my van', 'the van', 'a doorway', 'doorways', 'the bus station', 'the train station', 'the station', 'the stairwell', 'a stairwell');
// "My mum's passed out": the apostrophe is gone by now ("mums"), so each person may end in an s.
const someone = oneOf('he', 'she', 'they', 'someone', 'somebody', 'a (?:man|woman|lady|person|child|kid|neighbour|boy|girl)', '(?:my|our|the|his|her|a) (?:\\S+ )?(?:mum|mom|dad|nan|nana|gran|grandad|grandma|grandpa|husband|wife|partner|son|daughter|baby|child|brother|sister|friend|neighbour|flatmate|carer|uncle|aunt|auntie|mother|father|boyfriend|girlfriend|little one|kid|boy|girl|man|woman|lady|gentleman|bloke|guy|person|chap)s?', 'neighbour', 'i', 'i have', 'i just');
/**
 * Someone down where they fell ("lying on her kitchen floor", "on the floor in her flat", "saw him go
 * down in the hallway", "slipped in the bath and can't get out"): caller trial 13 heard the danger
 * question, then an article, for each. Not someone sleeping, sitting or playing on a floor.
 */
const someoneDown = [
  'lying (?:there |still |motionless )?(?:in|on|by|behind|outside|at the (?:bottom|foot) of) (?:the |his |her |their |my |our |a )?(?:\\S+ )?(?:road|floor|ground|pavement|corridor|hallway|hall|landing|stairs|path|drive|tiles|lino|carpet|car park|bins|grass|lawn|patio|steps)(?! (?:playing|watching|reading|drawing|doing|colouring|with (?:his|her|their) (?:toys|lego|phone|tablet)))',
  'lying face (?:down|up)(?! on (?:the |a |his |her )?(?:sofa|bed|couch|settee|sun ?bed|towel|beach))',
  '(?<!(?:sleeping|sleep|sleeps|slept|sitting|sat|sits|playing|plays|crawling|kneeling|lie|lies|mattress) )on (?:the|his|her|their|my|our) (?:(?:kitchen|bathroom|bedroom|hall|hallway|landing|lounge|living room|toilet|shower|cold|concrete) )?floor(?! (?:playing|watching|reading|sleeping|with (?:his|her|their) toys))',
  'can not lift (?:his|her|their|my) head',
  // Caller trial 14: "spark out on the grass", "out cold", "legs won't hold him", "wedged between the bed and the wardrobe", "went flying".
  '(?:spark|out) (?:out|cold) (?:on|in|by|at|behind|under|outside) (?:the|a|his|her|their)', 'legs (?:wo not|will not|can not|do not) (?:hold|carry|take) (?:him|her|them|me)', '(?:gone|went|fallen|fell|slipped|slid) down (?:between|behind|beside) (?:the|his|her)', '(?:wedged|stuck) (?:between|behind|on the floor)', '(?:gone|went) flying (?:on|off|over) (?:the|a) (?:ice|kerb|curb|pavement|path|step|steps|stairs|floor|road)', 'can not (?:stand|get) (?:up|back up)',
  '(?:go|went|gone|going) down in the (?:hall|hallway|kitchen|street|road|bathroom|garden|corridor|shop)',
  followedBy(oneOf('slipped', 'slid', 'fallen', 'fell', 'had a fall', 'taken a tumble', 'had a tumble', 'tumbled', 'gone over', 'slid off', 'come off', 'on (?:the|his|her|their) (?:\\S+ )?floor'), 'can not get (?:(?:him|her|them|himself|herself|themselves|themself) )?(?:back )?(?:up|out(?! of (?!the (?:bath|shower|chair|bed))))', 8),
];

/** A threat tied to the resident leaving the relationship is coercive control (safeguarding), not a danger right now. */
const ifILeave = present('if (?:i|we) (?:ever )?(?:leave|left|try to leave|split up|break up|move out|end it)');
const fearContext = present(oneOf('scared', 'afraid', 'frightened', 'terrified', 'knife', 'gun', 'weapon', 'police', 'hit', 'hits', 'hitting', 'hurt', 'violent', 'threat', 'threats', 'threatened', 'threatening'));
/** Said of a moment that has passed, or as a figure of speech: "I nearly passed out at the bill", "he fainted last month, he is fine now". */
const notNow = present(oneOf('nearly', 'almost', 'laughing', 'last (?:week|month|year)', 'years ago', '(?:is|am|are|was|feels?|feeling) (?:fine|ok|okay|better) now'));
const damp = present(oneOf('mould', 'mold', 'damp', 'condensation', 'dust', 'asthma', 'smell', 'stink', 'fumes', 'anxiety', 'panic'));

/** Things that burn as a fire, not as a candle, a hob or a sore throat. */
const burnsAsFire = oneOf('house', 'flat', 'building', 'block', 'bins?', 'wheelie bins?', 'skips?', 'car', 'cars', 'van', 'shed', 'garage', 'kitchen', 'roof', 'fence', 'hedge', 'sofa', 'mattress', 'curtains', 'stairwell', 'hallway', 'landing', 'rubbish', 'chute', 'bin store', 'bin chute', 'loft', 'tree', 'trees', 'garden', 'balcony', 'door', 'room', 'bedroom', 'place');
/** Burning that is not a fire: a candle, a hob, a body part, heartburn, a bonfire someone is minding. */
/**
 * A medicine named by its own name, which no list keeps up with: the endings of the generic names
 * prescribed for pain, sleep, mood and seizures (tramadol, zopiclone, pregabalin, citalopram,
 * sertraline, quetiapine, lithium…; caller trial 14 named six the lists above did not have).
 */
const drugName = '\\S+(?:adol|pam|lam|clone|lone|done|balin|entin|pram|aline|yline|pine|apine|xetine|faxine|amine|ium|olol|azole|pril|statin|codeine|cillin|oxin)';
/** A fire threatened, not burning: "she keeps messaging that she will set fire to the flat" is a disclosure (safeguarding rules), not a fire now. */
const fireThreatened = '(?:threaten\\S*|says|said|told (?:me|us)|keeps? (?:saying|messaging|texting)|messag\\S*|text\\S*)(?: \\S+){0,3} (?:will|would|going to|gonna|to) (?:burn|set fire|set light|torch)';
const notABlaze = present(oneOf('candles?', 'incense', 'wood burner', 'log burner', 'fireplace', 'bonfire', 'heartburn', 'eyes', 'skin', 'throat', 'chest', 'ears', 'cheeks', 'calories', 'fat', 'cd', 'dvd', 'disc', 'bridges', 'fire sale', fireThreatened));
/** A weapon, including household things people threaten with. */
const weapon = oneOf('knife', 'knives', 'gun', 'guns', 'machete', 'blade', 'axe', 'hammer', 'crowbar', 'bat', 'baseball bat', 'screwdriver', 'broken bottle', 'weapon', 'weapons', 'sword', 'samurai sword', 'acid');
/** A structure giving way, said as its shape: hanging, leaning, bowing out. */
const deforming = oneOf('hanging (?:down|off|loose|low)', 'leaning (?:out|outwards|outward|over|away|forward|forwards)', 'bowing(?: out| outwards| in| inwards| down)?', 'sagging(?: down)?', 'bulging (?:out|down|in)?', 'coming away (?:from|off)', 'pulling away from', 'dropped(?! off| in| by| round| out| the| a| my| it)', 'has dropped', 'have dropped', 'is dropping', 'cracking (?:up|open|apart)', 'split (?:open|in half)', 'moving when', 'swaying');
const notADeform = oneOf('washing line', 'curtain', 'curtains', 'blinds?', 'pictures?', 'shelf', 'shelves', 'plant', 'plants', 'pole', 'rail', 'wallpaper', 'paper', 'paint', 'gutter', 'guttering', 'tiles?', 'temperature', 'pressure', 'price', 'rent', 'bill', 'tree', 'trees', 'fence', 'fence panel', 'gate', 'shed', 'bits of', 'flakes');

export const emergencyRules: readonly Rule<EmergencyKind>[] = [
  // Gas
  { id: 'gas.smell', kind: 'gas', pattern: phrase(near(smell, gas, 4)) },
  { id: 'gas.leak', kind: 'gas', pattern: phrase(near(gas, leak, 3)) },
  { id: 'gas.rotten-eggs', kind: 'gas', pattern: phrase(oneOf('rotten eggs?', 'bad eggs?', 'sulphur', 'sulfur', 'eggy', near(smell, oneOf('eggs', 'egg'), 3))), vetoedBy: present(oneOf('cook', 'cooking', 'boiled', 'fried', 'scrambled', 'breakfast', 'egg and', 'eggs and')) },
  // A report in doubt is still a report: the gas emergency service asks people to call if they suspect gas.
  { id: 'gas.suspected', kind: 'gas', ignoresNegation: true, pattern: phrase(followedBy(oneOf('not sure if', 'do not know if', 'unsure if', 'no idea if', 'wonder if', 'wondering if', 'could be', 'might be', 'may be', 'maybe', 'possibly', 'probably', 'i think', 'think it is', 'is (?:that|it|this)'), oneOf('(?:a )?gas(?= ,| or| smell| leak| leaking| coming| escaping| in| near| from|$)', 'leaking gas'), 3)), alsoNeeds: present(smell) },
  { id: 'gas.smell-returned', kind: 'gas', pattern: phrase(oneOf(followedBy(oneOf('still', 'again'), oneOf('smell', 'smelling'), 2) + ' ' + oneOf('it', 'something', 'that'), followedBy(oneOf('smell', 'smells', 'stink', 'whiff'), oneOf('is back', 'has come back', 'came back', 'returned', 'again'), 2))), alsoNeeds: present(gas) },
  { id: 'gas.hissing', kind: 'gas', pattern: phrase(near(oneOf('hiss', 'hissing', 'hisses', 'hissed', 'whistling'), gasFitting, 4)) },
  { id: 'gas.left-on', kind: 'gas', pattern: phrase(followedBy(oneOf('gas', 'gas hob', 'gas cooker', 'hob', 'gas oven'), oneOf('left on', 'on and not lit', 'not lit', 'unlit', 'stuck on', 'will not turn off'), 2)) },

  // Carbon monoxide
  { id: 'co.alarm', kind: 'carbon-monoxide', pattern: phrase(followedBy(carbonMonoxide, followedBy(alarm, sounding, 6), 2)) },
  // "The detector thing is going off, the one for carbon monoxide": across the comma, within the sentence.
  { id: 'co.alarm-named-after', kind: 'carbon-monoxide', pattern: phrase(`${followedBy(alarm, sounding, 6)}(?: (?![.?!])\\S+){0,8} ${carbonMonoxide}`) },
  { id: 'co.alarm-chirping', kind: 'carbon-monoxide', pattern: phrase(followedBy(carbonMonoxide, followedBy(alarm, chirping, 6), 2)), alsoNeeds: notAnAlarmSounding },
  { id: 'co.alarm-by-appliance', kind: 'carbon-monoxide', pattern: phrase(followedBy(`${alarm}(?: \\S+){0,3} ${besideAnAppliance}`, sounding, 6)), alsoNeeds: notAnAlarmSounding },
  // What its display says or its light shows: "showing CO and beeping", "the screen says CO", "the CO one, red light flashing".
  { id: 'co.alarm-shows-co', kind: 'carbon-monoxide', pattern: phrase(oneOf(followedBy(alarm, `(?:says|said|saying|shows|showing|reads|reading|displays|displaying|flashing|flashes|lit up with|has) (?:up )?${carbonMonoxide}\\b(?! (?:on|in) (?:the )?(?:test|batter))`, 8), `${carbonMonoxide} one(?:,? (?![.?!])\\S+){0,8},? ${sounding}`)), alsoNeeds: notAnAlarmSounding },
  { id: 'co.alarm-reversed', kind: 'carbon-monoxide', pattern: phrase(followedBy(sounding, followedBy(carbonMonoxide, alarm, 2), 3)) },
  { id: 'co.alarm-for', kind: 'carbon-monoxide', pattern: phrase(followedBy(alarm + ' for ' + carbonMonoxide, sounding, 3)) },
  { id: 'co.named', kind: 'carbon-monoxide', pattern: phrase(oneOf(near(oneOf('carbon monoxide', 'monoxide'), oneOf(leak, 'poisoning', 'poisoned', 'coming (?:out|from|in)', 'levels?', 'reading', 'high', 'fumes', 'symptoms', 'exposure', 'headaches?'), 4), followedBy(oneOf('think', 'worried', 'scared', 'might be', 'could be', 'suspect', 'afraid'), oneOf('carbon monoxide', 'monoxide') + '(?! alarms?| detectors?| sensors?| monitors?| checks?| tests?| safety| regulations| law| rules)', 4))) },
  { id: 'co.symptoms', kind: 'carbon-monoxide', pattern: phrase(near(coSymptom, combustion, 10)), alsoNeeds: present(oneOf('boiler', 'gas fire', 'heater', 'flue', 'fumes', 'carbon monoxide', 'monoxide', 'soot', 'sooty', 'yellow flames?', 'orange flames?', 'black marks', 'stove')) },
  // A barbecue, charcoal or a generator burning indoors for warmth (caller trial 16: the suicide question and Samaritans, never "put it outside").
  { id: 'co.burning-indoors', kind: 'carbon-monoxide', pattern: phrase(followedBy(oneOf('(?:charcoal|disposable) (?:barbecue|bbq|grill)', 'barbecue', 'bbq', 'charcoal', 'generator', 'machine for electric', 'petrol (?:machine|engine)', 'camping stove', 'patio heater'), `(?:\\S+ ){0,4}(?:in|inside|into) (?:the |my |our |a )?(?:bedroom|room|house|flat|tent|living room|lounge|kitchen|caravan|home|indoors|garage)`, 3)), vetoedBy: present(oneOf('not allowed', 'can (?:i|we)', 'is it (?:ok|okay|safe|allowed)', 'garden', 'balcony', 'stored', 'storing', 'store')) },
  // A flue come apart, a gas oven or hob left on for heat, an engine run in a closed garage (caller re-trial 16b: form questions and the no-heating article).
  { id: 'co.generator-indoors', kind: 'carbon-monoxide', pattern: phrase(`${oneOf('generator', 'machine for (?:the )?electric\\S*', 'petrol (?:machine|engine)')}(?: \\S+){0,10} (?:in|inside|into) (?:the |our |my )?(?:garage|kitchen|house|flat|hall|shed by the (?:kitchen|back) door)`), vetoedBy: present(oneOf('outside', 'garden', 'stored', 'storing', 'store')) },
  { id: 'co.flue-loose', kind: 'carbon-monoxide', pattern: phrase(`${oneOf('flue', 'chimney (?:bit|pipe)', 'pipe (?:that comes )?(?:out (?:of )?)?the top of (?:the |my )?boiler')}(?: \\S+){0,14} ${oneOf('come apart', 'come loose', 'come away', 'came apart', 'came loose', 'came away', 'disconnected', 'hanging (?:off|down|loose)', 'a gap', 'fallen (?:off|down)', 'cracked', 'split')}`) },
  { id: 'co.cooker-for-heat', kind: 'carbon-monoxide', pattern: phrase(oneOf('(?:oven|cooker) (?:on )?with the door open', '(?:gas )?(?:oven|hob|rings|cooker|burners)(?: \\S+){0,6} (?:to keep|for) (?:\\S+ ){0,2}(?:warm|heat|the heat)', '(?:keep|keeping) (?:\\S+ ){0,3}warm with the (?:gas )?(?:oven|hob|rings|cooker)')) },
  { id: 'co.engine-in-garage', kind: 'carbon-monoxide', pattern: phrase(near(oneOf('engine (?:running|on|going|ticking over)', 'running (?:a |the |his |her )?(?:car )?engine', 'exhaust'), oneOf('garage', 'door (?:down|shut|closed)', 'lock ?up'), 12)) },
  // Something burning fuel indoors, and anywhere in the message someone drowsy, floppy, collapsed or with a pounding head: a wood
  // burner blowing smoke back, a bottled-gas heater in a bedroom, a gas water heater over the bath (caller trial 17, P1: repair
  // questions, the damp and power-cut articles, while a child went floppy).
  { id: 'co.burner-and-signs', kind: 'carbon-monoxide', pattern: phrase(coSign), alsoNeeds: present(fuelBurner), vetoedBy: present(oneOf('in the garden', 'in the back garden', 'outdoors', 'in the park', 'on the beach', 'on the patio', 'at the park')) },
  { id: 'co.fumes', kind: 'carbon-monoxide', pattern: phrase(near(oneOf('fumes', 'fume'), oneOf('boiler', 'flue', 'gas fire', 'heater', 'cooker', 'generator'), 5)) },

  // Fire and smoke
  { id: 'fire.ablaze', kind: 'fire', pattern: phrase(oneOf('on fire', 'caught fire', 'catching fire', 'catch fire', 'ablaze', 'in flames', 'up in flames', 'burning down', 'burnt down', 'set fire', 'set alight', 'set on fire', 'fire has started', 'fire started', 'started a fire', '(?:is|are|was|were|been) alight')), vetoedBy: present(oneOf('my back', 'my legs', 'my skin', 'my throat', 'my feet', 'my chest', 'heartburn', 'feels like', 'feel like', '(?:i am|you are|we are) on fire', fireThreatened)) },
  // "Set the bins alight", "set it on fire": setting fire to something, with the thing between the verb and the fire word.
  { id: 'fire.set-alight', kind: 'fire', pattern: phrase(followedBy(verb('set'), oneOf('alight', 'on fire', 'ablaze', 'light to', 'fire to'), 4)), vetoedBy: notABlaze },
  // "The shed is burning", "the bins are ablaze": a thing that burns as a fire, said to be burning now.
  { id: 'fire.thing-burning', kind: 'fire', pattern: phrase(followedBy(burnsAsFire, oneOf('burning(?! smell| hot)', 'alight', 'ablaze', 'going up', 'in flames', 'on fire', 'smouldering', 'burning down'), 4)), vetoedBy: notABlaze },
  { id: 'fire.there-is', kind: 'fire', pattern: phrase(oneOf('there is (?:a )?fire', 'there are fires', '(?<!gas |electric |coal |log |open |the )fire (?:in|on) (?:the|my|our|a|his|her|their|next)', '(?:kitchen|chip pan|electrical|bin|bins|house|flat|huge|big|massive|small|garden) fire', 'fire (?:upstairs|downstairs|next door)')) },
  { id: 'fire.flames', kind: 'fire', pattern: phrase(oneOf('flames', 'blaze', 'inferno')), vetoedBy: present(oneOf('pilot', 'yellow\\S*', 'orange\\S*', 'blue', 'colou?r', 'flame on', '(?:hob|cooker|gas fire|boiler) flames?', 'flames on the (?:hob|cooker)')) },
  { id: 'fire.smoke', kind: 'fire', pattern: phrase(near(smoke, smokeIsSpreading, 3)), vetoedBy: notAFire },
  { id: 'fire.alarm', kind: 'fire', pattern: phrase(followedBy(oneOf('smoke', 'fire'), followedBy(alarm, oneOf('going off', 'gone off', 'went off', 'sounding', 'ringing', 'screaming', 'blaring', 'will not stop', 'triggered'), 3), 1)), vetoedBy: present(oneOf('cook', 'cooking', 'toast', 'shower', 'steam', 'battery', 'batteries', 'chirp', 'chirping', 'test', 'testing', 'every time', 'whenever')) },
  { id: 'fire.burning-smell', kind: 'fire', pattern: phrase(near(smell, oneOf('burning', 'smoke', 'something burning'), 3)), vetoedBy: present(oneOf(burnableElectrics, 'smoking', 'smokers?', 'cigarettes?', 'weed', 'cannabis', 'bonfires?', 'bbq', 'barbecue', 'toast', 'cooking', 'wood burner', 'log burner')) },
  { id: 'fire.brigade', kind: 'fire', pattern: phrase(followedBy(oneOf('fire brigade', 'fire service', 'fire engines?', 'firemen', 'fire fighters', 'firefighters'), oneOf('here', 'on the way', 'coming', 'outside', 'arrived'), 4)) },

  // Danger to life (a person in immediate danger, whatever the cause)
  { id: 'life.medical', kind: 'danger-to-life', pattern: phrase(oneOf('not breathing', 'stopped breathing', 'unconscious', 'unresponsive', 'will not wake up', 'can not wake (?:him|her|them|my|up)', 'turning blue', 'having a (?:seizure|fit(?! of)|stroke|heart attack)', 'overdosed', 'taken an overdose', 'took an overdose',
    // Someone who has fallen and cannot get up (often older, alone, confused): an ambulance, not a form.
    '(?:fallen|fell|had a fall)(?: \\S+){0,10} (?:can not|could not|has not been able to|have not been able to|not able to|unable to|is not able to) get (?:him |her |them |back )?up',
    // "I can't get her to talk": someone who no longer responds.
    'can not get (?:him|her|them) to (?:talk(?! (?:about|to|with|through|sense|me))|respond|wake up|wake|open (?:his|her|their) eyes)',
    // "The man upstairs fell down his stairs and isn't moving", "she's on the floor and not moving".
    '(?:fell|fallen|collapsed|tripped|slipped|had a fall)(?! behind| out| through| apart| asleep| for| up)(?: \\S+){0,6} (?:and )?(?:is |has )?not (?:moving|breathing)', 'on the (?:floor|ground) and (?:is )?not moving')) },
  // "She can't get her breath", "he's gasping for air" (caller re-trial 15b: an asthma attack without the inhaler got the generic question).
  { id: 'life.breathless', kind: 'danger-to-life', pattern: phrase(oneOf('can not breathe', 'struggling to breathe', 'fighting for (?:breath|air)', 'gasping for (?:breath|air)', 'can not get (?:his|her|their|my) breath(?! back)')), vetoedBy: damp },
  // Why: damp or mould with someone in hospital or struggling to breathe is an emergency hazard (Awaab's Law), and its advice is the GP, 111 and 999 if breathing is hard, not "call 999 if anyone is hurt".
  { id: 'life.damp-hospital', kind: 'damp-health', pattern: phrase(oneOf('in hospital', 'hospitalised', 'hospitalized', 'admitted to hospital', 'taken to hospital', 'a and e', 'ambulance', 'intensive care', 'on oxygen', 'struggling to breathe', 'can not breathe', 'breathing (?:problems|difficulties)')), alsoNeeds: present(oneOf('mould', 'mold', 'damp', 'fungus', 'spores')) },
  { id: 'life.collapsed', kind: 'danger-to-life', pattern: phrase(followedBy(someone, oneOf('collapsed', 'has collapsed', 'passed out', 'blacked out', 'out cold', 'fainted', 'keeled over', 'gone (?:all )?floppy', 'is floppy', 'floppy and', 'not coming round', 'will not come round', '(?:is )?not moving', 'slumped over', 'can not bring (?:him|her|them) round', 'not responding', 'fallen and can not get up', 'fell and can not get up', 'on the floor and can not get up', 'had a fall and can not get up'), 4)), vetoedBy: notNow },
  // Lying on a floor, in a road or a corridor: `someoneDown`, for the same people and more, within a wider gap.
  { id: 'life.someone-down', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf(someone, 'him', 'her', 'them', 'an? (?:old |elderly |older |young )?(?:man|woman|lady|gentleman|bloke|guy|lad|fella|boy|girl|kid)'), oneOf(...someoneDown), 6)), vetoedBy: notNow },
  // Someone heard calling for help, behind a door or through a wall: a person who may be hurt now, whoever is telling us.
  { id: 'life.cries-for-help', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('shouting', 'shouted', 'crying', 'cried', 'screaming', 'screamed', 'calling', 'called', 'yelling', 'yelled', 'begging', 'banging'), 'for help(?! with| on| to| filling| from the council| from you)', 2)), vetoedBy: present(oneOf('homework', 'forms?', 'website', 'online', 'film', 'game', 'tv', 'telly', 'dream', 'years ago', 'last year')) },
  { id: 'life.trapped', kind: 'danger-to-life', pattern: phrase(oneOf('trapped (?:in|inside|under|upstairs)', 'stuck in (?:the|a) lift', 'can not get out of the (?:flat|house|building)')), alsoNeeds: present(oneOf('fire', 'smoke', 'flood', 'flooding', 'water', 'lift', 'rubble', 'collapsed', 'ceiling', 'flames', 'gas', 'injured', 'hurt', 'bleeding')) },
  { id: 'life.injury', kind: 'danger-to-life', pattern: phrase(oneOf(followedBy('bleeding', oneOf('badly', 'heavily', 'a lot', 'everywhere', 'will not stop', 'lots', 'from (?:his|her|their|my|the) (?:head|neck|chest|wrists?|arms?|stomach)'), 1), 'blood everywhere', 'losing (?:a lot of |lots of )?blood', 'electrocuted', 'seriously (?:hurt|injured)', 'badly (?:hurt|injured)', 'hit (?:his|her|my) head and')) },
  { id: 'life.threat-to-kill', kind: 'danger-to-life', pattern: phrase(oneOf('threaten\\S* to (?:kill|stab|shoot|burn)', '(?:says|said) (?:he|she|they)(?: is| are| will| would)?(?: going to)? kill')), vetoedBy: ifILeave },
  { id: 'life.weapon-or-attack', kind: 'danger-to-life', pattern: phrase(oneOf('threaten\\S* (?:me|us|her|him|them) with a (?:knife|gun|weapon)', '(?:has|with|got|holding|waving|pulled) (?:out )?a (?:knife|gun|weapon|machete|blade)', 'trying to (?:get|break|force) in(?! touch| contact| the queue)', 'breaking in right now', 'attacking (?:me|us|him|her|my)')) },
  // "He is going to stab me": a threat to wound with a weapon needs no other sign of fear.
  { id: 'life.going-to-wound', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('going to', 'gonna', 'will', 'would', 'about to', 'coming to', 'trying to', 'tried to'), `${oneOf('stab', 'shoot', 'knife', 'glass', 'slash', 'strangle', 'murder')} (?:me|us|her|him|them|my|you)`, 2)), vetoedBy: ifILeave },
  // A weapon held against the resident or waved about: "threatened me with a hammer", "came at us with a knife".
  { id: 'life.weapon-threat', kind: 'danger-to-life', pattern: phrase(oneOf(followedBy(oneOf(verb('threaten', 'attack', 'chase', 'wave', 'point', 'brandish'), `${verb('come')} at (?:me|us|him|her|them)`, 'went for (?:me|us|him|her|them)'), `with (?:a|an|his|her|their|the|some) (?:\\S+ )?${weapon}`, 3), followedBy(oneOf('waving', 'brandishing', 'pointing', 'holding', 'carrying', 'wielding'), `(?:a|an|his|her|their|the) (?:\\S+ )?${weapon}`, 1))), vetoedBy: present(oneOf('knife crime', 'film', 'game', 'tv', 'telly')) },
  { id: 'life.going-to-kill', kind: 'danger-to-life', pattern: phrase(oneOf('going to kill (?:me|us|her|him|my)', 'will kill (?:me|us|her|him)', 'gonna kill (?:me|us)')), alsoNeeds: fearContext, vetoedBy: ifILeave },

  // Water and electrics together
  { id: 'electrics.water', kind: 'water-electrics', pattern: phrase(near(water, electricFitting, 6)), vetoedBy: present(oneOf('condensation', 'mould', 'mold')) },

  // Electrical hazard
  { id: 'electrics.sparking', kind: 'electrical-hazard', pattern: phrase(oneOf('sparking', 'sparks', 'sparked', 'spark', 'arcing')), vetoedBy: present(oneOf('boiler', 'ignite', 'ignition', 'igniter', 'pilot', 'lighter', 'hob', 'joy', 'spark out')) },
  { id: 'electrics.burning', kind: 'electrical-hazard', pattern: phrase(near(burning, burnableElectrics, 5)) },
  { id: 'electrics.smoking', kind: 'electrical-hazard', pattern: phrase(near(oneOf('smoking', 'smoke', 'smoked', 'buzzing', 'crackling', 'popping', 'fizzing', 'too hot to touch', 'hot to touch', 'red hot', 'black marks', 'scorch marks', 'bang', 'banged', 'blew up', 'exploded', 'flash', 'flashed', 'blue flash', 'flames', 'melting', 'melted'), oneOf('sockets?', 'plug sockets?', 'plugs?', 'light switch', 'switches', 'fuse ?box', 'consumer unit', 'wires', 'wiring', 'light fittings?', 'meter', 'extension lead'), 4)) },
  { id: 'electrics.exposed', kind: 'electrical-hazard', pattern: phrase(oneOf(followedBy(oneOf('exposed', 'bare', 'live', 'loose', 'hanging'), oneOf('wires?', 'wiring', 'cables?'), 1), followedBy(oneOf('wires', 'wiring', 'cables'), oneOf('hanging out', 'sticking out', 'exposed', 'showing'), 2), 'electric shocks?', 'shocked me', 'gave me a shock', 'got a shock')) },

  // Why: tablets already swallowed in quantity (past tense only: thinking of it is self-harm, not yet poisoning) are a poisoning in progress, a danger to life now as well as self-harm; taking one's daily dose is not.
  // Pills with drink, already taken: "I've had loads of my pills and a bottle of vodka".
  { id: 'life.pills-and-drink', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('had', 'taken', 'took', 'swallowed', 'necked', 'downed'), followedBy(`${oneOf('loads of', 'lots of', 'a lot of', 'a load of', 'all (?:of )?', 'too many', 'a bunch of', 'a handful of', 'handfuls of', 'a whole', 'the whole', '(?:a|the) (?:whole )?(?:packet|box|strip|tub|bottle) of')} (?:\\S+ )?${oneOf('pills', 'tablets', 'paracetamol', 'painkillers', 'codeine', 'co codamol', 'meds', 'medication', 'sleeping pills', 'sleeping tablets')}`, oneOf('vodka', 'wine', 'whisky', 'whiskey', 'gin', 'rum', 'cider', 'alcohol', 'booze', 'drink'), 6), 2)), vetoedBy: present(oneOf('do not mix', 'can i', 'is it ok', 'is it safe', 'should i', 'prescribed', 'doctor said')) },
  { id: 'life.self-poisoning', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('swallowed', 'necked', 'downed', 'taken', 'took', 'had', 'emptied', 'put away', 'gone through', 'got through'), `(?:\\S+ )?${oneOf('a load of', 'loads of', 'lots of', 'all (?:of )?(?:my|the|his|her|their|these|them)', 'too many', 'a bunch of', 'a whole', 'a full', '(?:a |the )?(?:whole |full )?(?:packet|box|bottle|strip|tub|pot) of', 'a handful of', 'handfuls of', 'the whole', 'the rest of', '(?:[89]|[1-9]\\d+)', '(?:about |around |over |like )?(?:ten|twelve|fifteen|twenty|thirty|forty|fifty)(?: \\S+)?', 'every(?: single| last)?(?: one of)?', '(?:a|one|two|three) (?:bottle|box|packet|strip)(?:s|es)? and a half of')} (?:\\S+ ){0,2}${oneOf(drugName, 'pills?', 'tablets?', 'paracetamol', 'painkillers', 'sleeping pills', 'sleeping tablets', 'antidepressants', 'meds', 'medication', 'ibuprofen', 'co codamol', 'codeine', 'insulin', 'calpol', 'medicine')}(?! (?:to|back|into|in to|for|from|over|every|a day|daily|prescribed|as) )`, 0)), vetoedBy: present(oneOf('morning', 'every day', 'each day', 'daily', 'with (?:food|breakfast|meals|dinner|tea)', 'prescribed', 'as directed', 'course of', 'back to the (?:pharmacy|chemist)', 'pharmacy', 'chemist', 'recycl\\S*', 'disposal', 'dispose')) },
  // Someone else's pills, or too much insulin, taken already: "I swallowed my wife's sleeping tablets
  // twenty minutes ago", "I overdid it on my insulin on purpose" (caller re-trial 13b, C1).
  { id: 'life.others-pills-taken', kind: 'danger-to-life', pattern: phrase(`(?:i |i have |i ve )(?:just |already )?(?:swallowed|taken|took|necked|downed) (?:all (?:of )?)?(?:(?:my|our) ${oneOf('husband', 'wife', 'partner', 'mum', 'mom', 'dad', 'nan', 'nans', 'gran', 'grandad', 'son', 'daughter', 'flatmate', 'mother', 'father', 'brother', 'sister', 'boyfriend', 'girlfriend')}(?: s|s)?|his|her|their) (?:\\S+ ){0,2}(?:pills|tablets|meds|medication|painkillers|insulin)`), alsoNeeds: present(oneOf('ago', 'earlier', 'already', 'just now', 'before i (?:rang|phoned|called)', 'on purpose', 'deliberately')) },
  // The signs of a stroke that a relative describes (FAST): a face or mouth drooping, words coming out wrong, an arm that will not lift.
  { id: 'life.stroke-signs', kind: 'danger-to-life', pattern: phrase(oneOf('(?:face|mouth|lip|eye)s? (?:has |have |is |are )?(?:gone |going |all )?(?:droop\\S*|lopsided|dropped)', 'one side of (?:his|her|their|my) (?:face|mouth|body)', '(?:words?|speech) (?:are |is )?(?:coming out )?(?:all )?(?:wrong|jumbled|garbled|slurred|muddled)', 'slurring (?:his|her|their|my)? ?words', 'can not (?:lift|raise|move) (?:his|her|their|my) (?:arm|leg)')) },
  // Breathing in doubt, said the way a frightened person says it: "I don't think he's breathing", "his lips are going blue" (caller re-trial 14b).
  { id: 'life.breathing-doubt', kind: 'danger-to-life', pattern: phrase(oneOf('(?:do not|dont) think (?:he|she|they|it)(?: is| are| s)? (?:still )?breathing', 'not sure (?:if |whether )?(?:he|she|they|it)(?: is| are| s)? (?:still )?breathing', 'can not (?:tell|see|hear) (?:if|whether) (?:he|she|they|it)(?: is| are| s)? breathing', 'lips (?:are |is |have |has )?(?:going|gone|turning|turned|look|looking) blue', '(?:face|skin) (?:is |has )?(?:going|gone|turning|turned) blue')) },
  // A child who has swallowed medicine or a household poison (caller re-trial 14b: a four-year-old and paracetamol went 999-less).
  { id: 'life.child-swallowed', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('(?:my|our|the) (?:\\S+ )?(?:son|daughter|baby|toddler|child|kid|little one|boy|girl)s?', '(?:\\S+ )?year olds?', 'toddlers?', 'baby s?'), `(?:has |have |s )?(?:just )?(?:swallowed|eaten|ate|drunk|drank|had|taken|took|got into) (?:\\S+ ){0,4}(?:pills?|tablets?|paracetamol|medicine|calpol|bleach|batter(?:y|ies)|button batter(?:y|ies)|washing (?:tablets?|pods?|capsules?|liquid)|pods?|capsules?|cleaning (?:stuff|liquid|spray)|weed killer|anti ?freeze)`, 6)), vetoedBy: present(oneOf('prescribed', 'as directed', 'the right dose', 'one calpol', 'a spoon of calpol', '5 ?ml')) },
  // A household poison swallowed, by anyone, whoever says it ("he's eaten some of them washing tablets, the pods, he's two",
  // caller re-trial 15b: the generic question, whose "hurt, unconscious" the caller ruled out). Not a pet's: 999 is not for a dog.
  { id: 'life.household-poison-swallowed', kind: 'danger-to-life', pattern: phrase(`(?:(?:drink|drank|drunk|swallowed|had a swig) (?:from |out of )(?:a |the )?(?:\\S+ )?bottle (?:\\S+ ){0,2}(?:in|from) (?:the )?(?:garage|shed))|(?:swallowed|swallowing|swallow|eaten|ate|eat|eats|eating|drunk|drank|drinking|drink|drinks|chewed|chewing|sucked|sucking|swig of|sip of|mouthful of|glass of|cup of|put (?:it |them )?in (?:his |her |their )?mouth) (?:\\S+ ){0,6}(?:bleach|descaler|limescale (?:remover|cleaner)|(?:slug|snail) (?:pellets?|poison|bait|killer)|poison|kill the (?:snails|slugs|rats|mice)|fabric softener|lighter fluid|nail varnish remover|acetone|petrol|diesel|lamp oil|caustic soda|car (?:liquid|fluid|stuff)|screen ?wash|de ?icer|coolant|brake fluid|methanol|meths|(?:washing|laundry|dishwasher|detergent) (?:tablets?|pods?|capsules?|liquid|powder)|liquitabs?|button batter(?:y|ies)|batter(?:y|ies)|cleaning (?:stuff|liquid|spray|products?)|drain cleaner|oven cleaner|toilet (?:cleaner|duck|blocks?)|weed ?killer|slug pellets?|rat poison|anti ?freeze|white spirit|paraffin|turps|e ?liquid|vape (?:liquid|juice))`), vetoedBy: present(oneOf('dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'pet', 'rabbit', 'hamster', 'which bin', 'what bin', 'recycl\\S*', 'dispose', 'get rid')) },
  // A small child at an open window or on a ledge (caller trial 16: a toddler on a third-floor sill got the generic question, then 101).
  { id: 'life.child-at-height', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('(?:baby|babies|toddlers?|little (?:boy|girl|one|lad|kid)|child|kid|(?:\\S+ )?years? olds?|two year|three year)', '(?:he|she) (?:is|s) (?:only )?(?:1|2|3|4|5|one|two|three|four|five)'), `(?:\\S+ ){0,2}(?:sitting|stood|standing|climbing|climbed|leaning|hanging|sat|stand|sit|climb|lean) (?:\\S+ ){0,3}(?:in|on|out of|over|up on|at) (?:the |a |an )?(?:open |upstairs |bedroom )?(?:window|windows|balcony|ledge|sill|window ?sill|roof)`, 8)) },
  { id: 'life.legs-out-of-window', kind: 'danger-to-life', pattern: phrase(oneOf('(?:legs?|feet|body) (?:\\S+ )?(?:outside|out of|over) (?:the )?(?:window|balcony|ledge|railings?)', '(?:hanging|climbing) (?:right )?out (?:of )?(?:the )?(?:window|balcony)', '(?:legs?|feet) (?:are |is )?(?:dangling |hanging )?outside', 'stand(?:s|ing)? up (?:on|in) (?:the )?(?:window|sill|ledge)')), alsoNeeds: present(oneOf('window', 'windows', 'balcony', 'ledge', 'sill')) },
  // Violence heard, then silence: "a massive crash against the wall and now it's gone dead quiet, I can't hear the little one" (caller trial 16: a plain transfer).
  { id: 'life.crash-then-silence', kind: 'danger-to-life', pattern: phrase(followedBy(oneOf('crash', 'bang', 'thud', 'smash', 'scream', 'screaming', 'screamed'), `(?:\\S+ ){0,8}(?:gone|went|go|it s|is|all) (?:dead |all |really |completely |deathly )?(?:quiet|silent)`, 0)), alsoNeeds: present(oneOf('can not hear', 'little one', 'baby', 'kids?', 'child', 'her', 'him', 'she', 'he')) },
  // Medicine taken by the handful or past counting: "getting through the co-codamol like sweets, I lost count after twenty" (caller trial 16).
  { id: 'life.medicine-past-counting', kind: 'danger-to-life', pattern: phrase(oneOf(`(?:getting|going|got|gone|went) through (?:the |my |his |her )?(?:\\S+ ){0,2}(?:like sweets|like smarties)`, `(?:popping|taking|eating|necking|swallowing) (?:the |my |his |her )?(?:\\S+ ){0,2}like (?:sweets|smarties)`, '(?:lost|losing) count (?:of (?:them|how many) )?(?:after|at|past|around) (?:\\S+ )?(?:\\d+|ten|twelve|fifteen|twenty|thirty)', `(?:emptied|taken|took|had|swallowed) (?:\\S+ ){0,6}(?:pill|tablet|medicine|dosette) (?:organi[sz]er|box|dispenser|pack)`, `(?:pill|tablet|dosette) (?:organi[sz]er|box|pack) (?:is |are )?(?:all )?(?:empty|gone)`)), alsoNeeds: present(oneOf(drugName, 'pills?', 'tablets?', 'paracetamol', 'painkillers', 'co ?codamol', 'ibuprofen', 'codeine', 'meds', 'medication', 'medicine', 'organi[sz]er', 'dosette')) },
  // A child in the medicine cabinet with tablets gone: "my daughter's been in the bathroom cabinet, there's a strip of my amitriptyline with three popped out" (caller trial 16: a roads article).
  { id: 'life.child-got-medicine', kind: 'danger-to-life', pattern: phrase(`${oneOf('(?:my|our|the) (?:\\S+ )?(?:son|daughter|baby|toddler|child|kid|little one|boy|girl)s?', 'toddlers?', '(?:he|she) (?:is|s) (?:only )?(?:1|2|3|4|5|one|two|three|four|five)')}(?: \\S+){0,24} (?:\\d+|one|two|three|four|five|some|a few|half) (?:\\S+ ){0,3}(?:popped out|missing|gone|pushed out)`), alsoNeeds: present(oneOf(drugName, 'pills?', 'tablets?', 'paracetamol', 'medicine', 'strip', 'blister', 'packet')) },
  // The product named first, then drunk: "I'd put the descaler in an old squash bottle and mum's had a glass of it" (caller re-trial 16b).
  { id: 'life.product-then-drunk', kind: 'danger-to-life', pattern: phrase(`(?:bleach|descaler|limescale remover|(?:slug|snail) (?:pellets|poison)|rat poison|weed ?killer|anti ?freeze|screen ?wash|white spirit|drain cleaner|oven cleaner|cleaning (?:stuff|liquid|spray)|washing (?:pods?|liquid|tablets?)|dishwasher tablets?|(?:bottle|cup|glass) of (?:the )?(?:bleach|descaler|cleaner))(?: \\S+){0,16} (?:(?:drunk|drank|swallowed|ate|eaten) (?:a bit of |some of |half of |most of )?(?:it|them|some)|(?:had|took) (?:a |half a )?(?:glass|cup|mouthful|swig|sip|drink|gulp) of (?:it|them)|put (?:it |them |some )?in (?:his|her|their) mouth|put in (?:his |her |their )?mouth)(?!\\S)`) },
  // In the water: "one of them's gone through the ice", "a boy is drowning in the canal" (caller re-trial 16b: the suicide question, then Samaritans).
  { id: 'life.in-the-water', kind: 'danger-to-life', pattern: phrase(oneOf('(?:is|s|are|was|were|he s|she s) drowning(?! in (?:debt|letters|paperwork|work|bills|paper|post|emails|arrears))', 'drowning in the (?:canal|river|lake|pond|sea|water|reservoir)', '(?:gone|fallen|fell|went) (?:through|under) the ice', 'under the ice', '(?:fallen|fell|gone|went|slipped|jumped) (?:in|into) the (?:canal|river|lake|pond|reservoir|sea|dock|water)', 'in the (?:canal|river|lake|pond) and (?:can not|cannot|is not) (?:swim|get out)')), vetoedBy: present(oneOf('swimming lessons?', 'pool opening', 'life ?guard')) },
  // Someone being attacked as the writer hears or sees it: "he's still hitting her", "he hit her, she's screaming" (caller trial 17,
  // P3: a noise article, then the children's social care reply and "let's finish this report first"). The police, not a helpline.
  { id: 'life.assault-in-progress', kind: 'danger-to-life', pattern: phrase(`${oneOf('he', 'she', 'they', 'him', 'the (?:man|woman|men|lads?|bloke|guy|fella|husband|boyfriend|partner)(?: (?:upstairs|downstairs|next door|opposite|over the road))?', '(?:her|his) (?:husband|wife|boyfriend|girlfriend|partner|dad|son|brother)', 'someone', 'a (?:man|woman|gang)')}(?: is| s| are| was| were)?(?: still| now| just)? ${oneOf('hitting', 'beating', 'punching', 'kicking', 'strangling', 'choking', 'battering', 'attacking', 'stabbing', 'hurting', 'hit', 'beat', 'punched', 'kicked', 'strangled', 'choked', 'battered', 'attacked', 'stabbed')}(?: (?:up|into))? ${oneOf('her', 'him', 'them', 'his (?:wife|girlfriend|partner|son|daughter|kids|children)', 'her (?:husband|boyfriend|partner|son|daughter|kids|children)', 'the (?:woman|man|kids|children|baby|girl|boy|lad)', 'a (?:woman|man|girl|boy|lad)', 'someone')}(?! (?:last (?:year|month|week|night|time)|in the past|in (?:19|20)\\d\\d|years? ago|when (?:i|we|she|he|they) (?:was|were)|once|a (?:few|couple) (?:of )?(?:years|months|weeks) ago))`), alsoNeeds: present(oneOf('now', 'still', 'right now', 'scream\\S*', 'crying', 'shouting', '(?:shout|call|cry|crie)\\S* (?:for )?help', 'next door', 'upstairs', 'downstairs', 'outside', 'in the street', 'police', '999')), vetoedBy: present(oneOf('film', 'programme', 'show', 'episode', 'game', 'book', 'ball', 'the bins?', 'the car', 'wall', 'boxing', 'football', 'rugby', 'training')) },
  // A beating in the street told by what is done: "they're stamping on his head", "kicking him on the floor" (caller re-trial 17b, P4: the highways article).
  { id: 'life.stamping', kind: 'danger-to-life', pattern: phrase(oneOf(`(?:stamp\\S*|jump\\S*|kick\\S*) on (?:his|her|their|(?:the|some|a|this) (?:man|woman|lad|guy|bloke|girl|boy)(?: s)?|someone s) (?:head|face|body|chest|neck)`, '(?:stamp\\S*|jump\\S*) on (?:him|her|them)', 'kick\\S* (?:him|her|them) (?:on|while he is on|while she is on) the (?:floor|ground|pavement)')), vetoedBy: present(oneOf('trampoline', 'bouncy castle', 'game', 'dance', 'match', 'football')) },
  // Someone else's strong painkiller or heroin substitute drunk or taken: "my flatmate's been into my methadone, half the bottle" (caller trial 17, P6).
  { id: 'life.opioid-not-theirs', kind: 'danger-to-life', pattern: phrase(`${oneOf('drank', 'drunk', 'drink', 'had', 'taken', 'took', 'swallowed', 'been (?:at|into)', 'got into', 'gone into', 'necked', 'downed')} (?:\\S+ ){0,5}(?:my|his|her|their|mum s|dad s|nan s|gran s|grandad s|mums|dads|nans) (?:\\S+ )?${oneOf('methadone', 'morphine', 'fentanyl', 'oxycodone', 'oxycontin', 'buprenorphine', 'subutex', 'oramorph', 'tramadol')}`) },
  // Someone on ice that cracks or gives way: "a kid out on the frozen pond and the ice just cracked" started a repair report (caller re-trial 17b, P4).
  { id: 'life.ice-giving-way', kind: 'danger-to-life', pattern: phrase(`(?:on|onto|out on|walking on|playing on|skating on|across) (?:the )?(?:frozen )?(?:pond|lake|canal|river|reservoir|ice|water)(?: \\S+){0,8} (?:ice )?(?:has |is |just )?(?:cracked|cracking|broke|broken|breaking|gave way|giving way|gone)\\b`), vetoedBy: present(oneOf('pavement', 'path', 'paths', 'road', 'car park', 'steps', 'gritting', 'grit', 'salt')) },
  // A fall with a head bleeding: "the old chap's gone down on the ice, there's blood by his head" (caller re-trial 16b: two bin articles).
  { id: 'life.fall-head-bleeding', kind: 'danger-to-life', pattern: phrase(`${oneOf('(?:gone|went|go) down on', 'slipped', 'fallen', 'fell', 'tripped', 'collapsed', 'on the (?:ground|floor|ice|pavement)')}(?: \\S+){0,14} ${oneOf('blood (?:\\S+ ){0,4}(?:his|her|their) head', '(?:cut|bleeding from|banged|hit|split) (?:his|her|their) head', 'head (?:is |s )?(?:bleeding|cut open|pouring)')}`) },
  // Asking whether to call an ambulance or 999 is asking about someone in danger now: the answer is yes, at once (caller re-trial 14b: a bin-tag article).
  { id: 'life.asks-for-ambulance', kind: 'danger-to-life', pattern: phrase(oneOf('(?:should|do|shall|can|must|would) (?:i|we|you) (?:\\S+ ){0,2}(?:call|ring|phon|get|need|dial)\\S*(?: for)?(?: an?| the)? (?:ambulance|999|nine nine nine|paramedics?)', '(?:does|do) (?:he|she|they) need (?:an? )?(?:ambulance|paramedics?)', '(?:is|would|will) (?:this|that|it|an? (?:\\S+ ){0,8}\\S+) (?:be )?(?:an? )?(?:999|nine nine nine|ambulance) (?:job|thing|matter|call)',
      // "Ambulance I call or no?", "I call the gas or ambulance first?", "should I take him to A and E?" (caller trial 16: an article each time).
      'ambulance (?:i|we) (?:call|ring|phone)', '(?:call|ring|phone) (?:the )?(?:gas|ambulance|999|police|fire brigade) or (?:the )?(?:gas|ambulance|999|police)', '(?:should|do|shall|must) (?:i|we) (?:\\S+ ){0,2}(?:take|bring|drive|get) (?:him|her|them|my \\S+|the \\S+) (?:\\S+ )?(?:to|into) (?:a and e|hospital|casualty)')), vetoedBy: present(oneOf('hospital appointments?', 'patient transport', 'non emergency', 'taxi', 'blue badge')) },
  // On the edge now: "I'm stood on the bridge now", "I'm up on the roof of the car park".
  { id: 'life.at-the-edge-now', kind: 'danger-to-life', pattern: phrase('(?:i am|i m|im) (?:stood|standing|sat|sitting|up|out) on (?:the|a|top of the) (?:bridge|roof|ledge|edge|railings?|parapet|cliff|platform|top floor)'), vetoedBy: present(oneOf('fix', 'repair', 'leak', 'gutter', 'tiles?', 'aerial', 'working', 'for work', 'waiting for (?:the|a|my) train')) },
  { id: 'life.insulin-overdose', kind: 'danger-to-life', pattern: phrase(oneOf('(?:injected|taken|took|had|given myself) (?:way |far |much )?too much (?:of (?:my )?)?insulin', '(?:overdid|overdone|gone over|went over) (?:it )?(?:on|with) (?:my |the )?insulin')) },

  // Structural failure
  { id: 'structure.collapse', kind: 'structural', pattern: phrase(oneOf(followedBy(structure, collapsing, 8), ceilingFalls)), vetoedBy: notACollapse },
  // "The ceiling is hanging down", "the wall is leaning outwards", "the plasterboard has dropped": the shape of a failure.
  { id: 'structure.deforming', kind: 'structural', pattern: phrase(followedBy(oneOf('ceiling', 'ceilings', 'roof', 'wall', 'walls', 'gable end', 'chimney', 'chimney stack', 'plasterboard', 'plaster', 'balcony', 'stairs', 'staircase', 'floor', 'lintel', 'beam', 'joists?', 'bay window', 'brickwork', 'bricks', 'render'), deforming, 4)), vetoedBy: present(notADeform) },
  { id: 'structure.about-to-go', kind: 'structural', pattern: phrase(followedBy(oneOf('it', 'they', 'the whole thing'), oneOf('(?:will|might|could|is going to|is about to|looks like it will) (?:fall|collapse|come down|cave in|give way)', 'fall in', 'fall down'), 2)), alsoNeeds: present(structure) },
  // Why: a wall leaning out with a crack is the failure itself, whatever the wall is called; a person leaning out of a window is not.
  { id: 'structure.leaning-cracked', kind: 'structural', pattern: phrase(oneOf('leaning (?:outwards|outward|out(?! of| the| to| over| my| his| her| their| a | from| for))', 'bowing out(?:wards)?', 'bulging out(?:wards)?', 'pulling away from the (?:house|building|wall)')), alsoNeeds: present(oneOf('cracks?', 'cracked', 'cracking', 'gap', 'gaps', 'split')), vetoedBy: present(oneOf(notADeform, 'lamp ?posts?', 'signs?', 'bollards?', 'ladder', 'window', 'i was', 'he was', 'she was', 'kids?', 'neighbour', 'teeth')) },
  { id: 'structure.collapse-before', kind: 'structural', pattern: phrase(followedBy(oneOf('collapsed', 'collapsing', 'falling', 'fallen', 'bulging', 'sagging'), oneOf('ceiling', 'ceilings', 'roof', 'wall', 'walls', 'floor', 'balcony', 'chimney', 'plaster', 'plasterboard'), 2)), vetoedBy: notACollapse },

  // Flooding
  { id: 'flood.burst-pipe', kind: 'flooding', pattern: phrase(oneOf(near(oneOf(plumbing, 'water'), oneOf('burst', 'bursted', 'bust', 'busted', 'split', 'exploded', 'snapped', 'came off', 'come off'), 2), followedBy(plumbing, oneOf('burst', 'bursted', 'exploded', 'split open', 'sprung a leak'), 6))) },
  { id: 'flood.water-pouring', kind: 'flooding', pattern: phrase(followedBy(oneOf('water', 'leak', 'rain', 'rainwater', 'sink', 'bath', 'tank', 'cistern', 'washing machine', 'dishwasher'), pouring, 2)), vetoedBy: notAFlood },
  { id: 'flood.flooded-room', kind: 'flooding', pattern: phrase(oneOf(near(oneOf('flooded', 'flooding', 'floods', 'flood', 'under water', 'underwater', 'inches of water', 'inch of water', 'cm of water', 'ankle deep', 'standing water'), room, 4), 'flooding', 'flooded', 'flood')), vetoedBy: notAFlood },
  { id: 'flood.cannot-stop', kind: 'flooding', pattern: phrase(near(oneOf('stopcock', 'stop cock', 'stop tap', 'stoptap', 'water off', 'the water'), oneOf('can not (?:find|turn|stop)', 'will not (?:turn|stop)', 'stuck', 'seized'), 3)), ignoresNegation: true, alsoNeeds: present(oneOf('leak', 'leaking', 'pouring', 'gushing', 'burst', 'flooding', 'everywhere', 'spraying', 'pissing')) },
  { id: 'flood.ceiling', kind: 'flooding', pattern: phrase(followedBy(oneOf('water', 'coming', 'pouring', 'gushing', 'rain'), oneOf('through the ceiling', 'through my ceiling', 'through ceiling', 'through the roof', 'down the walls', 'down the wall', 'in through'), 4)), vetoedBy: present(oneOf('condensation', 'drip', 'drips', 'dripping', 'slowly', 'bit of', 'small')) },

  // Sewage
  { id: 'sewage.inside', kind: 'sewage', pattern: phrase(near(sewageWord, backingUp, 5)), vetoedBy: notSewage },
  // Why: sewage from blocked drains comes up through the lowest outlet indoors, a shower tray or a bath, before the toilet.
  { id: 'sewage.up-through-outlet', kind: 'sewage', pattern: phrase(near(oneOf('coming up', 'came up', 'bubbling up', 'backing up', 'backed up', 'coming back up', 'pouring out of', 'coming out of'), oneOf('shower tray', 'shower', 'bath', 'plughole', 'plug hole'), 4)), alsoNeeds: present(oneOf('drains?', 'sewage', 'sewer', 'toilet paper', 'poo', 'poop', 'faeces', 'excrement', 'waste', 'stinks?', 'smells? of (?:sewage|drains|poo)')) },
  { id: 'sewage.toilet-overflow', kind: 'sewage', pattern: phrase(near(oneOf('toilet', 'loo', 'toilets', 'drains?'), oneOf('overflowing', 'overflowed', 'overflow', 'backing up', 'backed up', 'coming back up', 'coming up', 'bubbling up', 'bubbling out', 'spewing', 'flooding'), 3)), vetoedBy: present(oneOf('cistern', 'overflow pipe', 'outside', 'garden', 'street', 'road')) },

  // Total loss of power
  { id: 'power.none', kind: 'power-loss', pattern: phrase(followedBy(oneOf('no', 'lost', 'lost all', 'without', 'not got any', 'have not got any', 'do not have any', 'zero', 'lost our', 'lost my'), power, 1)), vetoedBy: notPowerLoss },
  { id: 'power.gone', kind: 'power-loss', pattern: phrase(followedBy(power, poweredOff, 3)), vetoedBy: notPowerLoss },
  { id: 'power.cut', kind: 'power-loss', pattern: phrase(oneOf('power cut', 'power outage', 'power failure', 'blackout', 'all the lights (?:have |are )?(?:gone|out|off)', 'everything (?:has )?(?:gone|went) off', 'trip switch', '(?:electrics?|fuse|trip|it|power|switch) keeps? tripping', 'fuse (?:has )?blown', 'no lights')) },

  // Home cannot be secured
  { id: 'insecure.cannot-lock', kind: 'insecure-home', pattern: phrase(followedBy(oneOf(doorOnly, 'it', 'they'), followedBy(cannot, oneOf('lock', 'locked', 'close', 'shut', 'secure', 'secured', 'latch', 'be locked', 'be secured', 'be shut', 'close properly', 'lock properly'), 2), 6)), ignoresNegation: true, alsoNeeds: present(doorOnly), vetoedBy: internalDoor },
  { id: 'insecure.forced', kind: 'insecure-home', pattern: phrase(near(door, forcedIn, 4)), alsoNeeds: present(breakIn), vetoedBy: internalDoor },
  { id: 'insecure.open-home', kind: 'insecure-home', pattern: phrase(oneOf(followedBy(oneOf('can not', 'unable to', 'no way to'), oneOf('secure', 'lock up', 'lock'), 0) + ' ' + oneOf('the flat', 'the house', 'my flat', 'my house', 'my home', 'the property', 'the place', 'it'), 'anyone (?:can|could) (?:just )?(?:walk|get|come) in', 'wide open', 'no front door', 'no back door')), alsoNeeds: present(oneOf(breakIn, forcedIn, 'door', 'window', 'lock')) },

  // No heating or hot water with someone vulnerable
  { id: 'heat.none-vulnerable', kind: 'no-heat-vulnerable', pattern: phrase(oneOf(noHeat, 'freezing cold', 'so cold', 'too cold', 'no warmth')), ignoresNegation: true, alsoNeeds: present(vulnerableToCold) },

  // Homeless tonight
  { id: 'homeless.nowhere-to-sleep', kind: 'homeless-tonight', pattern: phrase(followedBy(nowhere, oneOf('to', 'i can', 'we can', 'for me to', 'for us to', 'for the kids to', 'for my kids to'), 0) + ' ' + sleepOrStay), ignoresNegation: true },
  { id: 'homeless.rough', kind: 'homeless-tonight', pattern: phrase(oneOf('sleeping rough', 'sleep rough', 'slept rough', 'sleeping outside', 'sleep outside', 'rough sleeping', 'street homeless', followedBy(oneOf('sleeping', 'sleep', 'slept', 'kip', 'kipping', 'living', 'end up', 'ending up', 'put', followedBy(oneOf('i', 'we', 'me', 'us'), oneOf('be', 'out'), 3)), followedBy(oneOf('in', 'on', 'at'), roughPlace, 1), 0))) },
  // A floor or a sofa for tonight only is homelessness tonight; for weeks while the flat is done up it is not.
  { id: 'homeless.floor-tonight', kind: 'homeless-tonight', pattern: phrase(near(followedBy(oneOf('sleeping', 'sleep', 'kip', 'kipping', 'crashing', 'crash', 'staying', 'stay'), oneOf('on', 'in', 'at'), 0) + ' ' + oneOf(`(?:(?:a|my|our) )?(?:\\S+s|${oneOf('friend', 'mate', 'pal', 'cousin', 'sister', 'brother', 'mum', 'dad', 'nan', 'gran', 'aunt', 'auntie', 'uncle', 'neighbour', 'colleague')}) ${oneOf('floor', 'sofa', 'couch', 'settee')}`, `(?:a|the|my|our) (?:\\S+ )?${oneOf('car', 'van', 'bus', 'hallway', 'stairwell')}`), oneOf('tonight', 'tonite', 'from tonight', 'this evening'), 5)) },
  // Why: a bed that ends after tonight ("the sofa's gone after tonight", "nowhere after tonight") is homelessness tomorrow, within hours.
  { id: 'homeless.after-tonight', kind: 'homeless-tonight', ignoresNegation: true, pattern: phrase(near(oneOf('nowhere(?: to (?:go|stay|sleep))?', 'no where', 'gone', 'out', 'homeless', 'on the streets?', 'no (?:bed|sofa|roof|room|place)', 'have to (?:go|leave|move on)', 'got to (?:go|leave)'), oneOf('after (?:tonight|today|this evening)', 'from tomorrow', 'by tomorrow', 'as of tomorrow'), 4)), alsoNeeds: present(oneOf('sofa', 'couch', 'settee', 'stay', 'staying', 'friends?', 'mates?', 'sleep', 'nowhere', 'no where', 'no one', 'homeless', 'hostel', 'bed', 'room', 'place to')), vetoedBy: present(oneOf('bins?', 'collection', 'sale', 'offer', 'deal', 'permit', 'parking', 'garden waste', 'subscription', 'bulky')) },
  // Why: a stay that runs out tonight, with nowhere after it, is homelessness tonight; moving on to a new home is not.
  { id: 'homeless.until-tonight', kind: 'homeless-tonight', pattern: phrase(followedBy(oneOf('stay', 'staying', 'sleep', 'sleeping', 'sofa', 'couch', 'here', 'there'), '(?:\\S+ ){0,3}(?:until|till|til|up to) (?:tonight|today|this evening)', 0)), alsoNeeds: present(oneOf('nowhere', 'no where', 'no one else', 'nobody else', 'homeless', 'on the streets?', 'sleep rough', 'sleeping rough', 'nowhere to go')) },
  { id: 'homeless.tonight', kind: 'homeless-tonight', pattern: phrase(oneOf(near(oneOf('homeless', 'no home', 'no roof over', 'no accommodation', 'no bed'), tonight, 6), 'homeless now', 'now homeless', 'just (?:been made|become|made|gone) homeless')) },
  { id: 'homeless.thrown-out', kind: 'homeless-tonight', pattern: phrase(followedBy(oneOf('kicked', 'thrown', 'chucked', 'turfed', 'booted', 'threw'), thrownOut, 3)), alsoNeeds: present(oneOf(evictedNow, whereNow)), vetoedBy: laterDate },
  { id: 'homeless.being-thrown-out', kind: 'homeless-tonight', pattern: phrase(followedBy(oneOf('kicking', 'throwing', 'chucking', 'turfing', 'booting'), thrownOut, 3)), alsoNeeds: present(evictedNow), vetoedBy: laterDate },
  { id: 'homeless.must-leave', kind: 'homeless-tonight', pattern: phrase(followedBy(oneOf('have to', 'got to', 'has to', 'need to', 'must', 'told (?:me |us )?to', 'asked (?:me |us )?to', 'wants? (?:me|us) to'), oneOf('leave', 'get out', 'move out', 'be out') + ' ' + oneOf('tonight', 'today', 'by tonight', 'this evening', 'immediately'), 2)), alsoNeeds: present(oneOf('sofa', 'sofa surfing', 'staying', 'stay', 'friends?', 'mates?', 'family', 'parents', 'mum', 'dad', 'partner', 'landlord', 'landlady', 'room', 'hostel', 'house', 'flat', 'home', 'place', 'nowhere')) },
  { id: 'homeless.evicted-now', kind: 'homeless-tonight', pattern: phrase(oneOf(followedBy(oneOf('where (?:can|do|will|should)'), oneOf('i', 'we', 'my family', 'my kids'), 0) + ' ' + oneOf('sleep', 'stay', 'go') + ' tonight', 'bailiffs (?:are )?(?:here|outside|at the door|coming today|changing the locks)', '(?:landlord|he|she|they) (?:has |have )?changed the locks', 'evicted (?:today|tonight|this morning)', 'told (?:me |us )?to (?:leave|get out) (?:tonight|today|now|immediately|by tonight)', 'illegally evicted')) },
];

/** "It's not an emergency" lowers nothing for gas, CO, fire or electrics, where recall comes first. */
export const softKinds: ReadonlySet<EmergencyKind> = new Set(['no-heat-vulnerable', 'power-loss', 'structural', 'insecure-home', 'damp-health']);
