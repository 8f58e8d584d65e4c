import { clauses } from './clauses.js';

const times = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|couple of|few)`;
const contacted = String.raw`(?:reported|report|called|rung|rang|phoned|emailed|e-mailed|complained|chased|contacted|asked|told|been in touch|missed|happened|tried|been out|come out|came out)`;
const failed = String.raw`(?:missed|forgotten|forgot|not (?:been )?collected|not emptied|skipped|left|broken|broke|leaking|failed|happened|late|not fixed|not come|not turned up|not shown up|no show|didn't come|didn't turn up|hasn't come|not sorted|blocked|off)`;

/** Each way residents say the service has let them down more than once. */
const repeatedFailures: readonly RegExp[] = [
  // "3 weeks in a row", "twice running", "four collections on the trot".
  new RegExp(String.raw`\b(?:${times} (?:weeks|times|collections|months|fortnights|days)|twice|three times) (?:in a row|running|on the trot)\b`),
  // "the third time I've reported it", "for the umpteenth time".
  /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth|tenth|hundredth|\d{1,2}th) time\b/,
  // "I've reported it three times", "called several times".
  new RegExp(String.raw`\b${contacted}\b.{0,30}\b(?:${times} times|twice|so many times|loads of times|many times|countless times|multiple times|numerous times|again and again|over and over)\b`),
  new RegExp(String.raw`\b(?:already|previously) ${contacted}\b|\b${contacted} (?:this|it) (?:before|already)\b|\bcomplained before\b`),
  // "still not fixed", "still waiting", "still no-one has come".
  /\bstill (?:(?:not|hasn't|haven't|isn't|aren't|wasn't)(?: been)? (?:fixed|repaired|sorted|collected|emptied|done|resolved|come|heard|had|working|replied|responded|called|got)|waiting|nobody|no one|no-one|nothing|no (?:one|reply|response|word|sign|answer|news|call))\b/,
  // "nobody ever calls back", "never heard back", "no-one turned up".
  /\b(?:nobody|no one|no-one|noone|never)(?: has| ever| even)* (?:calls?|called|rang|rings|phoned|phones|gets?|got|came|comes|turned up|turns up|showed up|shows up|responded|responds|replied|replies|answers|answered|heard|returns|returned)\b/,
  /\b(?:didn't|did not|don't|do not|never|won't|doesn't) (?:even )?(?:call|ring|phone|get|come|write) (?:me |us )?back\b/,
  // "I've been waiting months", "waited weeks".
  new RegExp(String.raw`\b(?:waiting|waited)(?: for)?(?: over| more than| nearly| almost| about)? (?:weeks|months|ages|years|a month|a year|(?:${times}|\d+) (?:weeks|months|years))\b`),
  // "keeps happening", "this keeps getting missed".
  /\bkeeps? (?:happening|getting missed|being missed|missing|forgetting|breaking|leaking|coming back|getting worse)\b/,
  // "missed again!!", "yet again", "AGAIN".
  new RegExp(String.raw`\b(?:${failed} again|yet again|again and again|same (?:problem|thing|issue) (?:as|again))\b`),
  /\bhow many (?:more )?times\b/,
];
/** Uses of "again" and "still" that are not a failure: thanks, a retry, a request to repeat. */
const notAFailure = /\b(thanks|thank you|cheers|try(ing)? again|say (that|it) again|repeat|see you again|check again|first time|still (works|working|under warranty|live|living|got|have|need|want|like|use|using))\b/;

/** "again!!" or "AGAIN" said with feeling, read before clauses drop the "!" and the capitals. */
const exclaimedAgain = /(?<!\b(?:thanks|thank you|cheers|try|say that|say it|see you) )\bagain\s*!/i;
const shoutedAgain = /(?<!\b(?:THANKS|THANK YOU|TRY) )\bAGAIN\b/;

/**
 * Whether the resident says the service has failed them more than once ("3 weeks in a row",
 * "missed again!!", "still not fixed", "third time I've reported", "nobody ever calls back",
 * "I've been waiting months"), so the reply can acknowledge it first and offer a complaint route
 * alongside the report. A single missed bin, or "thanks again", is not repeated failure.
 */
export function findRepeatedFailure(text: string): boolean {
  if (exclaimedAgain.test(text) || shoutedAgain.test(text)) return true;
  // "Once again, thank you" is politeness; "once again they missed it" is not.
  if (/\bonce again\b/i.test(text) && !/\bthank/i.test(text)) return true;
  return clauses(text).some((clause) => !notAFailure.test(clause) && repeatedFailures.some((pattern) => pattern.test(clause)));
}
