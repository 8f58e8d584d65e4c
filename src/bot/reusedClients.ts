import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Clients kept, least recently used dropped first: one per app, channel service address and audience (Teams has a few regional addresses). */
const clientsKept = 200;

/** The bot's app id in a request's claims, as botbuilder's own factories read it: the audience, or the Emulator's app id claim. */
const appIdIn = (claims: ClaimsIdentity): string => claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';

/** The promise kept under `key`, or `make`'s kept there; a failure is not kept, so the next turn tries again. */
function keptIn<T>(cache: LRUCache<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const kept = cache.get(key);
  if (kept) return kept;
  const made = make();
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}

/**
 * botbuilder's authentication from configuration, with the clients it makes for a turn made once
 * and used again. CloudAdapter asks for a new connector client and a new user-token client on every
 * turn, each building an HTTP pipeline of its own (Azure core's policies, the user agent, the
 * credentials), even for a turn answered in the response (`expectReplies`) that sends nothing
 * through either: about 4 % of the event loop's CPU and 60 KB of garbage a turn under
 * `npm run bench:load` (CPU and allocation profiles of form turns). A client holds no turn's state;
 * its credentials keep their token between requests, as they did within a turn.
 */
export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LRUCache<string, Promise<ConnectorClient>>({ max: clientsKept });
  private readonly userTokens = new LRUCache<string, Promise<UserTokenClient>>({ max: clientsKept });

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, appIdIn(result.claimsIdentity)) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), appIdIn(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return keptIn(this.userTokens, appIdIn(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  /** `factory` for `appId`, its clients kept by service address and audience. */
  private reusing(factory: ConnectorFactory, appId: string): ConnectorFactory {
    return { create: (serviceUrl, audience) => keptIn(this.connectors, JSON.stringify([appId, serviceUrl, audience ?? '']), () => factory.create(serviceUrl, audience)) };
  }
}
