/** Commands a resident can give at any step of a service-request flow. */
export type GlobalCommand = 'cancel' | 'start-again' | 'help' | 'talk-to-someone';

const politeness = /^(please |can i |could i |can you |i want to |i d like to |i would like to |i need to |let me |just )+| please$/g;

// Whole-message phrases only, so "I can't cancel my direct debit" is an answer, not a command.
const commands: ReadonlyArray<readonly [RegExp, GlobalCommand]> = [
  [/^(cancel( (it|that|this|the report|my report|the request))?|stop( (it|that|this))?|quit|exit|never ?mind|forget (it|about it)|abandon( it)?)$/, 'cancel'],
  [/^(start (again|over|from the (beginning|start))|restart|begin again|go back to the (start|beginning))$/, 'start-again'],
  [/^(help( me)?|what do you mean|i don t understand|i do not understand|what do i (say|type|put)|what should i (say|type|put))$/, 'help'],
  [
    /^((talk|speak|chat) (to|with) (someone|somebody|a (person|human|real person|member of staff|advisor|adviser|agent)|an (advisor|adviser|agent|operator))|(a |an )?(advisor|adviser|agent|human|real person|operator))$/,
    'talk-to-someone',
  ],
];

/**
 * What may come before a command without making it an answer: a change of mind ("actually", "oh
 * sorry") and what is being dropped ("forget the bin"). Said on a call, "actually… forget the bin,
 * cancel that" was re-asked "which bin was it?".
 */
const before = /^((actually|oh|oh no|sorry|wait|hang on|um+|erm+|er|no|right|ok|okay|you know what|on second thoughts?) ?)*(forget (about )?(the|my|this|that|it) ?([a-z]+ ?){0,3})?$/;
/** What may come after one: "cancel that, forget the bin", "cancel it thanks". */
const after = /^((forget (about )?(the|my|this|that|it)( [a-z]+){0,3}|thanks|thank you|ta) ?)*$/;

const commandIn = (message: string): GlobalCommand | undefined => commands.find(([pattern]) => pattern.test(message.replace(politeness, '')))?.[1];

/**
 * The command `text` gives, if the message is one ("Cancel", "start again please", "talk to
 * someone"), with nothing around it but a change of mind and what it drops.
 */
export function globalCommand(text: string): GlobalCommand | undefined {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  for (let start = 0; start < words.length; start += 1) {
    if (!before.test(words.slice(0, start).join(' '))) continue;
    for (let end = words.length; end > start; end -= 1) {
      if (!after.test(words.slice(end).join(' '))) continue;
      const command = commandIn(words.slice(start, end).join(' '));
      if (command) return command;
    }
  }
  return undefined;
}
