import type { CouncilProfile } from '../profile/councilProfile.js';

export interface CostAvoided {
  currency: string;
  /** Contacts contained in chat on a channel with a known displaced channel. */
  contacts: number;
  amount: number;
  /** Contained contacts on channels the profile gives no displaced channel for (not counted). */
  unpricedContacts: number;
  byChannel: { channel: string; displacedChannel: string; contacts: number; unitSaving: number; amount: number }[];
  source: string;
}

const pence = (amount: number): number => Math.round(amount * 100) / 100;

/**
 * Contacts contained in chat (resolved, no advisor) × (unit cost of the channel the resident would
 * otherwise have used − unit cost of chat), from the profile's channel costs.
 */
export function costAvoided(containedByChannel: ReadonlyMap<string, number>, costs: CouncilProfile['channelCosts']): CostAvoided {
  const byChannel: CostAvoided['byChannel'] = [];
  let unpricedContacts = 0;
  for (const [channel, contacts] of containedByChannel) {
    const displacedChannel = costs.displacedChannel[channel];
    if (!displacedChannel) {
      unpricedContacts += contacts;
      continue;
    }
    const unitSaving = pence(costs[displacedChannel] - costs.chat);
    byChannel.push({ channel, displacedChannel, contacts, unitSaving, amount: pence(contacts * unitSaving) });
  }
  byChannel.sort((a, b) => b.amount - a.amount || a.channel.localeCompare(b.channel));
  return {
    currency: costs.currency,
    contacts: byChannel.reduce((sum, row) => sum + row.contacts, 0),
    amount: pence(byChannel.reduce((sum, row) => sum + row.amount, 0)),
    unpricedContacts,
    byChannel,
    source: costs.source,
  };
}
