import type { CouncilProfile } from '../profile/councilProfile.js';
import { accept, extractSlotsFromText, parseCallbackTime, parsePersonName, parseUkPhoneNumber, parseYesNo, reprompt, saysNoSafeCall, type CallbackTime, type SlotResult, type UkPhoneNumber } from '../serviceRequests/slots.js';
import { submitCase } from './caseSubmission.js';
import { accepted, choicesOf, fixedQuestion } from './commonSlots.js';
import type { FormContext, FormDefinition } from './formDefinition.js';

interface CallbackDetails {
  name: string;
  /** Not asked once the resident has said no call is safe: they may have no safe number at all. */
  phone?: UkPhoneNumber;
  /** Asked only after a safeguarding disclosure: whether we may call, and leave a message. */
  safeToCall?: SafeToCall;
  bestTime?: CallbackTime;
}

type SafeToCall = 'call-and-message' | 'call-no-message' | 'not-safe';

const afterDisclosure = (context: FormContext): boolean => context.priority === 'safeguarding';

const safeToCallSaid: Readonly<Record<SafeToCall, string>> = {
  'call-and-message': 'Yes, and we may leave a message',
  'call-no-message': 'Yes, but do not leave a message',
  'not-safe': 'No: do not call',
};

/**
 * The answer to "is it safe to call and to leave a message?". A plain "no" is read as the safer
 * answer (do not call), never as permission to ring without a message.
 */
function parseSafeToCall(text: string): SlotResult<SafeToCall> {
  const said = text.toLowerCase().replace(/’/g, "'");
  if (/\bnot safe (?:for you )?to (?:call|ring|phone)\b|\b(?:don'?t|do not|never) (?:call|ring|phone)\b|^no\W*$|^no,? (?:it'?s|it is) not\b/.test(said) || saysNoSafeCall(said)) return accept('not-safe');
  // "Not safe to leave a message" answers the question's second half only: a call is still safe.
  if (/\bno (?:message|voicemail)s?\b|\b(?:don'?t|do not|not) leave\b|\bwithout (?:a )?(?:message|voicemail)\b|\bbut no\b|\b(?:just|only) call\b|\bcall only\b|\bnot safe (?:to|for) (?:(?:leave|have|get) )?(?:a |any )?(?:message|voicemail)/.test(said)) return accept('call-no-message');
  if (/\bnot safe\b/.test(said)) return accept('not-safe');
  const answer = parseYesNo(said.replace(/,? both\b/, ''));
  if (/\bboth\b/.test(said) || (answer.ok && answer.value)) return accept('call-and-message');
  return reprompt('Please say yes, both; call, but no message; or not safe to call.');
}

/** Said out of turn, before the question: a word of safety or messages, or no safe way to be called. */
const aboutCalling = (text: string): boolean => /\b(?:safe|message|voicemail)\b/i.test(text) || saysNoSafeCall(text);

const describeTime = (time: CallbackTime): string => (time.period === 'at' ? `At ${time.time}` : time.period === 'any' ? 'Any time' : `In the ${time.period}`);

/** What happens next, without the number or time: it is read back to whoever checks the case. */
export const callbackNextSteps = (profile: CouncilProfile): string =>
  `An advisor will call you during our opening hours: ${profile.council.openingHours.summary}.`;

export const requestCallbackForm: FormDefinition<CallbackDetails> = {
  id: 'request-callback',
  title: 'your call back request',
  intro: 'I can ask one of our advisors to call you back.',
  slots: {
    name: {
      label: 'Name',
      // Nobody will call a resident who said it is not safe: the name is what their concern is logged under.
      ask: (details) => ({ text: details.safeToCall === 'not-safe' ? 'What name should we note this under? A first name is enough.' : 'What name should we ask for when we call?' }),
      help: 'The advisor will ask for you by this name, so they know they are speaking to the right person.',
      parse: parsePersonName,
      describe: (name) => name,
    },
    phone: {
      label: 'Phone number',
      ask: fixedQuestion('What UK phone number should we call? A mobile, or a landline with its area code.'),
      help: 'We can only call UK mobiles and landlines.',
      parse: parseUkPhoneNumber,
      outOfTurn: (text) => accepted(parseUkPhoneNumber(text)),
      describe: (phone) => phone.display,
      applies: (details) => details.safeToCall !== 'not-safe',
    },
    safeToCall: {
      label: 'Safe to call',
      ask: fixedQuestion('Is it safe for us to call this number, and to leave a message if you do not answer?', choicesOf('Yes, both', 'Call, but no message', 'Not safe to call')),
      help: 'We only call, and only leave a message, if it is safe for you.',
      parse: parseSafeToCall,
      // Said before it is asked ("it's not safe to leave a voicemail" to "what number?"): noted, not read as a wrong number (caller re-trial 11b).
      outOfTurn: (text) => (aboutCalling(text) ? accepted(parseSafeToCall(text)) : undefined),
      describe: (value) => safeToCallSaid[value],
      applies: (_details, context) => afterDisclosure(context),
    },
    bestTime: {
      label: 'Best time to call',
      ask: (_details, context) => ({
        text: afterDisclosure(context) ? 'When is it safe, and best, to call you?' : 'When is the best time to call you?',
        choices: choicesOf('Morning', 'Afternoon', 'Any time'),
      }),
      applies: (details) => details.safeToCall !== 'not-safe',
      help: 'We will try to call when it suits you.',
      parse: parseCallbackTime,
      describe: describeTime,
    },
  },
  prefill(text, { now, profile }) {
    const { personName, contact } = extractSlotsFromText(text, now, profile);
    const phone = contact && 'phone' in contact ? contact.phone : undefined;
    // A time only when it is said of the call ("only ring in the morning"), not of what happened ("this morning he hit me").
    const whenToCall = /\b(?:ring|call|phone|contact)\b(?:(?!\b(?:he|she|they|it)\b)[^.!?])*$/i.exec(text)?.[0];
    const bestTime = whenToCall ? parseCallbackTime(whenToCall) : undefined;
    return { ...(personName && { name: personName }), ...(phone && { phone }), ...(bestTime?.ok && { bestTime: bestTime.value }) };
  },
  freeText: {
    bestTime: 'when the resident would like to be called, e.g. "in the morning"',
  },
  confirm: true,
  async submit(details, context) {
    const marked = afterDisclosure(context) ? ' as a priority, marked as a safeguarding concern' : '';
    const { council } = context.profile;
    if (details.safeToCall === 'not-safe' || !details.phone) {
      return submitCase(context, {
        type: 'callback',
        priority: 'normal',
        details: { ...details },
        nextSteps: `When it is safe for you, call us on ${council.phone} (${council.openingHours.summary}), e-mail ${council.email}, or come to ${council.address}.`,
        logged: `We will not call you. What you told us is logged${marked}, so our team knows.`,
      });
    }
    const message = details.safeToCall === 'call-no-message' ? ', and we will not leave a message' : '';
    const when = details.bestTime ? ` (${describeTime(details.bestTime).toLowerCase()})` : '';
    return submitCase(context, {
      type: 'callback',
      priority: 'normal',
      details: { ...details },
      nextSteps: callbackNextSteps(context.profile),
      logged: `Your call back request is logged${marked}: we'll call ${details.phone.display}${when}${message}.`,
    });
  },
};
