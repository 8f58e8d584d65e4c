import type { Request } from 'restify';

/**
 * The client's address for the sign-in throttle and the logs. Behind a reverse proxy (App
 * Service's front end, Application Gateway) every request comes from the proxy, so the address
 * is read from the header that proxy sets, when one is configured (TRUSTED_PROXY_HEADER): the
 * last entry, the one the trusted proxy itself added (earlier entries are whatever the client
 * sent). Without that setting the header is ignored, since anyone can send it.
 */
export function clientAddressReader(trustedProxyHeader: string | undefined): (request: Request) => string {
  return (request) => {
    const socketAddress = request.socket.remoteAddress ?? 'unknown';
    if (!trustedProxyHeader) return socketAddress;
    const entries = (request.header(trustedProxyHeader) ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
    const last = entries.at(-1);
    if (!last) return socketAddress;
    // App Service writes "203.0.113.7:51234"; IPv6 comes as "[2001:db8::1]:51234" or bare.
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(last);
    if (bracketed) return bracketed[1]!;
    return /^[\d.]+:\d+$/.test(last) ? last.slice(0, last.lastIndexOf(':')) : last;
  };
}
