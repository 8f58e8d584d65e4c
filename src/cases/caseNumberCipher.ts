import { createHmac } from 'node:crypto';

/**
 * Turns a case's number from the database sequence into the seven symbols of its reference
 * (35 bits), through a keyed permutation: a sequence guarantees no two instances ever issue the
 * same number, and the permutation keeps references from being walked or guessed by anyone
 * without the key (held in the database, the same for every instance).
 *
 * An eight-round Feistel network over 36 bits (two halves of 18, HMAC-SHA256 as the round
 * function), walked again while the result is 2³⁵ or more: a permutation of 2³⁵ numbers, so
 * distinct case numbers always give distinct symbols.
 */
const halfBits = 18;
const half = 2 ** halfBits;
const symbolRange = 2 ** 35;
const rounds = 8;
const symbolCount = 7;

function roundValue(key: Buffer, round: number, right: number): number {
  const input = Buffer.alloc(5);
  input.writeUInt8(round, 0);
  input.writeUInt32BE(right, 1);
  return createHmac('sha256', key).update(input).digest().readUIntBE(0, 3) % half;
}

function encipher(key: Buffer, value: number): number {
  let left = Math.floor(value / half);
  let right = value % half;
  for (let round = 0; round < rounds; round += 1) [left, right] = [right, left ^ roundValue(key, round, right)];
  return left * half + right;
}

/** The seven symbols (each in [0, 32)) for case number `number`, which must be below 2³⁵. */
export function symbolsForCaseNumber(key: Buffer, number: number): number[] {
  if (!Number.isSafeInteger(number) || number < 0 || number >= symbolRange) throw new RangeError(`case number out of range: ${number}`);
  let value = encipher(key, number);
  while (value >= symbolRange) value = encipher(key, value);
  return Array.from({ length: symbolCount }, (_unused, index) => Math.floor(value / 32 ** (symbolCount - 1 - index)) % 32);
}
