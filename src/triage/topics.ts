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

/** Topics answered from knowledge articles; `contact-human` and `smalltalk` are conversation moves, not content. */
export const answerableTopicIds = topicIds.filter(
  (topic): topic is Exclude<TopicId, 'contact-human' | 'smalltalk'> => topic !== 'contact-human' && topic !== 'smalltalk',
) as [Exclude<TopicId, 'contact-human' | 'smalltalk'>, ...Exclude<TopicId, 'contact-human' | 'smalltalk'>[]];
export type AnswerableTopicId = (typeof answerableTopicIds)[number];
