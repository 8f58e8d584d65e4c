import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind, type SafeguardingFlag } from '../../src/triage/safety.js';

type EmergencyCase = [text: string, kind: EmergencyKind];

const liveEmergencies: EmergencyCase[] = [
  // gas
  ['There is a horrible smell of gas on the landing outside my flat', 'gas'],
  ['kitchen smells gassy since this morning', 'gas'],
  ['I think the cooker is leaking gas', 'gas'],
  ['Stink of rotten eggs coming from near the cooker', 'gas'],
  ['loud hissing noise from my meter cupboard', 'gas'],
  ['smel of gass in the hall!!!', 'gas'],
  ['i can smeel gas very strong in the bedroom', 'gas'],
  ['How do I report a gas leak, it really stinks in here', 'gas'],
  // carbon monoxide
  ['My carbon monoxide alarm keeps going off', 'carbon-monoxide'],
  ['the CO alarm in the hallway is beeping and flashing red', 'carbon-monoxide'],
  ['carbon monoxcide detector sounding', 'carbon-monoxide'],
  ['We all have headaches and feel dizzy whenever the boiler is on', 'carbon-monoxide'],
  // fire
  ['The bin store at the bottom of our block is on fire', 'fire'],
  ['thick black smoke coming under my front door from the corridor', 'fire'],
  ['There is a fire in the flat below me', 'fire'],
  ['fire alarm going off in the block and I can smell burning', 'fire'],
  // danger to life
  ['My dad has collapsed on the kitchen floor and is not breathing', 'danger-to-life'],
  ['My ex is outside with a knife', 'danger-to-life'],
  // water into electrics
  ['Water is dripping out of the light fitting in my bathroom', 'water-electrics'],
  ['leak from upstairs is running into the fuse box', 'water-electrics'],
  ['the sockets in the kitchen are wet from the leak', 'water-electrics'],
  // electrical hazard
  ['The plug socket in the lounge keeps sparking', 'electrical-hazard'],
  ['burning smell coming from the light switch and it is hot', 'electrical-hazard'],
  ['There are bare wires hanging out of the wall where the socket was', 'electrical-hazard'],
  // structural
  ['Part of the bedroom ceiling has collapsed onto the bed', 'structural'],
  ['The ceiling is bulging with water and looks like it will give way', 'structural'],
  // flooding
  ['A pipe has burst under the sink and the kitchen is flooding', 'flooding'],
  ['water pouring out from behind the washing machine and I cannot find the stopcock', 'flooding'],
  ['my whole downstairs is flooded', 'flooding'],
  // sewage
  ['Raw sewage is coming up through the bath plug hole', 'sewage'],
  ['the toilet is overflowing with sewage all over the bathroom floor', 'sewage'],
  // power
  ['We have no electricity at all in the whole flat', 'power-loss'],
  ['all the power has gone off and the neighbours still have theirs', 'power-loss'],
  // insecure home
  ['Burglars smashed the back door last night and now it will not lock', 'insecure-home'],
  ['someone tried to break in and the front door frame is hanging off', 'insecure-home'],
  // no heat with someone vulnerable
  ['No heating or hot water and I have a two week old baby', 'no-heat-vulnerable'],
  ['boiler broken since friday, my mum is 89 and housebound', 'no-heat-vulnerable'],
  // homeless tonight
  ['I have nowhere to sleep tonight', 'homeless-tonight'],
  ['my landlord has changed the locks and I am on the street tonight', 'homeless-tonight'],
  ['my partner kicked me out an hour ago and I have nowhere to go', 'homeless-tonight'],
  ['I will be sleeping in my car tonight', 'homeless-tonight'],
  // reports in doubt, and wording the first rules missed
  ["there's a weird smell in the kitchen, not sure if it's gas", 'gas'],
  ['the engineer capped the gas last week but I can still smell it', 'gas'],
  ['bad smell like eggs by the meter cupboard', 'gas'],
  ['The alarm for carbon monoxide keeps sounding', 'carbon-monoxide'],
  ['carbon monoxide alarm going of', 'carbon-monoxide'],
  ['not sure if my CO alarm is going off or if it is just the battery', 'carbon-monoxide'],
  ['the bins outside the flats are alight', 'fire'],
  ['the water tank in the loft has burst', 'flooding'],
  ['the electrics keep tripping and now nothing works', 'power-loss'],
  ["I'm sofa surfing and my friend says I have to leave tonight", 'homeless-tonight'],
  // typos that typo correction has to resolve between near words
  ['my flat is floding', 'flooding'],
  ['watr pouring out from under the sink', 'flooding'],
  ['the bathroom ciling has come down', 'structural'],
  ["the water won't stop pouring through the kitchen ceiling", 'flooding'],
];

const longRambling: EmergencyCase[] = [
  [
    'Hi there, I have been meaning to write for a while about the state of the communal garden which nobody ever cuts, and the ' +
      'recycling bins are always full, but anyway the real reason I am writing is that since about an hour ago there is a really ' +
      'strong smell of gas in my kitchen, and I also wanted to ask about my council tax direct debit date because it changed',
    'gas',
  ],
  [
    'So my neighbour upstairs had a bath overflow last week which we sorted with them, no problem, and the damp patch dried, ' +
      'but tonight there is water coming through the big light in the living room and the bulb flickered, what do I do, also my bin was missed',
    'water-electrics',
  ],
];

const otherLanguages: EmergencyCase[] = [
  ['Czuję gaz w kuchni', 'gas'],
  ['czuje zapach gazu w mieszkaniu', 'gas'],
  ['Miroase a gaz în bucătărie', 'gas'],
  ['Há cheiro a gás na cozinha', 'gas'],
  ['Huele a gas en mi piso', 'gas'],
  ["C'è odore di gas in casa", 'gas'],
  ['هناك رائحة غاز في المطبخ', 'gas'],
  ['کچن میں گیس کی بو آ رہی ہے', 'gas'],
  ['ਰਸੋਈ ਵਿੱਚ ਗੈਸ ਦੀ ਬੋ ਆ ਰਹੀ ਹੈ', 'gas'],
  ['রান্নাঘরে গ্যাসের গন্ধ', 'gas'],
  ['રસોડામાં ગેસની ગંધ આવે છે', 'gas'],
  ['Pożar w bloku!', 'fire'],
  ['Hay un incendio en el edificio', 'fire'],
  ['ghar mein aag lag gayi hai', 'fire'],
  ['يوجد حريق في العمارة', 'fire'],
  ['আমার ঘরে আগুন লেগেছে', 'fire'],
  ['Mieszkanie zalane, pękła rura', 'flooding'],
  ['A casa está inundada', 'flooding'],
  ['Sono senza casa e non ho dove dormire', 'homeless-tonight'],
  ['Nu am unde să dorm în seara asta', 'homeless-tonight'],
  ['میں بے گھر ہوں', 'homeless-tonight'],
  ['Alarm czadu się włączył', 'carbon-monoxide'],
  ['Simt miros de gaz în apartament', 'gas'],
  ['Il palazzo va a fuoco', 'fire'],
];

describe('assessSafety: live emergencies', () => {
  it.each([...liveEmergencies, ...longRambling, ...otherLanguages])('%s → %s', (text, kind) => {
    const result = assessSafety(text);
    expect(result.emergency).toBe(kind);
    expect(result.emergencyInfo).toBeNull();
    expect(result.evidence.length).toBeGreaterThan(0);
  });
});

const questions: EmergencyCase[] = [
  ['What number do I ring if I smell gas?', 'gas'],
  ['who should I call if my carbon monoxide alarm goes off', 'carbon-monoxide'],
  ['What should I do if there is a fire in my block?', 'fire'],
  ['what is the number for a power cut', 'power-loss'],
  ['If a pipe bursts at the weekend what should I do', 'flooding'],
  ['what happens if I am homeless tonight, who do I ring', 'homeless-tonight'],
  ['what are the symptoms of carbon monoxide poisoning', 'carbon-monoxide'],
  ['In case of a gas leak, who do I phone?', 'gas'],
  ['who do I ring in a power cut', 'power-loss'],
  ['Co zrobić, jeśli czuję gaz?', 'gas'],
];

describe('assessSafety: questions and what-ifs give information, not an alarm', () => {
  it.each(questions)('%s → info %s', (text, kind) => {
    const result = assessSafety(text);
    expect(result.emergency).toBeNull();
    expect(result.emergencyInfo).toBe(kind);
  });
});

const notEmergencies: string[] = [
  // negated or over
  'There is no smell of gas now, the engineer has been',
  'I can not smell gas any more after they capped it',
  'The gas leak was fixed last year, I just want to check my safety certificate',
  'It is not an emergency but the bathroom door lock is stiff',
  'not an emergency, the boiler is making a noise',
  // figurative
  'This council tax is killing me',
  "My neighbour's car alarm is an emergency for my sanity",
  "I'm dying to know when the bins go",
  'The queue at the housing office was murder',
  'I am drowning in letters from you about arrears',
  'my inbox is flooded with your reminders',
  'the rent went up again',
  // ordinary topics with a risky word nearby
  'Can I book my annual gas safety check',
  'my gas bill is too high',
  'Can I renew my visitor parking permit online?',
  'The fire door on our landing does not close properly',
  'Do I need a carbon monoxide alarm in a flat with a gas boiler?',
  'Neighbour keeps having bonfires and the smoke comes in my window',
  'The bathroom tap drips all night, could someone pop round to fix it',
  'Damp patch on the bedroom ceiling near the window',
  'boiler has packed up again, no heating since the weekend',
  'my smoke alarm keeps beeping, I think it needs a new battery',
  'my electric bill has gone up',
  'I tripped on the broken paving outside',
  'I am being evicted next month and want to join the housing register',
  'There is dog poo all over the floor of the stairwell',
  'We need to put the bins out today, which day is recycling?',
  'Light rain dripping from the gutter outside',
  'we had a power cut last week but it is back on now',
  "I'm on fire today, paid all my bills",
  'water comes in round the window frame when it rains',
  'I think my gas bill is wrong and the bins smell',
  'the kids next door play out in the street all day',
  'Nie czuję już gazu, technik naprawił',
];

describe('assessSafety: negations, figures of speech and near misses', () => {
  it.each(notEmergencies)('%s → no emergency', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

type SafeguardingCase = [text: string, flag: SafeguardingFlag];

const safeguarding: SafeguardingCase[] = [
  ['My husband hits me when he has been drinking', 'domestic-abuse'],
  ['my ex keeps threatening me and turning up at my flat', 'domestic-abuse'],
  ['I am scared to go home because of my partner', 'domestic-abuse'],
  ['he takes my bank card and will not let me see my friends, we live together', 'domestic-abuse'],
  ['I need to flee my home, my boyfriend is violent', 'domestic-abuse'],
  ['my partner controls all our money and checks my phone', 'domestic-abuse'],
  ['I want to end it all', 'self-harm'],
  ['honestly there is no point living anymore', 'self-harm'],
  ['I have been hurting myself again', 'self-harm'],
  ['feeling suicidal since the eviction letter came', 'self-harm'],
  ['I cant go on like this anymore, nobody cares if I am alive', 'self-harm'],
  ['The kids next door are left home alone every night', 'child-at-risk'],
  ['I can hear the man upstairs hitting his little boy', 'child-at-risk'],
  ['worried about the child in the flat opposite, he is always hungry and never has a coat', 'child-at-risk'],
  ['the baby downstairs has been crying for hours and nobody is there', 'child-at-risk'],
  ['My elderly neighbour is being neglected by her son', 'adult-at-risk'],
  ['I think drug dealers have taken over his flat, he has learning disabilities', 'adult-at-risk'],
  ['her carer shouts at her and takes her pension', 'adult-at-risk'],
  ['nobody has seen the old lady at number 4 for days', 'adult-at-risk'],
  ['my nan is being scammed by a man who keeps taking her money', 'adult-at-risk'],
  // wording the first rules missed
  ['my wife is violent towards me', 'domestic-abuse'],
  ['I need to get away from my husband before he does something worse', 'domestic-abuse'],
  ['my ex will not stop harassing me and he knows where i live', 'domestic-abuse'],
  ['I want to leave my partner but he says he will kill me if I do', 'domestic-abuse'],
  ["I'm being abused at home", 'domestic-abuse'],
  ['thinking of killing my self', 'self-harm'],
  ["I've taken a load of tablets", 'self-harm'],
  ["I don't see the point in living", 'self-harm'],
  ['i just want it all to stop, ive got a bottle of pills next to me', 'self-harm'],
  ['a toddler was wandering around the estate on its own at midnight', 'child-at-risk'],
  ['my neighbour leaves her baby alone while she goes out', 'child-at-risk'],
  ["I'm 15 and my dad hits me", 'child-at-risk'],
  ['the young lad downstairs is being used to sell drugs', 'child-at-risk'],
  ['hi i got kicked out by my parents today and i am 16', 'child-at-risk'],
  ['my neighbour is 90 and her grandson is taking all her money', 'adult-at-risk'],
  ['my grandad with dementia keeps wandering out at night', 'adult-at-risk'],
  ['the care workers leave my mum in dirty clothes all day', 'adult-at-risk'],
  // other languages
  ['Mój mąż mnie bije', 'domestic-abuse'],
  ['Mi marido me pega', 'domestic-abuse'],
  ['زوجي يضربني', 'domestic-abuse'],
  ['Chcę się zabić', 'self-harm'],
  ['Vreau să mă sinucid', 'self-harm'],
  ['میں خودکشی کرنا چاہتا ہوں', 'self-harm'],
  ['Dzieci sąsiadów są same w domu całą noc', 'child-at-risk'],
  ['O meu marido bate-me', 'domestic-abuse'],
  ['আমি আত্মহত্যা করতে চাই', 'self-harm'],
  // a negated "stop" says it goes on
  ["i can't stop hurting myself and nobody at home knows", 'self-harm'],
  ['I could not help cutting myself again last night', 'self-harm'],
];

const notSafeguarding: string[] = [
  'I could kill myself for forgetting the bin day',
  'I do not want to live here anymore, can I get a transfer',
  'the man next door keeps threatening me about where I park',
  'the kids on the estate keep kicking a ball at my windows',
  'my son has asthma because of the mould',
  'I need to end my tenancy',
  'My partner and I want to join the housing register',
  'Where do I put domestic waste that does not fit in the bin?',
  'The council tax is killing me',
  'I am worried about my daughter getting a school place',
  'I spoke to someone about my mum last week',
  'my dad is dangerous with a drill, can you send a handyman',
  "I've taken all my tablets to the pharmacy for the review",
  'my neighbour is elderly and scared of the youths on the estate',
  'the kids next door are wandering around the garden',
  'my nan is 90 and needs her bins collected from the door',
  "I'm 16 and want to join the housing register",
];

describe('assessSafeguarding', () => {
  it.each(safeguarding)('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });
  it.each(notSafeguarding)('%s → none', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
  it('finds a disclosure buried in a long message about something else', () => {
    const text =
      'I rang last week about my repair, the window in the back bedroom does not shut and there is a draught, the contractor ' +
      'never came, and to be honest things at home are hard because my husband beat me again on Saturday, anyway can you book the window';
    expect(assessSafety(text).safeguarding).toBe('domestic-abuse');
  });
});

const wantsHuman: string[] = [
  'Could I speak with an actual human please',
  'human please',
  'agent',
  'I want an advisor',
  'please phone me back on my landline',
  'ring me',
  'let me talk to someone',
  'this bot is useless',
  'get me a person',
  'I need to speak with somebody about my rent arrears',
  'can someone phone me about my council tax',
  'put me through to customer services',
  'is there anyone i can actually talk to',
  'transfer me',
  'give me a number to call',
  'Chcę rozmawiać z konsultantem',
  'Quiero hablar con una persona',
  'أريد التحدث مع موظف',
  // Asked for someone else, by appointment, for an interpreter, and in the other community languages (training author F30's kinds).
  'would somebody from the housing team be able to telephone my grandad, he has no internet',
  'I would like a telephone appointment with an officer about my transfer',
  'do you have an interpreter? my English is not good',
  'I need a call back from a supervisor about this',
  'Czy ktoś mógłby do mnie zadzwonić w sprawie czynszu?',
  'Vă rog să mă sune cineva mâine dimineață',
  '¿Alguien me puede llamar por la tarde?',
  'Ar galite man paskambinti dėl mokesčių?',
  'Fadlan ha i soo waco galabta',
  'Waxaan rabaa inaan la hadlo qof shaqaale ah',
  'mainu koi call kar sakda? english nahi aundi',
  'amake keu phone korben please',
  'ممكن حدا يتصل فيني بكرا؟',
  'براہ کرم مجھے کل فون کریں',
];
const notWantsHuman: string[] = [
  'The bath tap keeps dripping, can somebody come out and repair it?',
  'I spoke to someone last week and they said it was booked',
  'Are you a real person?',
  'You said you would call me back and nobody did',
  'my letting agent has not replied',
  'I do not want to talk to anyone, just tell me the bin day',
  'ring me when the engineer is on the way',
  'I want to talk about my garden waste subscription',
  "never mind, I'll ring back tomorrow",
  'I will call you back when I find the reference',
  // Told, refused or suffered, not asked for.
  'Fadlan ha i soo wacin, fariin ii soo dir',
  'لا أريد أحد يتصل بي، فقط أرسلوا رسالة',
  'my nan keeps getting calls from someone saying he is from the council',
  'the landlord phone kar ke roz pareshan karta hai',
  'somebody rang me yesterday about the repair and it is sorted',
];

describe('wantsHuman', () => {
  it.each(wantsHuman)('%s → wants a person', (text) => {
    expect(assessSafety(text).wantsHuman).toBe(true);
  });
  it.each(notWantsHuman)('%s → does not', (text) => {
    expect(assessSafety(text).wantsHuman).toBe(false);
  });
});

describe('abusive', () => {
  it.each(['you are a useless idiot', 'fuck off bot', 'you lot are scum', 'stupid bot', 'stupid fucking machine'])('%s → abusive', (text) => {
    expect(assessSafety(text).abusive).toBe(true);
  });
  it.each(['the bloody boiler has packed in again', 'this damn mould is everywhere', 'the fucking bin men missed us again'])('%s → not abusive', (text) => {
    expect(assessSafety(text).abusive).toBe(false);
  });
});

describe('evidence and speed', () => {
  it('reports rule ids, never the resident’s words', () => {
    const result = assessSafety('I can smell gas in the kitchen and my partner hits me');
    expect(result.emergency).toBe('gas');
    expect(result.safeguarding).toBe('domestic-abuse');
    for (const id of result.evidence) expect(id).toMatch(/^[a-z-]+\.[a-z-]+$/);
  });
});
