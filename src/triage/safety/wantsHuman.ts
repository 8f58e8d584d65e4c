import { near, oneOf, phrase, present, followedBy, type Rule } from './rules.js';

/**
 * An explicit wish for a person: to talk to one, to be called back, or a verdict that the bot
 * cannot help. "Can someone come and fix my tap" is a repair request, and "I spoke to someone
 * last week" is history, so neither matches: the rules need a request verb aimed at a person.
 */
export type HumanRequest = 'wants-human';

const human = oneOf(
  '(?:a |an |some |the |your |my |any |one of your )?(?:real |actual |live |proper |human |normal )?(?:person|people|human|human being|humans|someone|somebody|anyone|anybody|advisor|adviser|advisors|advisers|agent|operator|member of (?:staff|the team)|staff member|staff|officer|manager|supervisor|rep|representative|customer service(?:s)?|customer services (?:team|agent)|call centre|team member|woman|man|lady)',
  '(?:my |the |a |your )?(?:housing|tenancy|estate|neighbourhood|environmental health|council tax|repairs) (?:officer|team|advisor|adviser)',
  'whoever (?:deals with|handles|is in charge of|looks after|is responsible for|covers)',
);
const talkVerb = oneOf('speak', 'talk', 'chat', 'speaking', 'talking', 'chatting', 'be put through', 'get through', 'put through', 'put', 'transfer(?:red)?', 'connect(?:ed)?', 'passed', 'pass', 'pass me', 'deal');
const callMe = oneOf(
  '(?:call|ring|phone|contact|bell) me(?: back)?', 'give me a (?:call|ring|bell)', 'call ?back', 'ring ?back', 'phone ?back', 'callback',
  '(?:get|gets|getting) back to me', 'someone (?:to )?(?:call|ring|phone|contact) me', '(?:call|ring|phone) (?:me|us) on',
);
/** The bot itself, as residents name it. */
const theBot = oneOf('(?:the |this )?(?:bot|chatbot|chat bot|robot|web ?chat)', '(?:the|this) chat', 'this (?:service|assistant)', 'you');
const botIsUseless = oneOf(
  '(?:bot|chatbot|chat bot|robot|this thing|this chat|this service|you|this|it) (?:is|are|was) (?:\\S+ )?(?:useless|rubbish|pointless|no help|no use|not helping|not helpful|unhelpful|hopeless|crap|shit|a waste of time|going round in circles|not understanding)',
  // "Not working" is a verdict on the bot only when the bot is what is not working: the pay machine or the boiler is a report.
  `${theBot} (?:is|are|was|were) (?:\\S+ )?not working`,
  'useless (?:bot|robot|chatbot|machine|thing)', '(?:you|it|this) (?:do not|does not|are not|is not) (?:understand|help|helping|listening|getting it)', 'not talking to a (?:bot|robot|machine|computer)',
  '(?:fed up|sick|tired) (?:of|with) (?:this|the|a|talking to a|talking to the) (?:bot|robot|machine|computer|chatbot|automated)', 'stop (?:the )?(?:bot|robot)', 'going round in circles',
  'do not want (?:a |the |to talk to a |to speak to a )?(?:bot|robot|machine|computer|chatbot)',
);
/** "Are you a real person?" asks what the bot is: small talk, not a request. */
const askingWhatBotIs = present(oneOf('are you (?:a |an )?(?:real|human|robot|bot|person|machine|ai|computer)', 'is this (?:a |an )?(?:real|human|robot|bot|person|machine|ai|computer)', 'am i (?:talking|speaking|chatting) to (?:a |an )?(?:real|human|robot|bot|person|machine|computer)'));
/** Someone who should come round is a visit, not a conversation. */
const visitNotTalk = present(oneOf('come (?:and|to|round|out|over)', 'fix', 'repair', 'look at', 'sort', 'inspect', 'visit'));

/** Whom a resident asks to be called: themselves, or someone they are writing for ("can someone phone my dad"). */
const calledOne = oneOf('me', 'us', 'him', 'her', 'them', 'back', 'the landline', 'my (?:mum|mam|mom|dad|mother|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|husband|wife|partner|son|daughter|aunt|auntie|uncle|brother|sister|parents|landline|mobile)');
const someoneAsked = oneOf(
  'someone', 'somebody', 'anyone', 'anybody', 'a person', '(?:a|an) (?:\\S+ )?(?:advisor|adviser|officer|manager|supervisor)', 'one of (?:your|the) (?:team|staff|officers|advisors|advisers)',
  'a member of (?:staff|the team)', '(?:my|the|your) (?:housing |tenancy |estate )?officer', 'the (?:housing |repairs |council tax )?team',
);
/** A request's opening: a call asked for is a request, a call that happened ("someone rang me yesterday") is history. */
const asking = oneOf('can', 'could', 'would', 'will', 'please', 'pls', 'ask', 'need', 'want', 'like', 'grateful if', 'get', 'may', 'might', 'is there');
/** What someone else said they would do is a chase, answered as one (see `human.call-back`'s veto). */
const promised = ['said (?:they|you|he|she)(?: would| will|d)?', 'promised', 'supposed to', 'meant to', 'was told'];
const promisedCall = present(oneOf(...promised));

export const wantsHumanRules: readonly Rule<HumanRequest>[] = [
  { id: 'human.talk-to', kind: 'wants-human', pattern: phrase(followedBy(talkVerb, oneOf('to', 'with', 'me to', 'me through to', 'me over to', 'through to') + ' ' + human, 1)), vetoedBy: askingWhatBotIs },
  { id: 'human.want-person', kind: 'wants-human', pattern: phrase(followedBy(oneOf('want', 'need', 'like', 'get me', 'give me', 'find me', 'request', 'demand', 'please', 'can i have', 'could i have', 'may i have'), oneOf('(?:a |an )?(?:real |actual |live |proper )?(?:person|human|human being|advisor|adviser|agent|operator|manager|supervisor)', 'someone real', 'a real one'), 3)), vetoedBy: askingWhatBotIs },
  { id: 'human.real-person', kind: 'wants-human', pattern: phrase(oneOf('(?:real|actual|live|proper) (?:person|human|people|human being|advisor|adviser|agent|operator)', 'someone real', 'human please', 'humans? pls', 'human being', 'human now', 'not a (?:bot|robot|machine|computer)')), vetoedBy: askingWhatBotIs },
  { id: 'human.call-back', kind: 'wants-human', pattern: phrase(callMe), vetoedBy: present(oneOf(...promised, 'never', 'no one', 'nobody', 'still waiting', 'waiting for', 'did not', 'has not', 'have not', 'call me (?:a|an) \\S+', 'on (?:the|his|her|their) way', 'before (?:you|they|he|she) (?:come|arrive|get here)', 'when (?:you|they|he|she) (?:are|is|get) (?:here|outside)', '(?:i|we) (?:will |shall |can |could |might |am going to |are going to )?(?:just )?(?:ring|call|phone|try) (?:you |again )?back')) },
  { id: 'human.bot-useless', kind: 'wants-human', pattern: phrase(botIsUseless) },
  { id: 'human.someone-call', kind: 'wants-human', pattern: phrase(followedBy(oneOf('can', 'could', 'will', 'would', 'please', 'need', 'want', 'get', 'have'), oneOf('someone', 'somebody', 'an advisor', 'an adviser', 'a person', 'one of your team', 'a member of staff') + ' ' + oneOf('call', 'ring', 'phone', 'contact', 'email', 'get back to', 'talk to', 'speak to', 'speak with', 'talk with', 'get in touch with') + ' me', 1)), vetoedBy: visitNotTalk },
  { id: 'human.lone-word', kind: 'wants-human', pattern: /^(?:please |pls )?(?:human|humans|person|advisor|adviser|agent|operator|staff|representative|rep|customer services?|talk to human|speak to human|real person|person please|operator please|agent please|advisor please|adviser please|a human|transfer me|connect me|put me through)(?: please| pls| now)?$/gu },
  { id: 'human.escalate', kind: 'wants-human', pattern: phrase(near(oneOf('escalate', 'escalated', 'transfer', 'transferred', 'put through', 'pass me on', 'hand me over', 'handover'), oneOf('human', 'person', 'advisor', 'adviser', 'agent', 'someone', 'somebody', 'manager', 'supervisor', 'staff', 'team'), 4)) },
  { id: 'human.anyone-to-talk-to', kind: 'wants-human', pattern: phrase(oneOf('anyone', 'anybody', 'someone', 'somebody', '(?:a |an )?(?:real |actual )?(?:person|human|advisor|adviser)') + ' ' + oneOf('i', 'we') + ' ' + followedBy('can', oneOf('talk', 'speak', 'chat') + ' ' + oneOf('to', 'with'), 2)) },
  // "Could somebody from the council kindly telephone me", "can someone ring my mum", "grateful if somebody rang the landline" (training author F30).
  {
    id: 'human.someone-to-call',
    kind: 'wants-human',
    pattern: phrase(followedBy(asking, someoneAsked + '(?: (?:who|that) (?:speaks|can speak) \\S+)?(?: from (?:the |your )?\\S+(?: \\S+)?)?(?: (?:kindly|please|just|possibly|actually|be able to))? ' + oneOf(`(?:call|ring|rang|phone|telephone|contact|get in touch with|speak to|speak with|talk to|talk with) ${calledOne}`, `give ${calledOne} a (?:call|ring|bell)`), 3)),
    vetoedBy: promisedCall,
  },
  { id: 'human.call-from', kind: 'wants-human', pattern: phrase(followedBy(oneOf('want', 'need', 'like', 'request', 'demand', 'can i have', 'could i have', 'may i have', 'please'), '(?:a )?(?:phone |telephone )?call(?: back)? from (?:a |an |the |your |my |someone|somebody)', 2)) },
  {
    id: 'human.appointment',
    kind: 'wants-human',
    pattern: phrase(oneOf(
      '(?:telephone|phone|face to face|in person|video) (?:appointment|meeting|call) with', '(?:appointment|meeting) with (?:a |an |the |my |your )?(?:\\S+ )?(?:advisor|adviser|officer|someone|somebody|person|manager|member of staff)',
      '(?:arrange|book|make|have|get|want|need|like) (?:a |an )?(?:telephone|phone|face to face|in person) (?:appointment|meeting|call)', '(?:see|meet) (?:someone|somebody|an advisor|an adviser|an officer) (?:in person|face to face)', 'explain (?:it |this )?in person',
    )),
  },
  { id: 'human.my-language', kind: 'wants-human', pattern: phrase(oneOf('(?:someone|somebody|anyone|anybody|a person|an advisor|an adviser) (?:who|that) (?:speaks|can speak|signs|can sign)', '(?:need|want|like|have|get|is there|do you have|can i have|could i have|can i get) (?:a |an )?(?:interpreter|translator)', '(?:a |an )?(?:person|human) i mean')) },
  { id: 'human.phone-number', kind: 'wants-human', pattern: phrase(oneOf('is there (?:a |any )?(?:number|phone number) i can (?:call|ring)', '(?:give|send|tell) me (?:a|the|your) (?:phone )?number (?:to call|to ring|i can call|i can ring)', 'can i (?:call|ring|phone) (?:you|someone|somebody|the council)', 'how do i (?:speak|talk) to (?:someone|somebody|a person|an advisor|a human)')) },
];
