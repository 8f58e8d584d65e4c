/**
 * The words of conversation rather than of a council service, as `words()` spells them
 * (lower case, apostrophes dropped: "you're" → "youre"). None may name a service: a word here
 * is one a message can contain and still be about nothing but the conversation itself.
 */
const list = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Words that make a message small talk: greetings, thanks, goodbyes, the bot itself, chit-chat. */
export const smalltalkCueWords = list(`
  hi hii hiya heya hey hello helo hallo howdy hola yo greetings morning afternoon evening gm sup wassup
  thanks thank thankyou thanku thanx thnx thnks thx ty tyvm tq ta cheers appreciated appreciate
  bye byee goodbye cya laters ttyl goodnight gn night
  robot bot chatbot ai computer machine automated
  lol lmao lmfao rofl funny hilarious witty clever smart genius legend star brilliant brill lovely great perfect fab amazing awesome excellent wonderful superb nice cool sweet ace
`);

/**
 * Phrases that make a message small talk; their words are used up, so "day" in "have a nice
 * day" or "christmas" in "merry christmas" do not count as a subject.
 */
export const smalltalkCuePhrases: readonly RegExp[] = [
  /\bhow (?:are|r) (?:you|u|ya)(?: doing)?\b/g,
  /\bhows? (?:it going|your day|things|life)\b/g,
  /\bwhats? up\b/g,
  /\b(?:who|what) (?:are|r) (?:you|u)\b/g,
  /\bwhats? (?:your|ur) name\b/g,
  /\bwho (?:made|built|created|programmed|designed) (?:you|u|this)\b/g,
  // "Are you a real person?" asks what the bot is; asking for one is a request (see safety's wantsHuman).
  /\b(?:are|r) (?:you|u|ya)(?: \w+){0,3} (?:real|human|person|alive)\b/g,
  /\b(?:is this|is it|am i (?:talking|speaking|chatting) (?:to|with))(?: \w+){0,3} (?:real|human|person)\b/g,
  /\bwho am i (?:talking|speaking|chatting) (?:to|with)\b/g,
  /\b(?:see|speak to|talk to) (?:you|u|ya) (?:later|soon|again)\b/g,
  /\btake care\b/g,
  /\bhave a (?:nice|good|great|lovely) (?:day|one|weekend|evening|night)\b/g,
  /\b(?:merry|happy) (?:christmas|xmas|new year|easter|holidays)\b/g,
  /\bno (?:worries|problem|probs)\b/g,
  /\bnot (?:too )?bad\b/g,
  /\b(?:are )?(?:you|u|ya) (?:ok|okay|alright|well)\b/g,
  /\bthats (?:all|it|everything)(?: i (?:need|needed|wanted))?\b/g,
  /\b(?:all good|(?:good|great|nice) (?:one|bot|job|stuff)|anyone there|you there)\b/g,
  /\bwhat (?:can|could|do) (?:you|u) (?:do|help)\b/g,
  /\bhow does (?:this|it|the)(?: chat)? work\b/g,
  // Leaving in a hurry: "I have to go, the doorbell is ringing" (read as the domestic abuse article's "you do not have to go back").
  /\b(?:sorry )?(?:(?:have|has|got|need|needs|must) to|gotta) go(?: now)?\b/g,
  /\b(?:(?:the|my) )?door ?bells? (?:is |s )?(?:ringing|going)\b|\bsome(?:one|body)(?: is|s)? at the door\b/g,
];

/** Laughter and its spellings: "haha", "hehehe", "lolll", "lmaooo". */
export const laughter = /^(?:(?:ha|he){2,}h?|l+o+l+[sz]?|lmf?a+o+)$/;

/** Function words, text-speak, address terms and acknowledgements: no subject of their own. */
export const fillerWords = list(`
  i im ive me my mine myself you youre youve youll youd u ur ure ya your yours yourself
  we us our they them theyre it its itd itll thats this that these those there theres here
  he she his her one everyone everybody anyone anybody all guys folks people yall
  am is are was were be been being do does did doing done have has had having can could will would should shall may might must
  get got gonna wanna r
  a an the and or but so then too also just for to of with at on in about from by as if
  what who how why where when which whats whos hows wheres
  ok okay okey k kk alright right sure yes yeah yea yep yup yh ye no nope nah well oh ah aw aww wow hmm um erm er ooh
  please pls plz again anyway btw
  very really much many lots loads such quite totally truly indeed
  mate m8 pal love luv hun hunny babe dear sir madam maam bro bruh dude buddy chap lads team friend
  x xx xxx xo
  helpful useful kind good best fine sorted help helping hope time everything now today tonight later soon arent isnt
  real human person actual live alive talking speaking chatting
`);

/** People a resident may ask for; a message of these and nothing else is a request for one. */
export const personWords = list(`
  human humans person people agent agents advisor adviser advisors advisers operator staff representative rep
  officer manager supervisor someone somebody anyone anybody customer services service
`);

/** Asking for a person, a call or a visit, and what about only vaguely: no subject of their own. */
export const requestWords = list(`
  talk speak chat put through transfer connect pass call ring phone bell callback back contact reach email e mail write
  visit see come touch hold give let want need like id rather prefer than type typing message not member proper available free
  problem problems issue issues query queries question questions enquiry enquiries matter something anything thing stuff
  urgent urgently asap important personal private sensitive complicated
`);

/** How, where and when the council can be reached, and the council itself. */
export const contactWords = list(`
  number numbers telephone tel phones landline line lines email address details open opens opening close closes closing closed shut
  hours times time office offices reception switchboard helpline website located location find directions
  council councils town hall civic centre center borough
  weekend weekends weekday weekdays monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays
  bank holiday holidays christmas boxing day days easter lunch lunchtime morning mornings afternoon evening evenings late early tomorrow still yet over during until
`);
