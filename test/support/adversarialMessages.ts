/**
 * Messages of one repeated piece, each aimed at a way a redaction pattern could backtrack or a
 * finder could go quadratic: address characters with no @, runs of digits and separators,
 * titles, sign-off words, letter-spaced text, reference cues. Shared by the redaction test (which
 * only checks each finishes) and `npm run bench:redact` (which times them).
 */
export function adversarialMessages(length: number): [string, string][] {
  const pieces: Record<string, string> = {
    'run of letters': 'a',
    'dashed letters': 'a-',
    'dotted letters with no @': 'a.',
    'underscored letters': 'a_',
    'spaced digits': '1 ',
    'dashed digits': '1-',
    'slashed digits': '1/',
    'spaced zeros and o': '0 o ',
    'titles': 'Mr ',
    'sign-offs': 'thanks ',
    'kisses': 'x ',
    'dashes': '- ',
    'letter-spaced words': 'a b ',
    'spelt-out at': 'a at ',
    'relations': 'my son ',
    'reference cues': 'ref AB 12 ',
    'births': 'born 1 ',
    'new lines': '\n',
    'capitalised words': 'Ab ',
    'registration cues': 'reg AB 1 ',
    'spoken digits': 'oh one ',
    'service numbers': 'council tax 12 ',
    'names before a team': 'Ab Cd in the ',
    'letter-spaced e-mail': 'a . b @ ',
  };
  return Object.entries(pieces).map(([name, piece]) => [name, piece.repeat(Math.ceil(length / piece.length)).slice(0, length)]);
}
