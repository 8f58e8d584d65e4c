import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ReusedClientsAuthentication } from '../../src/bot/reusedClients.js';

/** A resident's message as a local channel posts it, with authentication off (no app id, no header). */
const message = (serviceUrl: string): Activity => ({ type: 'message', channelId: 'webchat', serviceUrl, conversation: { id: 'c' }, from: { id: 'r' }, recipient: { id: 'b' }, text: 'hi' }) as Activity;

describe('the clients a turn is given are made once and used again', () => {
  it('gives every turn to one service address the same connector client, and another address its own', async () => {
    const authentication = new ReusedClientsAuthentication({});
    const clientFor = async (serviceUrl: string) => {
      const { connectorFactory, audience } = await authentication.authenticateRequest(message(serviceUrl), '');
      return connectorFactory!.create(serviceUrl, audience);
    };
    const first = await clientFor('http://127.0.0.1:9/one');
    expect(await clientFor('http://127.0.0.1:9/one')).toBe(first);
    const other = await clientFor('http://127.0.0.1:9/two');
    expect(other).not.toBe(first);
  });

  it('keeps proactive turns and user-token clients the same way', async () => {
    const authentication = new ReusedClientsAuthentication({});
    const { claimsIdentity } = await authentication.authenticateRequest(message('http://127.0.0.1:9/one'), '');
    const proactive = authentication.createConnectorFactory(claimsIdentity);
    expect(await proactive.create('http://127.0.0.1:9/one')).toBe(await authentication.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:9/one'));
    expect(await authentication.createUserTokenClient(claimsIdentity)).toBe(await authentication.createUserTokenClient(claimsIdentity));
  });
});
