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
