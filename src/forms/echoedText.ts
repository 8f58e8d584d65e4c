/**
 * A resident's words shown back inside the bot's own message (a summary line, "I've noted that …"),
 * without the Markdown that would make them look like the council's: "[Pay the fine here](https://…)"
 * becomes "Pay the fine here (https://…)", and emphasis and code marks go (outside attack 13, L1: a
 * payment link rendered inside the assistant's bubble). The words themselves are kept as typed.
 */
export function echoed(text: string): string {
  return text.replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)').replace(/\*{1,3}|_{2,3}|`+/g, '');
}
