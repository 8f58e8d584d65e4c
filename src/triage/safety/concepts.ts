import { oneOf, followedBy } from './rules.js';

/**
 * Word lists shared by several rule files. Each is a regex fragment over normalised tokens
 * (lower case, contractions expanded: "can't" → "can not").
 */

/** Where a household keeps its medicines: "everything in the medicine cupboard" is an overdose told by where it was kept. */
export const medicineStore = oneOf('medicine (?:cupboard|cabinet|drawer|box|bag|tin)', 'bathroom cabinet', 'pill (?:box|pot)', 'first aid (?:box|kit)', 'dosette box');

/** What is thrown at someone in a violent row ("throwing plates at her"): the emergency rule and a child's disclosure read it alike. */
export const thrownAtPeople = oneOf('plates', 'things', 'stuff', 'cups', 'mugs', 'glasses', 'bottles', 'chairs', 'furniture', 'pans');

/**
 * Not knowing where they are ("I don't know where I am"), never where something goes ("where I am supposed to put the bin"): the
 * emergency rule for someone lost at night and the concept that asks about someone lost read it alike.
 */
export const notKnowingWhere = oneOf('(?:do not|did not) know where (?:i|we) (?:am|are)(?! (?:supposed|meant|going|allowed|to|with|up|on|in))', 'no idea where (?:i|we) (?:am|are)(?! (?:supposed|meant|going|allowed|to|with|up|on|in))');
/** Going round and round, lost. */
export const goingRoundInCircles = oneOf('(?:walking|going|walked|went) round (?:and round|in circles)');

/** A partner or ex-partner of the resident. */
export const intimatePartner = oneOf(
  'partner', 'ex', 'ex partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'fiance', 'fiancee', 'spouse',
  'other half', 'fella', 'missus', 'ex husband', 'ex wife', 'ex boyfriend', 'ex girlfriend', 'baby father', 'baby dad', 'babys dad',
  'babys father', 'baby mother', 'kids dad', 'kids father', 'childrens father',
);
/** Someone in a close relationship with the resident: partner or family member (domestic abuse covers both). */
export const partner = oneOf(
  intimatePartner, 'stepdad', 'stepfather', 'stepmum', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'dad', 'mum', 'mom',
  'uncle', 'in laws', 'father in law', 'mother in law', 'brother in law',
  'grandad', 'grandfather', 'grandma', 'grandmother', 'nan', 'nana', 'gran', 'auntie', 'aunt', 'cousin',
);

/** "He hits me" is usually a partner, but a neighbour's threats are anti-social behaviour, not domestic abuse. */
export const pronoun = oneOf('he', 'she');
export const notFamily = oneOf('neighbours?', 'next door', 'upstairs', 'downstairs', 'landlord', 'landlady', 'stranger', 'youths', 'lads', 'gang', 'man (?:on|in|at|from)', 'bloke', 'guy', 'housing officer', 'contractor', 'workman', 'driver', 'dog');

/** A number that measures something else: "she is 12 weeks pregnant", "he is 10 minutes away". */
const notAnAge = '(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|percent|miles|floors|am|pm|o clock|oclock|stone|kilos|feet|foot))';
/** A child, in the singular, plural or closed-up possessive ("my daughter's friend" reads "daughters friend"). */
export const child = oneOf(
  'child', 'children', 'childrens', 'childs', 'kids?', 'kiddies', 'baby', 'babies', 'babys', 'toddlers?', 'infants?',
  'newborns?', 'little (?:boy|girl|one|ones|lad|lass)s?', 'young (?:boy|girl|lad|lass|un|uns)s?', 'boys?', 'girls?', 'sons?',
  'daughters?', 'nippers?', 'youngsters?', 'schoolboys?', 'schoolgirls?', 'pupils?', 'siblings', 'teenagers?', 'teens?', 'teenage (?:boy|girl|lad|son|daughter)s?', 'twins',
  '(?:[1-9]|1[0-7]) (?:year|yr)s? old', 'years? old (?:boy|girl|child|kid)', 'under age', 'underage', '(?:little|younger|baby) (?:brother|sister)s?',
  `(?:he|she|niece|nephew|grandson|granddaughter|stepson|stepdaughter|cousin|sister|brother) (?:is|was) (?:only |just )?(?:[1-9]|1[0-7])${notAnAge}`,
  `aged (?:[1-9]|1[0-7])${notAnAge}`,
);

/** An adult whom age, illness or disability makes vulnerable. */
export const vulnerableAdult = oneOf(
  'elderly', 'old (?:man|woman|lady|gent|gentleman|boy|girl|fella|bloke|couple|neighbour|person|people|chap)s?',
  // "Older" of a person, not of a sibling: "the older lady next door".
  'older (?:man|woman|lady|gent|gentleman|couple|neighbour|person|people|chap|resident|tenant)s?', 'pensioner',
  'pensioners', 'oap', 'frail', 'dementia', 'alzheimers', 'disabled', 'disability', 'learning (?:disability|disabilities|difficulties|disabled)',
  'vulnerable', 'wheelchair', 'bedbound', 'bed bound', 'housebound', 'in (?:his|her|their|my) (?:70s|80s|90s|seventies|eighties|nineties)',
  '(?:7|8|9)\\d (?:years? old|yr old|yo)', 'aged (?:7|8|9)\\d', '(?:is|turned|nearly|almost|over) (?:7|8|9)\\d(?! (?:pounds|quid|minutes|mins|days|percent|square))', 'nan', 'nans', 'nana', 'nanna', 'gran', 'grans', 'granny', 'grandma', 'grandad', 'grandpa', 'grandmother', 'grandfather',
);

/** People for whom a night without heat is dangerous: babies, the old, the ill. */
export const vulnerableToCold = oneOf(
  vulnerableAdult, 'baby', 'babies', 'babys', 'newborn', 'infant', 'toddler', 'toddlers', 'pregnant', 'expecting',
  '\\d{1,2} (?:week|weeks|month|months) old', 'young (?:children|kids|baby|family)', 'little ones', 'ill', 'poorly',
  'unwell', 'sick(?! of| and tired| to death)', 'asthma', 'asthmatic', 'copd', 'cancer', 'chemo', 'chemotherapy', 'terminal', 'terminally',
  'oxygen', 'heart (?:condition|problem|problems|failure)', 'lung', 'lungs', 'medical condition', 'health condition',
  'hypothermia', 'sickle cell', 'care needs', 'blue lips',
  // An older age in figures, and cold already in the body: "I'm 76 … I can't feel my fingers" got the crisis-fund article (caller trial 26, C26-17).
  '(?:is|am|aged|age|turned) (?:[7-9]\\d|1[01]\\d)(?! (?:pounds|quid|pence|percent|per cent|minutes|mins|days|weeks|miles|floors|pm|am))', 'can not feel (?:my|his|her|their) (?:fingers|toes|hands|feet|legs)',
  // An age said in words, as callers say it: "she is ninety one", "I am eighty eight".
  '(?:is|am|aged|age|turned) (?:seventy|eighty|ninety|a hundred)(?: (?:one|two|three|four|five|six|seven|eight|nine))?(?! (?:pounds|quid|pence|percent|per cent|minutes|days|weeks|pence))',
  // "My eighty eight year old mother", "a ninety-year-old man".
  '(?:seventy|eighty|ninety|a hundred)(?: (?:one|two|three|four|five|six|seven|eight|nine))? years? old(?! (?:\\S+ )?(?:building|house|hall|flat|boiler|windows?|block|property|church|school|pipes?|tree|estate))',
  // Under-fives, and chest illnesses that cold makes worse (the UK's cold-weather health guidance names both).
  '(?:[1-4]|one|two|three|four) (?:year|yr)s? old', 'under (?:5|five)s?', `${child} (?:is|are|aged) (?:only |just )?(?:[1-4]|one|two|three|four)(?! (?:minutes|mins|hours|pounds|quid|percent|miles|floors|am|pm))`, 'chest infection', 'pneumonia', 'bronchitis', 'bronchiolitis', 'croup',
);

/** Negators as tokens, for rules whose meaning includes one ("will not lock"). */
export const cannot = oneOf('can not', 'could not', 'will not', 'would not', 'does not', 'do not', 'did not', 'is not', 'not', 'no longer', 'refuses to', 'unable to');

const heat = oneOf('heating', 'heat', 'hot water', 'boiler', 'radiators', 'rads', 'central heating', 'warm water', 'heaters', 'storage heaters');
const heatBroken = oneOf('not working', 'no working', 'no work', 'not work', 'broken', 'broke', 'broken down', 'bust', 'busted', 'packed up', 'packed in', 'conked out', 'died', 'dead', 'stopped', 'stopped working', 'gone', 'gone off', 'off', 'been off', 'down', 'failed', 'kaput', 'out', 'not coming on', 'will not (?:come on|turn on|fire|work|light|start)', 'does not work', 'not firing', 'cold', 'stone cold', 'freezing', 'on the blink', 'not heating');

/** No heating or hot water, however it is put. */
export const noHeat = oneOf(followedBy(oneOf('no', 'without', 'not got any', 'have not got any', 'do not have any', 'not had any', 'have not had any', 'lost'), heat, 1), followedBy(heat, heatBroken, 3));
