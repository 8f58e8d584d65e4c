import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { CouncilProfile } from '../../profile/councilProfile.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Web Chat's browser bundle, straight from node_modules (no CDN). */
function webChatBundlePath(): string {
  // The package's exports map hides package.json, so walk up from its main entry.
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat.js');
}

export interface WebChatPageOptions {
  /** Days a chat's transcript is kept, said to the resident before they type (UK GDPR transparency). */
  keptForDays: number;
}

/** Every phone number the profile holds: the page turns them into `tel:` links wherever a message says one. */
function phoneNumbers(profile: CouncilProfile): string[] {
  const { council, county, national } = profile;
  return [
    ...new Set([
      council.phone,
      council.outOfHoursRepairsPhone,
      council.homelessnessOutOfHoursPhone,
      county.phone,
      county.adultSocialCarePhone,
      county.childrenSocialCarePhone,
      county.socialCareOutOfHoursPhone,
      ...Object.values(national),
    ]),
  ];
}

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .map((word) => word[0])
    .join('')
    .slice(0, 2);

function renderPage(profile: CouncilProfile, { keptForDays }: WebChatPageOptions): string {
  const { council, branding } = profile;
  const config = {
    botName: branding.botName,
    botInitials: initialsOf(branding.botName),
    phone: council.phone,
    emergency: profile.national.emergency,
    phoneNumbers: phoneNumbers(profile),
    primaryColour: branding.primaryColour,
    primaryTextColour: branding.primaryTextColour,
  };
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(branding.botName)} – ${escapeHtml(council.name)}</title>
<style>
  html, body { height: 100%; margin: 0; font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; background: #f3f2f1; }
  body { display: flex; flex-direction: column; }
  header { background: ${branding.primaryColour}; color: ${branding.primaryTextColour}; padding: 0.75rem 1rem; }
  header h1 { font-size: 1.25rem; margin: 0; }
  header p { margin: 0.25rem 0 0; font-size: 1rem; }
  header a { color: ${branding.primaryTextColour}; }
  main { flex: 1; display: flex; flex-direction: column; min-height: 0; max-width: 60rem; width: 100%; margin: 0 auto; background: #fff; }
  main:focus { outline: none; }
  #webchat { flex: 1; min-height: 0; }
  #chat-status:empty { display: none; }
  #chat-status { padding: 1rem; margin: 0; }
  .about-chat { margin: 0; padding: 0.5rem 1rem; border-bottom: 1px solid #b1b4b6; font-size: 1rem; }
  .about-chat summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
  .about-chat p { margin: 0.5rem 0 0; }
  .about-chat a, footer a { color: #1d70b8; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .skip-link { position: absolute; left: -999px; }
  .skip-link:focus { left: 1rem; top: 1rem; background: #ffdd00; color: #0b0c0c; padding: 0.5rem; z-index: 10; }
  footer { font-size: 0.875rem; padding: 0.5rem 1rem; text-align: center; }
  :focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }

  /* Messages: who is talking, emergencies, references. */
  .chat-avatar { width: 40px; height: 40px; flex: none; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-size: 0.875rem; font-weight: bold; background: ${branding.primaryColour}; color: ${branding.primaryTextColour}; }
  .chat-avatar--advisor { background: #4c2c92; color: #fff; border-radius: 0.25rem; }
  .message-label { margin: 0.5rem 0 0.25rem 3.25rem; font-weight: bold; font-size: 0.875rem; }
  .advisor-message .webchat__bubble__content { border-left: 5px solid #4c2c92 !important; background: #f3f0f9 !important; }
  .urgent-message .message-label { color: #d4351c; font-size: 1rem; }
  .urgent-message .webchat__bubble__content { border: 3px solid #d4351c !important; border-left-width: 10px !important; font-weight: bold; }
  .case-reference { margin: 0.5rem 0.5rem 0.5rem 3.25rem; padding: 0.75rem 1rem; background: #00703c; color: #fff; max-width: 30rem; }
  .case-reference p { margin: 0; }
  .case-reference__value { font-size: 1.5rem; font-weight: bold; letter-spacing: 0.05em; margin: 0.25rem 0 0.5rem !important; overflow-wrap: anywhere; }
  .case-reference button { font: inherit; font-weight: bold; padding: 0.4rem 0.75rem; border: 0; background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; cursor: pointer; }
  .case-reference__status { margin-left: 0.75rem; }

  /* A phone: compact header and footer, so the conversation keeps most of the screen. */
  @media (max-width: 40em) {
    header { padding: 0.4rem 0.75rem; }
    header h1 { font-size: 1rem; }
    header p { display: none; }
    footer { padding: 0.25rem 0.5rem; font-size: 0.8125rem; }
    .about-chat { padding: 0.4rem 0.75rem; }
    .message-label, .case-reference { margin-left: 0.5rem; }
  }
  /* 400 % zoom or a short window (WCAG 1.4.10): the page scrolls and the chat takes a whole screen of its own. */
  @media (max-height: 32em) {
    html, body { height: auto; }
    body { display: block; }
    #webchat { flex: none; height: 100vh; height: 100dvh; }
  }
</style>
</head>
<body>
<a class="skip-link" href="#chat">Skip to the chat</a>
<header>
  <h1>${escapeHtml(council.name)}: ${escapeHtml(branding.botName)}</h1>
  <p>Ask about repairs, damp and mould, bins, council tax and more. In an emergency call 999.</p>
</header>
<main id="chat" tabindex="-1" aria-label="Chat with ${escapeHtml(branding.botName)}">
  <details class="about-chat" id="about-chat" open>
    <summary>About this chat</summary>
    <p>Answers come from a computer, not a person, and can be wrong. You can ask to talk to someone at any time.</p>
    <p>We keep what you type for ${keptForDays} days to answer you and improve the service, then delete it. <a href="${escapeHtml(council.privacyNoticeUrl)}">Read our privacy notice</a>.</p>
  </details>
  <p id="chat-status" role="status">Starting the chat…</p>
  <div id="urgent" class="visually-hidden" role="alert"></div>
  <div id="webchat" role="region" aria-label="Conversation"></div>
</main>
<footer>
  Prefer to talk? Phone <a href="tel:${escapeHtml(council.phone.replace(/\s/g, ''))}">${escapeHtml(council.phone)}</a>, ${escapeHtml(council.openingHours.summary)}.
</footer>
<script type="application/json" id="chat-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/client.js"></script>
</body>
</html>`;
}

/** GET / (the resident chat page) and the two scripts it loads. */
export function registerWebChatPage(server: Server, profile: CouncilProfile, options: WebChatPageOptions): void {
  const page = renderPage(profile, options);
  const bundle = readFileSync(webChatBundlePath());
  const client = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'client.js'));

  const serve = (body: string | Buffer, contentType: string, cacheControl: string) => async (_request: Request, response: Response) => {
    response.writeHead(200, { 'content-type': contentType, 'cache-control': cacheControl });
    response.end(body);
  };
  server.get('/', serve(page, 'text/html; charset=utf-8', 'no-cache'));
  server.get('/webchat/webchat.js', serve(bundle, 'application/javascript; charset=utf-8', 'public, max-age=86400'));
  server.get('/webchat/client.js', serve(client, 'application/javascript; charset=utf-8', 'no-cache'));
}
