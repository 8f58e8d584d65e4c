import type { Emotion, SentimentLabel } from '../../src/sentiment/sentiment.js';

export interface LabelledMessage {
  text: string;
  label: SentimentLabel;
  /** Emotions the message must carry (others may be found too). */
  emotions?: Emotion[];
}

/** Written for these tests: resident-style messages with the reading a person would give them. */
export const labelledMessages: LabelledMessage[] = [
  // Neutral questions and requests.
  { text: 'When is my recycling collected?', label: 'neutral' },
  { text: 'How do I apply for a resident parking permit', label: 'neutral' },
  { text: 'Can you help me pay my council tax please?', label: 'neutral' },
  { text: 'What are the opening times for the tip on Saturday?', label: 'neutral' },
  { text: 'I need to report a missed brown bin', label: 'neutral' },
  { text: 'Do I need planning permission for a shed?', label: 'neutral' },
  { text: 'Please can someone call me back about my housing application', label: 'neutral' },
  { text: 'Which day is garden waste picked up on Elm Avenue?', label: 'neutral' },
  { text: 'I moved house last month, how do I update my address', label: 'neutral' },
  { text: 'Is Keystone doing the repairs on our estate now?', label: 'neutral' },
  // Plainly positive.
  { text: 'Thank you, that is really helpful', label: 'positive' },
  { text: 'Brilliant, the crew came back the same day. Thanks!', label: 'positive' },
  { text: 'The Brightwarm engineer was lovely and fixed the boiler quickly', label: 'positive' },
  { text: 'Great, that answers my question', label: 'positive' },
  { text: 'Thanks for sorting it so fast, excellent as always', label: 'positive' },
  { text: 'Thanks again for your help today', label: 'positive' },
  { text: 'Perfect, I have booked the bulky waste collection', label: 'positive' },
  // Negation.
  { text: 'not bad at all, quicker than I expected', label: 'positive' },
  { text: 'I am not happy with how this was handled', label: 'negative' },
  { text: 'The new online form is not good enough', label: 'negative' },
  { text: "That wasn't helpful", label: 'negative' },
  // Sarcasm: praise that is a complaint.
  { text: 'Fantastic service as always', label: 'negative' },
  { text: 'great, missed again', label: 'negative' },
  { text: 'thanks for nothing', label: 'negative' },
  { text: 'Brilliant, still no sign of the repair team', label: 'negative' },
  { text: 'Oh wonderful, another week without a collection', label: 'negative' },
  { text: 'Lovely job Greenway, bins left in the road as usual', label: 'negative' },
  { text: 'Cheers for nothing, Keystone', label: 'negative' },
  { text: 'yeah right, like anyone is going to come out', label: 'negative' },
  // Stressed, worried, angry.
  { text: "I'm at my wits' end with the damp in the bedroom", label: 'negative', emotions: ['stressed'] },
  { text: "I can't cope with the noise from next door any more", label: 'negative', emotions: ['stressed'] },
  { text: 'I honestly do not know what to do, the rent arrears letter came today', label: 'negative', emotions: ['stressed'] },
  { text: 'I am worried sick about the mould and my baby', label: 'negative', emotions: ['worried'] },
  { text: "I'm scared the ceiling is going to come down", label: 'negative', emotions: ['worried'] },
  { text: 'Absolutely fuming, nobody turned up again', label: 'negative', emotions: ['angry'] },
  { text: 'This is the third time I have reported the same leak', label: 'negative', emotions: ['angry'] },
  { text: 'Still waiting for Keystone to fix the window', label: 'negative', emotions: ['angry'] },
  { text: 'The state of the alley is disgusting', label: 'negative', emotions: ['angry'] },
  { text: 'DryHome are useless, the mould is back', label: 'negative', emotions: ['angry'] },
  { text: "I'm sick of chasing this", label: 'negative', emotions: ['angry'] },
  // Plain problems and complaints.
  { text: 'The engineer never turned up', label: 'negative' },
  { text: 'Our bins were missed and the street is a mess', label: 'negative' },
  { text: 'What a waste of time this chat is', label: 'negative' },
  { text: 'No one has called me back in two weeks', label: 'negative' },
];
