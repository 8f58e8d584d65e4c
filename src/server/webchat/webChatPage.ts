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

function renderPage(profile: CouncilProfile): string {
  const { council, branding } = profile;
  const config = {
    phone: council.phone,
    primaryColour: branding.primaryColour,
    primaryTextColour: branding.primaryTextColour,
    botInitials: branding.botName
      .split(/\s+/)
      .map((word) => word[0])
      .join('')
      .slice(0, 2),
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
  #webchat { flex: 1; min-height: 0; }
  #chat-status:empty { display: none; }
  #chat-status { padding: 1rem; }
  .skip-link { position: absolute; left: -999px; }
  .skip-link:focus { left: 1rem; top: 1rem; background: #ffdd00; color: #0b0c0c; padding: 0.5rem; z-index: 10; }
  footer { font-size: 0.875rem; padding: 0.5rem 1rem; text-align: center; }
  :focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
</style>
</head>
<body>
<a class="skip-link" href="#webchat">Skip to the chat</a>
<header>
  <h1>${escapeHtml(council.name)}: ${escapeHtml(branding.botName)}</h1>
  <p>Ask about repairs, damp and mould, bins, council tax and more. In an emergency call 999.</p>
</header>
<main aria-label="Chat with ${escapeHtml(branding.botName)}">
  <p id="chat-status" role="status">Starting the chat…</p>
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
export function registerWebChatPage(server: Server, profile: CouncilProfile): void {
  const page = renderPage(profile);
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
