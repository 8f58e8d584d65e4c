import { text } from 'node:stream/consumers';
import { advisorDisplayNameText, advisorUsername, hashAdvisorPassword } from '../handoff/advisorAuth.js';

/**
 * Makes one ADVISOR_ACCOUNTS entry: `npm run hash-password -- alice "Alice Smith" < password.txt`
 * prints `alice:scrypt$<salt>$<hash>:Alice Smith` (the display name, which residents see, is optional). The password comes from stdin so it stays out of
 * shell history and the process list.
 */
async function main(): Promise<number> {
  const username = advisorUsername.safeParse(process.argv[2] ?? '');
  if (!username.success) {
    process.stderr.write(`usage: hash-password <username> [display name] < password\n  ${username.error.issues.map((issue) => issue.message).join('\n  ')}\n`);
    return 2;
  }
  const displayName = process.argv[3] === undefined ? undefined : advisorDisplayNameText.safeParse(process.argv[3]);
  if (displayName && !displayName.success) {
    process.stderr.write(`usage: hash-password <username> [display name] < password\n  ${displayName.error.issues.map((issue) => issue.message).join('\n  ')}\n`);
    return 2;
  }
  if (process.stdin.isTTY) process.stderr.write('Type the password, then press Enter and Ctrl-D:\n');
  const password = (await text(process.stdin)).replace(/\r?\n$/, '');
  if (password.length < 12) {
    process.stderr.write('The password must be at least 12 characters.\n');
    return 2;
  }
  process.stdout.write(`${username.data}:${hashAdvisorPassword(password)}${displayName ? `:${displayName.data}` : ''}\n`);
  return 0;
}

process.exitCode = await main();
