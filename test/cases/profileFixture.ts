import { fileURLToPath } from 'node:url';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import type { NewCase } from '../../src/cases/caseSystem.js';

export const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));

export const missedBinCase = (conversationId: string): NewCase => ({
  type: 'missed-bin',
  priority: 'normal',
  channel: 'webchat',
  conversationId,
  details: { binType: 'garden', streetAddress: '14 Holly Road', postcode: 'NB1 1AA', collectionDate: '2026-11-04' },
});
