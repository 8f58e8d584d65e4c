import { rawRequest, type RawResponse } from './rawHttp.js';
import { adminToken, type Target } from './target.js';

/** Staff as the attacks need them: an advisor signed in to the console, and the bearer token. */
export interface StaffSession {
  /** The session cookie and its CSRF token, for requests made by hand. */
  headers: Record<string, string>;
  call(method: string, path: string, body?: unknown): Promise<RawResponse>;
}

export const bearer = { authorization: `Bearer ${adminToken}` };

/** Signs in as "admin" with the staff token through the console's form, as a browser would. */
export async function signInAsAdmin(target: Target): Promise<StaffSession> {
  const signedIn = await rawRequest(target.url, {
    method: 'POST',
    path: '/advisor/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', password: adminToken }).toString(),
  });
  if (signedIn.status !== 303) throw new Error(`admin sign-in answered ${signedIn.status}`);
  const cookie = String(signedIn.headers['set-cookie'] ?? '').split(';')[0]!;
  const page = await rawRequest(target.url, { path: '/advisor', headers: { cookie } });
  const csrfToken = page.status === 200 ? /name="csrf-token" content="([^"]+)"/.exec(page.body)?.[1] : undefined;
  if (!csrfToken) throw new Error('no CSRF token on the console page');
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    headers,
    call: (method, path, body) =>
      rawRequest(target.url, {
        method,
        path,
        headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** The conversation ids with a handoff in `status`, read with the staff token. */
export async function handoffConversations(target: Target, status: 'waiting' | 'active'): Promise<string[]> {
  const response = await rawRequest(target.url, { path: `/api/handoffs?status=${status}`, headers: bearer });
  if (response.status !== 200) throw new Error(`/api/handoffs answered ${response.status}`);
  return (JSON.parse(response.body) as { items: { conversationId: string }[] }).items.map((item) => item.conversationId);
}
