/** Topic ids, exactly as in the shared triage taxonomy (`../shared/taxonomy.md`). */
export const topicIds = [
  'repairs',
  'damp-mould',
  'missed-bin',
  'waste-collections',
  'council-tax',
  'benefits',
  'housing-options',
  'asb-noise',
  'street-care',
  'parking',
  'garages',
  'complaints',
  'contact-human',
  'out-of-scope',
  'smalltalk',
] as const;
export type TopicId = (typeof topicIds)[number];

type ConversationMove = 'contact-human' | 'smalltalk';
export type AnswerableTopicId = Exclude<TopicId, ConversationMove>;

/** Topics answered from knowledge articles; `contact-human` and `smalltalk` are conversation moves, not content. */
export function isAnswerableTopic(topic: TopicId): topic is AnswerableTopicId {
  return topic !== 'contact-human' && topic !== 'smalltalk';
}

export const answerableTopicIds = topicIds.filter(isAnswerableTopic) as [AnswerableTopicId, ...AnswerableTopicId[]];

/** How a topic is named to residents (the "did you mean" buttons) and to advisors. */
export const topicLabels: Readonly<Record<AnswerableTopicId, string>> = {
  repairs: 'Repairs',
  'damp-mould': 'Damp and mould',
  'missed-bin': 'Missed bin',
  'waste-collections': 'Bins and recycling',
  'council-tax': 'Council tax',
  benefits: 'Benefits and hardship help',
  'housing-options': 'Housing and homelessness',
  'asb-noise': 'Noise and anti-social behaviour',
  'street-care': 'Street care',
  parking: 'Parking',
  garages: 'Garages',
  complaints: 'Complaints',
  'out-of-scope': 'Other services',
};

/** How staff reports (the dashboard) name the conversation moves; residents never see these as topics. */
export const conversationMoveLabels: Readonly<Record<ConversationMove, string>> = {
  'contact-human': 'Asked for a person',
  smalltalk: 'Small talk',
};

export const topicLabel = (topic: TopicId): string => (isAnswerableTopic(topic) ? topicLabels[topic] : 'General enquiry');
