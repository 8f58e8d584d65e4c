/** Commands a resident can give at any step of a service-request flow. */
export type GlobalCommand = 'cancel' | 'start-again' | 'help' | 'talk-to-someone';

const politeness = /^(please |can i |could i |can you |i (just )?(want|wanna|need) to |i d (just )?like to |i would (just )?like to |let me |just )+| please$/g;

// Whole-message phrases only, so "I can't cancel my direct debit" is an answer, not a command.
const commands: ReadonlyArray<readonly [RegExp, GlobalCommand]> = [
  [/^(cancel( (it|that|this|the report|my report|the request|the lot|everything|all of it|the call back))?|stop( (it|that|this))?|quit|exit|never ?mind|forget (it|about it)|forget (about )?(the|my|this|that)( [a-z]+){1,3}|scrap (it|that|this)|leave it|don t bother|don t worry about it|abandon( it)?)$/, 'cancel'],
  [/^(start (again|over|from the (beginning|start))|restart|begin again|go back to the (start|beginning))$/, 'start-again'],
  [/^(help( me)?|what do you mean|i don t understand|i do not understand|what do i (say|type|put)|what should i (say|type|put))$/, 'help'],
  [
    /^((talk|speak|chat) (to|with) (someone|somebody|anyone|anybody|a (person|human|real person|member of staff|advisor|adviser|agent)|an (advisor|adviser|agent|operator))|(a |an )?(advisor|adviser|agent|human|real person|operator)|(put|transfer|connect) me( (through|over|on))?( to (someone|somebody|anyone|anybody|a (person|human|real person)|an? (advisor|adviser|agent|operator)))?)$/,
    'talk-to-someone',
  ],
];

/**
 * What may come before a command without making it an answer: a change of mind ("actually", "oh
 * sorry") and what is being dropped ("forget the bin"). Said on a call, "actually… forget the bin,
 * cancel that" was re-asked "which bin was it?".
 */
const before = /^((actually|oh|oh no|sorry|wait|hang on|um+|erm+|er|no|no thanks|no thank you|right|ok|okay|you know what|on second thoughts?|dear|love|pet|mate|darling) ?)*(forget (about )?(the|my|this|that|it) ?([a-z]+ ?){0,3})?$/;
/** What may come after one: "cancel that, forget the bin", "forget the bin, actually" (caller trial 30, C30-10), "cancel it thanks", "I'll ring back tomorrow, cancel", "that's it, bye". */
const after = /^((forget (about )?(the|my|this|that|it)( [a-z]+){0,3}|thanks|thank you|ta|cheers|cancel( it| that)?|bye|goodbye|for now|then|actually|dear|love|pet|mate|darling) ?)*$/;

/**
 * Going, rather than answering: "bye", "that's it", "I'll ring back tomorrow", "I just want to hang
 * up" (a caller who said it was read a garages article). Not a command at every
 * step, since "no, that's all thanks" answers "would you like a confirmation?": only a message that
 * fills nothing the form asks is read for it.
 */
const goodbye: ReadonlyArray<readonly [RegExp, 'goodbye']> = [
  [
    /^((good ?)?bye( bye| now| then| for now)?|ta ra|see (you|ya)( later)?|that s (it|all|everything)|that is (it|all|everything)|nothing else|hang up|end (the|this) (call|chat|conversation)|i (will |ll |shall |can )?(just )?(ring|call|phone|try|come|get) (you |again |in )?back( later| tomorrow| another (time|day)| next week)?|i (will|ll) (do|try|sort|finish) (it|this|that) (later|another time|another day|tomorrow))$/,
    'goodbye',
  ],
];

const phraseIn = <Said>(table: ReadonlyArray<readonly [RegExp, Said]>, message: string): Said | undefined => table.find(([pattern]) => pattern.test(message.replace(politeness, '')))?.[1];

/**
 * The command `text` gives, if the message is one ("Cancel", "start again please", "talk to
 * someone"), with nothing around it but a change of mind and what it drops.
 */
export const globalCommand = (text: string): GlobalCommand | undefined => phraseAlone(commands, text);

/** Whether `text` is a goodbye ("no thanks, bye", "forget it, I'll ring back tomorrow, cancel"). */
export const saysGoodbye = (text: string): boolean => phraseAlone(goodbye, text) !== undefined;

/**
 * The most words a command with its surroundings takes ("no thanks, forget it, I'll ring back tomorrow,
 * bye"). Every split of the message is tried, so a longer one is no command, and is not tried: 2,000
 * characters of "ok, no" held the event loop 3.5 s (outside attack 16, C1).
 */
const commandWordsAtMost = 24;

/** The phrase of `table` that `text` is, with nothing around it but a change of mind, what it drops and thanks. */
function phraseAlone<Said>(table: ReadonlyArray<readonly [RegExp, Said]>, text: string): Said | undefined {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  if (words.length > commandWordsAtMost) return undefined;
  for (let start = 0; start < words.length; start += 1) {
    if (!before.test(words.slice(0, start).join(' '))) continue;
    for (let end = words.length; end > start; end -= 1) {
      if (!after.test(words.slice(end).join(' '))) continue;
      const said = phraseIn(table, words.slice(start, end).join(' '));
      if (said) return said;
    }
  }
  return undefined;
}
