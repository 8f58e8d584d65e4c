import { oneOf, phrase, followedBy, type Rule } from './rules.js';

/**
 * Abuse aimed at the bot or the people behind it. Swearing about a situation ("the bloody
 * boiler has packed in again") is frustration, not abuse: every rule needs an insult or a
 * curse pointed at "you", the bot, the council's staff.
 */
export type AbuseKind = 'abusive';

const target = oneOf(
  'you', 'ya', 'yous', 'youse', 'you lot', 'your lot', 'you people', 'bot', 'robot', 'chatbot', 'this bot', 'the bot', 'this thing', 'this machine',
  'the council', 'this council', 'council staff', 'your staff', 'staff', 'the staff', 'your workers', 'your advisors', 'the advisor', 'the adviser', 'housing officer',
);
const insult = oneOf(
  'idiots?', 'stupid', 'thick', 'morons?', 'moronic', 'pathetic', 'clowns?', 'muppets?', 'twats?', 'pricks?', 'cunts?', 'dicks?', 'dickheads?', 'wankers?',
  'bastards?', 'bitch(?:es)?', 'scum', 'scumbags?', 'arseholes?', 'assholes?', 'retards?', 'retarded', 'imbeciles?', 'knobheads?', 'tossers?', 'pillocks?', 'dumb',
  'brain ?dead', 'shit', 'shite', 'crap', 'piece of shit', 'waste of space', 'waste of oxygen', 'dogshit', 'useless (?:\\S+ )?(?:idiots?|twats?|pricks?|bastards?|cunts?|morons?|pieces? of shit)',
  'fucking (?:useless|idiots?|stupid|morons?|joke|pathetic|clowns?|scum|thick|bots?|machine)', 'effing (?:useless|idiots?|stupid)', 'bloody (?:idiots?|useless|stupid|morons?)',
);
const curse = oneOf('fuck (?:you|off|u|ya|this bot|the lot of you|the council)', 'f off', 'fuck off', 'eff off', 'piss off', 'sod off', 'bugger off', 'screw you', 'go to hell', 'shut up', 'shut the fuck up', 'stfu', 'gfy', 'get fucked', 'go fuck yourself', 'kiss my arse', 'up yours', 'drop dead', 'die in a fire', 'i hope you die', 'kill you', 'burn the council down', 'find where you live', 'know where you live');

export const abuseRules: readonly Rule<AbuseKind>[] = [
  { id: 'abuse.insult', kind: 'abusive', pattern: phrase(followedBy(target, oneOf('are', 'is', 'r', 'are all', 'are just', 'is just', 'are a', 'are an', 'is a', 'is an', 'are such', 'is such', 'are such a', 'is such a', 'are a bunch of', 'are all a bunch of'), 1) + ' ' + oneOf(insult, '\\S+ ' + insult)) },
  { id: 'abuse.you-insult', kind: 'abusive', pattern: phrase(oneOf('you', 'ya', 'u', 'you lot', 'you people') + ' ' + oneOf(insult, 'useless ' + insult, 'fucking ' + insult, 'bloody ' + insult, '\\S+ ' + insult)) },
  { id: 'abuse.curse', kind: 'abusive', pattern: phrase(curse) },
  { id: 'abuse.insult-bot', kind: 'abusive', pattern: phrase(oneOf(insult) + ' ' + oneOf('fucking ', 'effing ', 'bloody ', 'useless ', '') + oneOf('bot', 'robot', 'chatbot', 'machine', 'council', 'staff', 'idiots?', 'people')) },
];
