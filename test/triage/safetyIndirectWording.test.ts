import { describe, expect, it } from 'vitest';
import { assessSafety, type SafetyAssessment } from '../../src/triage/safety.js';

/**
 * Concerns told by what is done, heard or seen rather than named, in English and the ten
 * community languages: cries for help through a wall, hiding from a partner, an order keeping
 * him away, a child told to keep a secret, a flame the wrong colour, wanting not to wake up, a
 * ceiling giving way, a socket smoking, a relative's pension kept, a child out without clothes,
 * smoke in the stairwell (and fire-safety equipment, which is no fire). Every row was written for this table from the category, never taken
 * from the dev set, a corpus or a fixture; each family has near misses that must not flag or ask.
 */
type Expected = 'ask' | { emergency: string } | { safeguarding: string };

function reading(safety: SafetyAssessment): Expected | null {
  if (safety.emergency) return { emergency: safety.emergency };
  if (safety.safeguarding) return { safeguarding: safety.safeguarding };
  return safety.safetyCheck ? 'ask' : null;
}

const child = { safeguarding: 'child-at-risk' };
const adult = { safeguarding: 'adult-at-risk' };
const domestic = { safeguarding: 'domestic-abuse' };

const families: { family: string; concerns: [string, Expected][]; nearMisses: string[] }[] = [
  {
    family: 'cries for help heard now',
    concerns: [
      // Flagged, not asked: "are you in danger?" to someone who hears another person's cries was answered "no, it's her" (caller trial 12).
      ['someone in the flat below is screaming for help, what do I do', { emergency: 'danger-to-life' }],
      ['Sąsiadka z góry krzyczy o pomoc, słychać jak mąż ją bije', domestic],
      ['se aude cum vecina striga dupa ajutor pe scara blocului', 'ask'],
      ['pasher barir mohila bachao bachao bolche', 'ask'],
    ],
    nearMisses: [
      'the kids upstairs scream while they play every evening, can I report the noise',
      'help, my bin was not collected again',
      'my lad is always shouting for help with his maths homework',
      'I called for help with the housing form and nobody answered',
    ],
  },
  {
    family: 'someone collapsed, fainted or not coming round (caller trial 12)',
    concerns: [
      ["my gran's keeled over in the hallway and isn't responding", { emergency: 'danger-to-life' }],
      ['the baby has gone all floppy in my arms', { emergency: 'danger-to-life' }],
      ['my brother blacked out and we cannot bring him round', { emergency: 'danger-to-life' }],
      ['my dad is bleeding from his head after he tripped on the stairs', { emergency: 'danger-to-life' }],
      // Caller re-trial 12b.
      ["my brother's out cold on the bathroom floor", { emergency: 'danger-to-life' }],
      // Caller re-trial 12c.
      ['the old fella across the landing tripped on his stairs and is not moving', { emergency: 'danger-to-life' }],
      ['I can see her through the glass, she is on the floor and not moving', { emergency: 'danger-to-life' }],
      ["she's slumped in the chair and I can't get her to wake", { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'I nearly passed out when I saw the council tax bill',
      'I passed out laughing at the new parking signs',
      'my dad fainted at the bus stop last week, he is fine now, can I get a blue badge for him',
      'the kids had a fit of giggles at the recycling van',
      'I fell behind with the rent and the landlord is not responding to my emails',
      'I cannot get him to talk about the arrears at all',
      'the traffic is not moving on the ring road again',
    ],
  },
  {
    family: 'pills with drink, or all of them tonight (caller trial 12)',
    concerns: [
      ["I've had a load of my tablets and half a bottle of whisky", { emergency: 'danger-to-life' }],
      ['got a stash of painkillers and I am going to take them all after work', { safeguarding: 'self-harm' }],
    ],
    nearMisses: ['I had my tablets and a glass of wine with my tea, what time does the tip open', 'the GP gave me antibiotics and said to take them all even if I feel better'],
  },
  {
    family: 'a parent finds the marks of self-harm (caller trial 12)',
    concerns: [
      ["found fresh cuts up my daughter's forearms again tonight", { safeguarding: 'self-harm' }],
      ['there are scars all over his thighs and he wears long trousers in summer', { safeguarding: 'self-harm' }],
    ],
    nearMisses: ['my son has scratches on his arms from the cat', 'she came home with cuts on her legs from the brambles by the canal'],
  },
  {
    family: 'hiding from a partner',
    concerns: [
      ['I need to move somewhere my ex does not know about', domestic],
      ['Preciso de uma casa onde ele não me encontre', 'ask'],
      ['Chcę się przeprowadzić tak, żeby mnie nie znalazł', 'ask'],
      ['mujhe aisi jagah chahiye jahan usko pata na ho ke main kahan hoon', 'ask'],
    ],
    nearMisses: ['we were hiding from the rain at the bus stop', 'I want to move somewhere quieter, my landlord does not know yet'],
  },
  {
    family: 'an order keeping a partner away',
    concerns: [
      ['My husband has bail conditions not to come to the flat, can I change the locks?', domestic],
      ['Tengo una orden de alejamiento contra mi ex pareja, necesito otra vivienda', domestic],
    ],
    nearMisses: ['there was a court order for possession, when do I have to leave'],
  },
  {
    family: 'a child told to keep a secret',
    concerns: [
      ['my niece came back from her uncle\'s terrified and said he told her not to tell anyone', child],
      ['mi hija llegó asustada, el vecino le dijo que no le digas a nadie', child],
      ['ਮੇਰੀ ਧੀ ਡਰੀ ਹੋਈ ਹੈ, ਉਸ ਨੂੰ ਕਿਹਾ ਗਿਆ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ', child],
    ],
    nearMisses: ['my son\'s birthday party is a surprise, please do not tell anyone at the centre'],
  },
  {
    family: 'a flame the wrong colour, soot',
    concerns: [
      ['the gas fire flame is orange and there is soot on the wall above', { emergency: 'carbon-monoxide' }],
      ['Płomień jest żółty i są czarne ślady nad piecykiem', { emergency: 'carbon-monoxide' }],
      ['the boiler flame looks yellow sometimes, is that normal', 'ask'],
    ],
    nearMisses: ['can i get the soot cleaned off the chimney breast before we move in'],
  },
  {
    family: 'wanting not to wake up, in other words',
    concerns: [
      ['it would be easier if i was not around, that is how i feel', 'ask'],
      ['nie chce mi się już żyć od kiedy straciłem pracę', 'ask'],
      ['ami r bachte chai na, bachar icche nei', 'ask'],
    ],
    nearMisses: ['it would be easier if i was not home on thursday for the visit', 'quero morrer de rir com o vídeo do gato'],
  },
  {
    family: 'a ceiling or wall giving way, in the community languages',
    concerns: [
      ['el techo del baño se está cayendo, tiene una grieta enorme', { emergency: 'structural' }],
      ['sufit w łazience się ugina, boję się że spadnie', { emergency: 'structural' }],
      ['ghar di chhat thalle aa rahi lagdi, darr lagda', { emergency: 'structural' }],
    ],
    nearMisses: ['the wall has a crack, can someone come and look', 'Mam pęknięcie na ścianie, kiedy ktoś przyjdzie?', 'el techo tiene una mancha de humedad'],
  },
  {
    family: 'a socket or switch smoking or hot, in the community languages',
    concerns: [
      ['lizdas virtuvėje labai kaista ir rūksta', { emergency: 'electrical-hazard' }],
      ['a tomada da sala está quente e deita fumo', { emergency: 'electrical-hazard' }],
      ['priza din dormitor e fierbinte si scoate fum', { emergency: 'electrical-hazard' }],
    ],
    nearMisses: ['kiedy ktoś naprawi gniazdko w kuchni?', 'a tomada da sala não funciona'],
  },
  {
    family: 'an older relative\'s money kept or food withheld, in the community languages',
    concerns: [
      ['Meri ammi ki pension unka beta rakh leta hai aur khana bhi nahi deta', adult],
      ['Senelis gyvena su kaimynu, tas paėmė jo pinigus ir kortelę', adult],
      ['أبوي كبير بالعمر وابن عمي ياخذ راتبه كل شهر', adult],
    ],
    nearMisses: ['meri ammi ki pension kab aayegi? unka form bhejna hai', 'Senelis nori sumokėti mokesčius kortele'],
  },
  {
    family: 'a child out in the cold or sleeping out',
    concerns: [
      ['a lad of maybe 13 kips in the stairwell most nights', child],
      ['ہمسائے کا بچہ رات کو باہر ہوتا ہے، کپڑے بھی نہیں پہنے', child],
    ],
    nearMisses: ['my son needs new clothes for school, is there a grant?'],
  },
  {
    family: 'smoke through the block, a bin store alight',
    concerns: [
      ['Laiptinėje pilna dūmų, kažkas dega rūsyje', { emergency: 'fire' }],
      ['fumul intră în scara blocului de la ghenă', { emergency: 'fire' }],
    ],
    nearMisses: ['Kada išveža šiukšlių konteinerius?', 'Kiedy będzie przegląd drzwi przeciwpożarowych w naszym bloku?', 'هل عندكم طفاية حريق للعمارة؟'],
  },
  {
    family: 'a child telling what an adult did',
    concerns: [
      ['my son came home and told me what his swimming coach did to him in the changing rooms', child],
      ['my girl is 7 and she told us something her step dad did to her at his house', child],
    ],
    nearMisses: ['my son told me what his teacher did for him on his birthday, can I send a thank you card', 'my daughter told me what the bin men did to our wheelie bin, it is cracked'],
  },
  {
    family: 'a partner feared without being named as violent',
    concerns: [
      ['can the repair man come on a tuesday, i sleep downstairs with the baby as it is safer than being upstairs with him', 'ask'],
      ['I got a non-mol against my ex last month and he is parked outside again', domestic],
    ],
    nearMisses: ['the flat is safer than the old one, no stairs for my nan', 'can I get a non-slip mat for the shower ramp'],
  },
  {
    family: 'wanting to vanish, said of oneself',
    concerns: [
      ['since the eviction letter i feel like just disappearing and not telling anyone', 'ask'],
      ['honestly I want to just vanish, the debt is too much', 'ask'],
    ],
    nearMisses: ['my parcel seems to have vanished from the doorstep', 'the graffiti is disappearing slowly after the rain'],
  },
  {
    family: 'a farewell in a routine request',
    concerns: [
      ['please close my rent account and give any credit to my brother, I shall not be requiring it', 'ask'],
      ['thanks to the lady on the phone last year. I will not be writing again', 'ask'],
      ['Stop the direct debit. I have said my goodbyes to the kids already', 'ask'],
      ['I am not going to contest the summons as I do not expect to be here by then', 'ask'],
    ],
    nearMisses: ['I will not be requiring the garden waste bin next year, we are moving to a flat', 'I will not be writing again about the bins, the new crew are great', 'said goodbye to the old bin men today, lovely lads'],
  },
  {
    family: 'sewage told by what it looks like',
    concerns: [['the shower tray is filling up with brown sludge from the drain', { emergency: 'sewage' }]],
    nearMisses: ['the paddling pool is filling up with rain, can we empty it in the drain'],
  },
  {
    // Caller re-trial 13b, C4: someone down where they fell, told without a danger word.
    family: 'someone lying where they fell',
    concerns: [
      ['grandad tripped on the rug and now he is lying on the lino and says his hip hurts', { emergency: 'danger-to-life' }],
      ['a lad is lying face down on the grass by the play area and nobody is with him', { emergency: 'danger-to-life' }],
      ['my aunt is on the bathroom floor, she keeps saying she is fine but she cannot get herself up', { emergency: 'danger-to-life' }],
      ['my wife had a tumble on the patio and I cannot get her back up', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'the kids are lying on the floor watching telly, can I ask about the summer holiday activities',
      'my son was lying face down on the sofa sulking so I am doing his bin form for him',
      'she lives on the third floor and cannot get her bin down the stairs any more',
      'leaves are lying on the path outside the flats and it is slippery',
    ],
  },
  {
    // Caller re-trial 13b, C5: a carbon monoxide alarm named by its maker, its display or its place.
    family: 'a carbon monoxide alarm named another way',
    concerns: [
      ['the Kidde box on the wall is showing CO and will not stop', { emergency: 'carbon-monoxide' }],
      ['the fire angel on the landing has CO flashing on it and keeps beeping', { emergency: 'carbon-monoxide' }],
      ['the alarm plugged in beside the boiler is going off and the screen says danger', { emergency: 'carbon-monoxide' }],
      ['it is the CO one in the kitchen, it is beeping like mad', { emergency: 'carbon-monoxide' }],
    ],
    nearMisses: [
      'my kidde smoke alarm beeps once a minute, I think the battery is going',
      'the alarm beside the boiler beeped when I pressed test, is that right',
      'the thermostat screen shows CO? is that a fault code, the heating works',
      'please can someone fit a CO alarm beside the gas fire, we do not have one',
    ],
  },
  {
    // Caller re-trial 15b, H3 (other words): the child is the one at risk, not an adult not seen.
    family: 'a child on their own, the adult with them not seen',
    concerns: [
      ["there's a little lad on his own in the flat next door, he can't be more than six, and I haven't seen his dad since Saturday", { safeguarding: 'child-at-risk' }],
      ['the girl upstairs is only about seven and she is by herself, nobody has seen her mum for two days', { safeguarding: 'child-at-risk' }],
    ],
    nearMisses: ['my little boy and I have not seen the bin men since Monday, can you check'],
  },
  {
    // Caller re-trial 15b, C1 and C2 (other words): medicine taken twice over or all day, meant or not; carbon monoxide's signs in the body.
    family: 'a dose taken twice over, and carbon monoxide in the body',
    concerns: [
      ["I think I've doubled up on my blood pressure tablets this morning, forgot I'd had them", { emergency: 'danger-to-life' }],
      ['been popping the co codamol all day for my tooth, must be over a dozen', { emergency: 'danger-to-life' }],
      ['I took my diazepam again by mistake and I feel woozy', { emergency: 'danger-to-life' }],
      ['the kids headaches clear up as soon as we go out of the flat', { emergency: 'carbon-monoxide' }],
      ['there is black staining round the gas fire and my husband keeps being sick', { emergency: 'carbon-monoxide' }],
    ],
    nearMisses: [
      'I take my tablets twice a day, can the repair be on a Tuesday afternoon',
      'my dad doubled up the bin bags because the fox keeps ripping them',
      'I took my insulin like always this morning, now about the broken gate',
      'the boiler has soot on the front, can someone come and service it',
      'my headache went away once I had a coffee, anyway my bin was missed',
    ],
  },
  {
    // Caller trial 16, C1 to C3 and C6 (other words): poison told by what and how many, fumes by a flame or an alarm, a child at a window.
    family: 'poison by what and how many, fumes by their signs, a child at a window',
    concerns: [
      ['been working through the ibuprofen like smarties since yesterday, lost count at about fifteen', { emergency: 'danger-to-life' }],
      ['my grandad has taken every tablet out of his dosette box for the week', { emergency: 'danger-to-life' }],
      ['my son got into my handbag and there are two of my sertraline pushed out of the strip', { emergency: 'danger-to-life' }],
      ['my dad had a swig of the screenwash thinking it was pop', { emergency: 'danger-to-life' }],
      ['the alarm thing above our boiler keeps going off so I took the batteries out', { emergency: 'carbon-monoxide' }],
      ['we have brought the camping stove into the bedroom to keep warm', { emergency: 'carbon-monoxide' }],
      ['the hob flames are burning a funny yellowy colour, can someone look', 'ask'],
      ['we all get banging headaches in the flat and whenever we stay at my sister s we feel fine', { emergency: 'carbon-monoxide' }],
      ['a little girl of about three is standing on the window sill of the open window across the road', { emergency: 'danger-to-life' }],
      ['there was screaming then a bang and now it has gone completely silent, I cannot hear the baby', { emergency: 'danger-to-life' }],
      ['would a toddler on his own in the car park be a 999 thing', { emergency: 'danger-to-life' }],
      // Caller re-trial 16b (other words): a product named then drunk, fumes from a flue, a cooker, an engine or a generator; in the water; a fall with the head bleeding.
      ['I left the limescale remover in a lemonade bottle and my grandson drank some of it', { emergency: 'danger-to-life' }],
      ['the flue on top of our boiler has come loose from the ceiling, you can see a gap', { emergency: 'carbon-monoxide' }],
      ['my nan has had the gas hob going all day to keep the flat warm', { emergency: 'carbon-monoxide' }],
      ['my neighbour sits in his garage with the engine running and the door shut', { emergency: 'carbon-monoxide' }],
      ['we have put the petrol generator in the garage next to the kitchen', { emergency: 'carbon-monoxide' }],
      ['a dog walker has fallen into the canal by the lock and cannot get out', { emergency: 'danger-to-life' }],
      ['the lady next door slipped on her step and there is blood coming from her head', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'the alarm by the boiler needs a new battery, it chirps once a minute',
      'can we have a barbecue in the communal garden this weekend',
      'the kids were standing at the window waving at the bin men',
      'my son leans out of the window to talk to his mates, can you fit a restrictor',
      'I had a drink from a bottle of water in the car while I waited',
      // Caller trial 16, H5 (other words): a tablet to go online with.
      "I can't use the website, I've not got a tablet or a computer, can I pay over the phone",
      'the bleach is under the sink, I had some of it on a cloth to clean the bin',
      'our boiler flue needs its annual check, when can you come',
    ],
  },
  {
    // Caller trial 17 (other words): fuel burnt indoors with someone drowsy or a pounding head, an attack heard now, someone else's strong painkiller drunk.
    family: 'fumes by their signs, an attack heard now, an opioid not theirs',
    concerns: [
      ['the multi fuel stove is puffing smoke back into the front room. both kids have been sick and the little one is really dozy', { emergency: 'carbon-monoxide' }],
      ['we run a calor gas heater in the kids bedroom at night, they wake up with their heads pounding', { emergency: 'carbon-monoxide' }],
      ['my husband has gone all confused after his bath, we have one of those gas water heaters on the wall', { emergency: 'carbon-monoxide' }],
      ['the bloke upstairs is still battering her, she keeps screaming', { emergency: 'danger-to-life' }],
      ['I can hear him kicking her in the flat below right now', { emergency: 'danger-to-life' }],
      ['my cousin has been at his nan s oramorph, he drank loads of it', { emergency: 'danger-to-life' }],
      ['the old lady at 14, her milk has been sat on the doorstep since Friday and her curtains are still closed', { safeguarding: 'adult-at-risk' }],
      ['two boys are sliding about on the canal and the ice is cracking under them', { emergency: 'danger-to-life' }],
      ['three lads outside the chippy are stamping on some bloke s head', { emergency: 'danger-to-life' }],
      ['the lads took a disposable bbq into their tent to keep warm, now one keeps throwing up and the other is dopey', { emergency: 'carbon-monoxide' }],
      ['my friend posted that nobody will have to put up with her any more after tonight', { safeguarding: 'self-harm' }],
    ],
    nearMisses: [
      'the wood burner needs its chimney swept before the winter, who do you recommend',
      'my son has had a headache all week from revising for his exams',
      'the stove in the garage flat was taken out years ago, can the hole be bricked up',
      'the lads next door were kicking a ball against our fence all evening',
      'my neighbour keeps kicking the bins over next door when he is drunk',
      'I collect my own methadone from the chemist every morning, is there parking',
      'the curtains in the front room have not been opened since we moved in, they are stuck',
      'the ice on the path outside has cracked the paving slabs, can someone grit it',
      'the lads next door keep kicking their ball on my car, can I complain',
      'we had a barbecue in the back garden all afternoon and the kids are sleepy now',
      'nobody will have to put up with my moaning about the bins any more, I have moved house',
    ],
  },
  {
    // Caller re-trial 17c (other words): violence told by what is done to someone, and a life in danger told in a community language.
    family: 'violence told by what is done, a life in danger in another language',
    concerns: [
      ['the lad across the road is getting his face smashed into the car bonnet, please hurry', { emergency: 'danger-to-life' }],
      ['I can hear him dragging her along the hallway by her hair right now', { emergency: 'danger-to-life' }],
      ['a girl is being punched by two men outside the bus station', { emergency: 'danger-to-life' }],
      ['mi hermano está inconsciente en el baño y no respira bien', { emergency: 'danger-to-life' }],
      ['um rapaz levou uma facada à porta do prédio', { emergency: 'danger-to-life' }],
      ['sąsiad dźgnął kogoś nożem pod blokiem', { emergency: 'danger-to-life' }],
      ['میرا بھائی بے ہوش ہو گیا ہے', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'our wheelie bin is being thrown about by the crew every week and now the lid is cracked',
      'I keep getting dragged into their rows next door, can you do mediation',
      'my son is getting kicked out of his flat next month, can he go on the register',
      'we watched a film last night where a man was getting stabbed, the kids were scared of the noise from next door after',
      'mi vecino es un inconsciente, deja la basura en la calle',
      'me estoy ahogando en deudas con el council tax',
      'un hombre con dos niños deja basura en la calle cada semana',
    ],
  },
  {
    // Caller trial 18 (other words): fumes from a generator or a gas fire burning wrong, a fall down the stairs, cries for help from
    // someone frail behind a locked door, and a relative's plan told with its place and a farewell.
    family: 'a generator or a fire burning wrong with someone ill, a bad fall, cries from someone frail, a plan with a farewell',
    concerns: [
      ['dad has been running a diesel generator in the utility room since the power went, now he is confused and keeps being sick', { emergency: 'carbon-monoxide' }],
      ['the gas fire flames have gone yellow and there are black marks above it, my son says he feels dizzy', { emergency: 'carbon-monoxide' }],
      ['my grandad slipped off the ladder in the garden and he says he can not feel his legs', { emergency: 'danger-to-life' }],
      ['the old man at number 9 is crying for help behind his door and it is locked', { emergency: 'danger-to-life' }],
      ['my brother left a note saying sorry, told us not to look for him, and took the car towards the flyover', { safeguarding: 'self-harm' }],
    ],
    nearMisses: [
      'can we run a generator at the street party on the green, it is for the music',
      'my nan nearly fell down the stairs because the stair carpet is loose, please fix it',
      'my husband hurt his back lifting the new sofa, can we get a bulky collection for the old one',
      'the kids were screaming for help with their homework all evening, lol',
      'my son said he was sorry for being late with the rent, can we pay on Friday',
    ],
  },
  {
    // Caller re-trial 15b, H3 (other words): abuse within a family of someone old or with dementia, told by someone else.
    family: 'a vulnerable adult harmed by their own family, told by a neighbour',
    concerns: [
      ['my neighbour is in his nineties and his daughter keeps him locked in the back bedroom all day', adult],
      ['the lady downstairs has alzheimers and her grandson hits her when he has had a drink', adult],
      ['my wife hits me when she gets confused, she has dementia and I am scared of her', domestic],
    ],
    nearMisses: ['my grandad is in his eighties and my dad drives him to the tip on Saturdays, when is it open'],
  },
  {
    // Caller re-trial 15b, H1 (other words): a household product swallowed, whoever says it; breath that will not come.
    family: 'a household poison swallowed, a breath that will not come',
    concerns: [
      ['our youngest has been chewing one of the laundry capsules, she is eighteen months', { emergency: 'danger-to-life' }],
      ['my brother drank some of the drain cleaner by mistake thinking it was squash', { emergency: 'danger-to-life' }],
      ['I think he swallowed a button battery out of the remote', { emergency: 'danger-to-life' }],
      ["my mum can't get her breath and her lips look funny", { emergency: 'danger-to-life' }],
      ['he is gasping for air on the sofa', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'where do I take old batteries and half-empty bottles of bleach',
      'the puppy has eaten a battery, is the vet open on Sunday',
      'the kids were eating crisps and drinking squash on the bus, can I complain about the driver',
      "I can't get my breath back after the stairs to the 9th floor, when will the lift be fixed",
    ],
  },
  {
    // Caller re-trial 13b, C1: an overdose already taken, told without the word: someone else's tablets, or insulin.
    family: 'an overdose already taken, in other words',
    concerns: [
      ['I necked my boyfriend\'s painkillers about half an hour ago', { emergency: 'danger-to-life' }],
      ['I have swallowed every pill in the bathroom cabinet', { emergency: 'danger-to-life' }],
      ['I deliberately went over on my insulin tonight', { emergency: 'danger-to-life' }],
      ['I have injected way too much insulin and I feel odd', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'I took my own tablets an hour ago like always, now about my missed bin',
      'my dad took his heart tablets with his breakfast, can I book a bulky waste collection',
      'I had my insulin before lunch, can I pay my council tax by card',
    ],
  },
  {
    // Caller trial 14: medicines by their own names, taken in quantity; a stroke's signs as a relative sees them; someone out cold.
    family: 'an overdose of a medicine named, a stroke, someone out cold',
    concerns: [
      ['I swallowed a whole strip of my mirtazapine and half a bottle of rum', { emergency: 'danger-to-life' }],
      ['I have had every one of my gabapentin tonight', { emergency: 'danger-to-life' }],
      ['my husband went quiet at tea and now his face has gone lopsided and he cannot lift his arm', { emergency: 'danger-to-life' }],
      ['there is an older man out cold on the pavement outside the chip shop', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'I had my sertraline as usual this morning, when is the tip open',
      'the baby was spark out by seven so I finally got to this form',
      'the guttering has dropped on one side of the house',
      'my words come out all wrong when I write complaints, can someone help me fill one in',
    ],
  },
  {
    // Caller re-trial 14b: breathing in doubt, a child who swallowed something, someone on the edge now.
    family: 'breathing in doubt, a child poisoned, someone at the edge now',
    concerns: [
      ["I really don't think she's breathing properly any more", { emergency: 'danger-to-life' }],
      ['his lips have turned blue and he is not moving', { emergency: 'danger-to-life' }],
      ['my two year old has just swallowed a button battery off the remote', { emergency: 'danger-to-life' }],
      ['our little one got into the cupboard and drank some bleach', { emergency: 'danger-to-life' }],
      ["I'm standing on the railings of the multi storey right now", { emergency: 'danger-to-life' }],
      ['would we need to ring for an ambulance for him?', { emergency: 'danger-to-life' }],
      ["my sister has wedged her door shut and she's gone silent", 'ask'],
      // An overdose told with what it is doing: "it's gone yellow" is a symptom, not the problem gone away.
      ["I've taken too many of my tablets and now it's all gone yellow and fuzzy", { emergency: 'danger-to-life' }],
      ['I put away twenty of my olanzapine after tea', { emergency: 'danger-to-life' }],
      ['I have gone through two boxes and a half of my digoxin', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'my daughter has had her calpol as prescribed and is much better today',
      "I'm up on the roof fixing a loose tile, do I need permission",
      'the baby has eaten all his tea, now can I ask about the nursery grant',
      'my son is breathing much easier since the mould was treated',
      'can I get patient transport or an ambulance for my hospital appointments',
      'the street has been dead quiet since the new bins came',
    ],
  },
  {
    // Caller re-trial 13b, C8: a threat to burn the home with the resident or the children in it.
    family: 'a threat to burn the home with people in it',
    concerns: [
      ["my husband says one day he'll burn this place down with me and the kids inside", domestic],
      ['she keeps messaging that she will set fire to the flat while we are asleep', domestic],
    ],
    nearMisses: ['the lads on the estate keep burning rubbish near the flats', 'my partner burnt the dinner again, can I book a bulky collection for the old cooker'],
  },
  {
    // Caller re-trial 13b, C7: someone shut away behind a door they have jammed, pulled to or barricaded, and gone silent.
    family: 'someone shut away and gone silent',
    concerns: [
      ['my boy pulled the loft ladder up behind him and he will not answer me', 'ask'],
      ['her bedroom door is wedged from the inside and she has gone completely silent', 'ask'],
      ['my sister has bolted herself in the bathroom, she is not responding and there are razor blades missing', { emergency: 'danger-to-life' }],
    ],
    nearMisses: [
      'the garage door is jammed and will not open, can someone come and fix it',
      'my son locked himself out again, is there a spare key service',
    ],
  },
  {
    // Caller re-trial 13b, C2: every tablet taken at a time to come, without the word suicide.
    family: 'an overdose planned for later',
    concerns: [
      ['I have a carrier bag of old prescriptions and once the kids are asleep I am going to take the lot', { safeguarding: 'self-harm' }],
      ['as soon as he leaves for his night shift I am swallowing every one of his heart tablets', { safeguarding: 'self-harm' }],
      ['tomorrow when the flat is empty I will take all of my medicines in one go', { safeguarding: 'self-harm' }],
    ],
    nearMisses: [
      'I am going to take all my old medicines back to the chemist to get rid of them',
      'the collectors are going to take the lot, including the garden waste, right?',
      'I am taking all my prescriptions with me on holiday, do I need a letter',
    ],
  },
];

describe.each(families)('$family', ({ concerns, nearMisses }) => {
  it.each(concerns)('%s', (text, expected) => {
    expect(reading(assessSafety(text))).toEqual(expected);
  });

  it.each(nearMisses)('near miss: %s', (text) => {
    expect(reading(assessSafety(text))).toBeNull();
  });
});

/**
 * Near misses the classifier retrained in round 19 asks about, and no layer flags: a measured trade-off,
 * since with it the fresh sealed authors' disclosures caught rose 73.1 → 75.6 % and 76.9 → 80.8 % with
 * the question asked on their harmless messages unchanged (2.2 % and 3.2 %). A flag on them still fails.
 */
describe('near misses asked about, never flagged', () => {
  it.each(['the letting agent will not answer my emails about the broken loft hatch'])('%s', (text) => {
    expect(['ask', null]).toContain(reading(assessSafety(text)));
  });
});
