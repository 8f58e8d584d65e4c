import type { EmergencyKind } from './emergencyRules.js';
import { oneOf, phrase, followedBy, type Rule } from './rules.js';

/**
 * Questions about an emergency that report none: "what's the gas emergency number?",
 * "who do I ring about a power cut?". They carry no hazard words the emergency rules look
 * for, so they need their own: a request for a number or a contact, beside the subject.
 */
const askingWhoToCall = oneOf(
  'number', 'phone number', 'helpline', 'hotline', 'line', 'who (?:do|should|can) (?:i|we|you) (?:call|ring|phone|contact)', 'who to (?:call|ring|phone|contact)',
  'what (?:do|should) (?:i|we|you) do', 'what to do', 'how (?:do|can) (?:i|we) report', 'where (?:do|can) (?:i|we) report', 'advice',
);

function asksAbout(kind: EmergencyKind, id: string, subject: string): Rule<EmergencyKind> {
  return { id, kind, pattern: phrase(oneOf(followedBy(askingWhoToCall, subject, 6), followedBy(subject, askingWhoToCall, 3))) };
}

export const emergencyInfoRules: readonly Rule<EmergencyKind>[] = [
  asksAbout('gas', 'info.gas', oneOf('gas emergency', 'gas emergencies', 'gas leaks?', 'smell of gas', 'smell gas', 'national gas', 'gas board')),
  asksAbout('carbon-monoxide', 'info.co', oneOf('carbon monoxide', 'co alarms? (?:going off|beeping|sounding)')),
  asksAbout('fire', 'info.fire', oneOf('a fire', 'fire emergency', 'house fire', 'fire in (?:the|my) (?:block|flat|building)')),
  asksAbout('power-loss', 'info.power', oneOf('power cuts?', 'power outages?', 'no power', 'no electricity', 'electricity emergency')),
  asksAbout('flooding', 'info.flood', oneOf('flood', 'floods', 'flooding', 'burst pipe', 'burst pipes')),
  asksAbout('homeless-tonight', 'info.homeless', oneOf('homeless tonight', 'nowhere to sleep', 'homelessness out of hours', 'emergency accommodation', 'emergency housing')),
];
