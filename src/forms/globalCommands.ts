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

/** The command `text` gives, if the whole message is one ("Cancel", "start again please", "talk to someone"). */
export function globalCommand(text: string): GlobalCommand | undefined {
  const message = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(politeness, '');
  return commands.find(([pattern]) => pattern.test(message))?.[1];
}
