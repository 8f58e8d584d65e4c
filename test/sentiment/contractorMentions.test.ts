import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { contractorFinder } from '../../src/sentiment/contractorMentions.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
const find = contractorFinder(profile.contractors);

describe('contractorFinder', () => {
  it.each([
    ['Keystone Property Services still have not fixed my door', ['Keystone Property Services']],
    ["keystone's engineer was rude", ['Keystone Property Services']],
    ['Is it KEYSTONE or Brightwarm who does boilers?', ['Keystone Property Services', 'Brightwarm Heating']],
    ['The DryHome team came out', ['DryHome Solutions']],
    ['greenway’s crews missed our road', ['Greenway Environmental']],
    ['Brightwarm Heating booked a service', ['Brightwarm Heating']],
  ])('finds the contractors in "%s"', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each(['My property services bill is wrong', 'a keystoned image', 'the heating is off', 'a green way to recycle'])('finds none in "%s"', (text) => {
    expect(find(text)).toEqual([]);
  });
});
