import type { Request } from 'restify';

/**
 * Whether a request comes from this server's own pages, or from no browser page at all (no
 * `Origin`): a hostile page can make its visitors' browsers post to us, but it cannot hide that it
 * is another origin. Staff sign-in and a new resident conversation both refuse such posts, so a
 * cross-site form cannot sign staff in, nor spend a shared address's allowance of new chats.
 */
export function isSameOrigin(request: Request): boolean {
  if (request.header('sec-fetch-site') === 'cross-site') return false;
  const origin = request.header('origin');
  if (origin === undefined || origin === '') return true;
  try {
    return new URL(origin).host === request.header('host');
  } catch {
    return false;
  }
}
