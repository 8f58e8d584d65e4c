import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from '../../src/triage/safety.js';

/**
 * Round 7 of fresh wording, from the kinds caller trial 28 found unflagged: a whole message disguised (digits for letters at a
 * word's end, letters spelt out with dots or spaces), a recogniser's word for a danger's, a threat to kill said with a cry for
 * help, going over a rail or jumping, someone up on a roof. Near misses stay unflagged.
 */
describe('round 7, caller trial 28', () => {
  it.each<[string, EmergencyKind]>([
    ['pl3as3 h3lp th3r3 is a f1r3 1n my k1tch3n', 'fire'],
    ['c.a.n y.o.u h.e.l.p i s.m.e.l.l g.a.s', 'gas'],
    ['help me, my ex says he is going to kill me tonight', 'danger-to-life'],
    ['dad has collapsed and he is not breeding', 'danger-to-life'],
    ['there is a smell of guess on the landing', 'gas'],
    ['she isnt brieving right, her lips are blue', 'danger-to-life'],
    ['the carbon monoxide a lamb is going off and the kids have headaches', 'carbon-monoxide'],
    ['a minha filha de 3 anos engoliu as pastilhas do avô, está muito mole', 'danger-to-life'],
    ['el niño se ha tragado una pila de botón', 'danger-to-life'],
    ['córka połknęła leki dziadka', 'danger-to-life'],
    ['there is a young lad hanging from the climbing frame in the playground', 'danger-to-life'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    ['i am on the balcony and thinking of climbing over the railing', 'self-harm'],
    ['im ready to jump off', 'self-harm'],
    ['i wanna d 1 e', 'self-harm'],
    ['she is in the same room. i cant talk. please help', 'domestic-abuse'],
    ['messaging under the duvet, my boyfriend is sat right next to me', 'domestic-abuse'],
    ['perched on the bedroom windowsill, five floors up, nobody would even miss me', 'self-harm'],
    ['they arranged my marriage for the summer and i never said yes, i am 15', 'child-at-risk'],
    ['she says if i leave her she will kill me', 'domestic-abuse'],
    ['I am 80 and my grandson shouts at me and keeps my bank card', 'adult-at-risk'],
    ['im 79 and my husband hits me when he drinks', 'domestic-abuse'],
    ['my son is 30 and he hits me, I am 52', 'domestic-abuse'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it('someone up on a roof with nothing to do there is asked, not assumed', () => {
    const safety = assessSafety('im on the roof of my building');
    expect([safety.emergency, safety.safeguarding, safety.safetyCheck]).toEqual([null, null, 'self-harm']);
  });

  it.each([
    'my mum is going to kill me tonight if I forget the bins again',
    'the kids want to jump on the bouncy castle at the fun day',
    'can I jump the queue on the housing register, I am pregnant',
    'i am on the roof clearing the gutter, who do I call about the loose tiles',
    'the neighbours are breeding dogs in the back garden and the noise is constant',
    'I guess the smell is from the drains',
    'flat 2 b, M3 4QT, my 3 kids and me need a bigger place',
    'my son is 5 and wants to jump in the paddling pool',
    'tomo mis pastillas cada mañana con el desayuno',
    'cant talk now the baby is asleep and my husband is in the next room',
    'I cannot talk on the phone as I am deaf, my husband is here to help me',
    'my dad will kill me if i get another parking ticket, how do i appeal one',
    'the wife will murder me if the recycling is not picked up again',
    'our wedding is booked for june, can we park at the town hall',
    'my coat is hanging on the gate and the gate is broken',
    'we are sitting on the window ledge painting it',
    'a farmácia disse para engolir os comprimidos inteiros, sem mastigar',
  ])('near miss: %s', (text) => {
    const safety = assessSafety(text);
    expect([safety.emergency, safety.safeguarding, safety.safetyCheck]).toEqual([null, null, null]);
  });

  // The classifier still asks its question on this one (as before these rules); no rule flags it.
  it('near miss for the rules: going over a bridge to the tip is not going over a rail', () => {
    const safety = assessSafety('we are thinking of going over the bridge to the tip on Saturday');
    expect([safety.emergency, safety.safeguarding]).toEqual([null, null]);
  });
});
