/**
 * Words that are not names, for the name patterns (src/privacy/names.ts). Residents often type in
 * lower case, so capitals alone cannot tell "i'm tom" from "i'm worried": a word after a
 * self-introduction or a title counts as a name unless it is one of these. Hand-written from the
 * kinds of words that follow "I'm", "Dr" or "thanks," in council messages; a name that is also an
 * everyday word ("grace", "will") is missed only when typed in lower case.
 */
const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Function words, frequent verbs and adverbs: where a name ends. */
export const everydayWords = list(`
a an the and or but so if as at in on of to for from by with without about after before into onto over under
up down out off near next this that these those there here then than when where who whom whose which what why how
i me my mine we us our you your he him his she her they them their it its im ive id ill i'm i've i'd i'll it's its
is am are was were be been being has have had having do does did done doing not no yes ok okay please thanks thank
can can't cant could couldn't would wouldn't will won't wont should shall may might must need needs needed want wants
wanted said says say told tell tells wrote writes asked asks rang rings called calls came comes come went goes go
lives live lived keeps keep kept moved moves has hasn't hasnt isn't isnt wasn't wasnt don't dont didn't didnt doesn't
got get gets getting made make makes parks parked left leaves signed sent knows know thinks think just still also
only again today tomorrow yesterday now soon later already always never ever really very too much many more most
some any all every each other another same new old one two three four five six first second last third aged age
agent team council borough county department office service services housing tenant tenants landlord neighbour
hall church school street road lane police station surgery hospital centre center library park
everyone anyone someone nobody everybody people person sir madam all
appointment appointments letter letters note notes visit report certificate
above below upstairs downstairs mobile phone tel telephone email e-mail mob landline contact number text ring call address details
seven eight nine ten eleven twelve
hi hello hiya hey dear morning afternoon evening re fyi question query complaint update
help advice assistance refund someone staff officer officers worker workers manager managers supervisor adviser advisor
revenues benefits planning enforcement repairs waste parking licensing highways
`);

/** What follows "I'm" or "I am" when it is not a name: states, roles, places, nationalities. */
export const stateWords = list(`
worried disabled homeless pregnant sorry sure unsure fine good well ok okay happy unhappy sad angry upset scared afraid
frightened stuck lost confused tired ill sick unwell poorly deaf blind alone single married divorced separated widowed
retired unemployed employed self student carer landlord tenant leaseholder owner resident parent mum dad mother father
pensioner veteran elderly vulnerable desperate struggling trying writing looking moving going getting waiting living
staying renting calling messaging contacting emailing asking enquiring inquiring reporting back home away out late early
new old young over under due able unable eligible entitled responsible liable interested concerned aware ready done
fed not still also only just really so very quite currently sure at in on from with about here there afraid glad
british english scottish welsh irish polish romanian indian pakistani bangladeshi nigerian somali syrian ukrainian
chinese italian portuguese spanish french german lithuanian latvian bulgarian turkish kurdish
muslim jewish christian catholic hindu sikh buddhist gay lesbian bisexual trans transgender
autistic diabetic housebound epileptic blind partially deaf dyslexic a an the
broken urgent awful terrible horrible bad worse worst cold freezing hot wet damp dirty disgusting ridiculous unacceptable
true false important impossible dangerous unsafe safe closed open blocked flooded missing gone full empty overdue wrong right
`);

/** Words that make a capitalised run an organisation or a place rather than a person. */
export const placeWords = list(`
council borough county city town village parish district council's hall centre center library park school college
university hospital surgery church police station street road lane avenue close drive court crescent way
northbrook westshire christmas easter monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december
credit tax benefit benefits badge pass allowance grant payment support fund team homes housing association trust
agency office services department board authority partnership network bureau
primary academy infants infant junior juniors nursery secondary grammar community memorial leisure institute
`);
