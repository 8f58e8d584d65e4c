import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind, type SafeguardingFlag } from '../../src/triage/safety.js';
import { verb } from '../../src/triage/safety/rules.js';

/**
 * Round 2 of fresh wording: families of emergencies and disclosures the rules missed (fires "set
 * alight", structures hanging or leaning, sewage bubbling out, beds for tonight only, weapons, means
 * made ready, pills saved up, goodbyes, children burned or shut out on balconies, adults talked into
 * handing money over, welfare signs of a neighbour not seen). Each family has near misses beside it.
 */

describe('verb: irregular pasts the round-2 rules rely on', () => {
  it.each([
    ['buy', 'bought'],
    ['creep', 'crept'],
    ['write', 'wrote'],
  ])('%s → %s', (base, past) => {
    expect(verb(base)).toContain(past);
  });
});

const emergencies: [text: string, kind: EmergencyKind][] = [
  // fire: setting something alight, a thing that burns as a fire
  ['lads have set the recycling skip alight behind the block', 'fire'],
  ['someone set our fence on fire', 'fire'],
  ['the garage at the end of the row is ablaze', 'fire'],
  ['the old mattress by the lift is smouldering', 'fire'],
  // electrics: a flash or a bang from a fitting
  ['there was a blue flash from the light switch and it smells hot', 'electrical-hazard'],
  ['the fuse box flashed and banged when I flicked it back on', 'electrical-hazard'],
  // structure: the shape of a failure
  ['the bathroom ceiling is hanging down in one corner', 'structural'],
  ['the side wall of the house is leaning outwards', 'structural'],
  ['a sheet of plasterboard has dropped in the hall', 'structural'],
  // sewage inside the home
  ['filthy sewage is bubbling out of the shower tray', 'sewage'],
  ['the drain in the utility room is spewing out brown water', 'sewage'],
  // homeless tonight: put out hours ago, a bus or a floor for tonight only
  ['my stepmum kicked me out two hours ago', 'homeless-tonight'],
  ['I will be sleeping on a night bus tonight', 'homeless-tonight'],
  ['staying on my cousins floor tonight and after that I have nothing', 'homeless-tonight'],
  // danger to life: a threat to wound, a weapon held against someone
  ['the man downstairs is shouting that he is going to stab me', 'danger-to-life'],
  ['my neighbour came at us with a hammer', 'danger-to-life'],
  ['a man is brandishing a machete in the car park', 'danger-to-life'],
];

const notEmergencies: string[] = [
  'please set the boiler timer to come on at six',
  'the candle in the window was burning all night',
  'my bonfire in the garden is burning fine',
  'the bang of fireworks keeps the dog awake',
  'the wallpaper is hanging down in the spare room',
  'the guttering is hanging off at the front',
  'the temperature in the lounge has dropped',
  'the fence panel is leaning a bit after the wind',
  'the sink gurgles and bubbles when the washing machine empties',
  'my son got kicked out of the football team',
  'I am sleeping on the sofa tonight because my bedroom is too damp',
  'I slept on my mates floor for a week last year',
  'I am going to knife the birthday cake later',
  'my brother has a hammer I can borrow for the shelf',
];

describe('round 2: emergencies in fresh wording', () => {
  it.each(emergencies)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
  it.each(notEmergencies)('no emergency: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

const disclosures: [text: string, flag: SafeguardingFlag][] = [
  // self-harm: means made ready, at a drop, every tablet, pills saved, cutting again, going soon, goodbyes, giving away
  ['I bought some rope this afternoon and I know where I will do it', 'self-harm'],
  ['the noose is up in the garage', 'self-harm'],
  ['I am stood on the edge of the car park roof and I want it to be over', 'self-harm'],
  ['I will let go off the bridge tonight', 'self-harm'],
  ['I am about to swallow every one of my sleeping tablets', 'self-harm'],
  ['I have been hoarding my painkillers for a month', 'self-harm'],
  ['I relapsed and I have been cutting again', 'self-harm'],
  ['I keep slashing my thighs', 'self-harm'],
  ['I do not think I will be around for much longer', 'self-harm'],
  ['what is the point of me carrying on', 'self-harm'],
  ['why should I bother staying alive', 'self-harm'],
  ['I recorded a goodbye video for my mum', 'self-harm'],
  ['I have given my cat to my sister and will not need my stuff soon', 'self-harm'],
  // child at risk: burned with things, night visits, left on a balcony, afraid to go home, rough handling
  ['his mum burns him with her cigarettes when he cries', 'child-at-risk'],
  ['my uncle crept into my bedroom at night again and I am 12', 'child-at-risk'],
  ['their toddler gets shut out on the balcony in the cold for hours', 'child-at-risk'],
  ['a baby was strapped into a pushchair left outside unattended all afternoon', 'child-at-risk'],
  ['the girl from number 9 is too scared to go home to her stepdad', 'child-at-risk'],
  ['I watched him pull his little girl down the path by the arm', 'child-at-risk'],
  // adult at risk: talked into signing or handing over money, money handed to hangers-on, welfare signs
  ['her grandson keeps pressuring her into withdrawing cash for him', 'adult-at-risk'],
  ['a man from the pub conned the old gent into transferring his savings', 'adult-at-risk'],
  ['the chap with learning disabilities hands his benefits over to some youths every week', 'adult-at-risk'],
  ['the old ladys milk is still on the step and nobody has seen her', 'adult-at-risk'],
  ['her curtains have not been opened for days and she lives alone, she is 88', 'adult-at-risk'],
];

const notDisclosures: string[] = [
  'I take all my tablets in the morning with breakfast',
  'I need to collect my tablets from the pharmacy, I have been saving up for the prescription',
  'the rope swing in the play area has snapped',
  'the rope is ready for collection at the depot',
  'I am on the bridge committee and would like to report a streetlight',
  'the council keep cutting again and again at our services',
  'I cut my arm on the broken fence panel',
  'I will not be around much longer today, can you call tomorrow',
  'I will not be around much longer at this address as I am moving',
  'I wrote a goodbye card for my neighbour who is moving away',
  'I am giving away my old sofa, can you collect it',
  'my uncle comes into my room at night to turn the heating off',
  'the kids play on the balcony all day in the summer',
  'my son is scared to go home from school on his own in the dark',
  'my mum asked me to sign her council tax form',
  'my nan gives her money to the church every sunday',
  'my post is piling up at the wrong address',
  'my partner kicked off about the bins',
];

describe('round 2: disclosures in fresh wording', () => {
  it.each(disclosures)('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });
  it.each(notDisclosures)('no disclosure: %s', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
});

describe('round 2: eviction by a partner is homelessness, not a kick', () => {
  it('"kicked me out" is an emergency without domestic abuse', () => {
    const result = assessSafety('my boyfriend kicked me out twenty minutes ago');
    expect(result.emergency).toBe('homeless-tonight');
    expect(result.safeguarding).toBeNull();
  });
  it('a kick is still domestic abuse', () => {
    expect(assessSafety('my boyfriend kicked me in the back').safeguarding).toBe('domestic-abuse');
  });
});
