import { describe, expect, it } from 'vitest';
import { choiceByNumber, matchChoice } from '../../src/forms/choiceMatcher.js';
import { globalCommand, saysGoodbye } from '../../src/forms/globalCommands.js';

describe('globalCommand', () => {
  it('recognises the commands that work at every step, however they are typed', () => {
    expect(['cancel', 'Cancel.', 'never mind', 'stop'].map(globalCommand)).toEqual(['cancel', 'cancel', 'cancel', 'cancel']);
    expect(['Start again', 'start over please', 'restart'].map(globalCommand)).toEqual(['start-again', 'start-again', 'start-again']);
    expect(['help', 'Help!', "I don't understand"].map(globalCommand)).toEqual(['help', 'help', 'help']);
    expect(['talk to someone', 'Can I speak to a real person?', 'advisor'].map(globalCommand)).toEqual(['talk-to-someone', 'talk-to-someone', 'talk-to-someone']);
  });

  it('leaves answers that only contain a command word alone', () => {
    expect(globalCommand("I can't cancel my direct debit")).toBeUndefined();
    expect(globalCommand('the tap will not stop dripping')).toBeUndefined();
    expect(globalCommand('I need help with my boiler')).toBeUndefined();
  });

  it.each([
    ['actually… forget the bin, cancel that…', 'cancel'],
    ['actually forget the bin cancel that', 'cancel'],
    ['oh sorry, no, cancel it', 'cancel'],
    ['cancel that, forget the bin', 'cancel'],
    // Caller re-trial 17c: the whole request given up.
    ['cancel the lot', 'cancel'],
    ['no, cancel the call back', 'cancel'],
    ['actually, start again', 'start-again'],
    // Caller trial 30 (C30-10): the thing dropped, with nothing else said.
    ['forget the bin, actually', 'cancel'],
    ['scrap that', 'cancel'],
    ["oh don't bother", 'cancel'],
    ['forget the bin, I want to report damp', undefined],
    ['forget the black bin it was the blue one', undefined],
    ['actually the bin was the green one', undefined],
    ['just put me through to anyone', 'talk-to-someone'],
    ['oh just transfer me', 'talk-to-someone'],
    ['put me down for the morning', undefined],
  ])('reads %j, a command with a change of mind around it, as %s', (said, command) => {
    expect(globalCommand(said)).toBe(command);
  });
  it('takes a message longer than any command with its surroundings for no command, read or not (outside attack 16: 2,000 characters of "ok, no" read every way round, 3.5 s; timed in npm run bench:bounded)', () => {
    const many = 'oh no, ok, no, cancel that, '.repeat(80);
    expect([globalCommand(many), saysGoodbye(`${'no thanks, '.repeat(40)}bye`)]).toEqual([undefined, false]);
  });
});

describe('saysGoodbye', () => {
  it.each([
    ['no thanks bye', true],
    ["no that's it ta", true],
    ['…forget it I will ring back tomorrow cancel', true],
    ["I'll do it later", true],
    ['goodbye', true],
    ['bye the way the bin is the blue one', false],
    ['ring me back tomorrow', false],
    ['the last time I rang back nobody answered', false],
    ['cancel', false],
  ])('%j → %s', (said, going) => {
    expect(saysGoodbye(said)).toBe(going);
  });
});

describe('choice matching', () => {
  const choices = [{ label: 'Confirm' }, { label: 'Change' }];

  it('accepts the number of a choice or its words', () => {
    expect(choiceByNumber('2', choices)).toBe(choices[1]);
    expect(choiceByNumber('option 1', choices)).toBe(choices[0]);
    expect(choiceByNumber('3', choices)).toBeUndefined();
    expect(matchChoice('confirm!', choices)).toBe(choices[0]);
    expect(matchChoice('yes please confirm it', choices)).toBe(choices[0]);
  });

  it('matches nothing when the answer names more than one choice', () => {
    expect(matchChoice('confirm or change?', choices)).toBeUndefined();
    expect(matchChoice('whatever', choices)).toBeUndefined();
  });
});
