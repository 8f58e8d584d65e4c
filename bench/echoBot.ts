import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { collectDefaultMetrics, Registry } from 'prom-client';
import restify from 'restify';

/**
 * The framework's own ceiling for `npm run bench:load`: a bare echo bot on the project's stack
 * (restify, botbuilder's CloudAdapter with authentication off, prom-client's process metrics on
 * /metrics), so whatever the assistant costs beyond it is the assistant's. Usage:
 * `node dist/bench/echoBot.js <port>` once compiled by bench/servers.ts; prints "listening <url>" when it is.
 */
const port = Number(process.argv[2] ?? 0);
const registry = new Registry();
collectDefaultMetrics({ register: registry });

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.get('/healthz', async (_request: restify.Request, response: restify.Response) => {
  response.send(200, { status: 'ok' });
});
server.get('/metrics', async (_request: restify.Request, response: restify.Response) => {
  response.setHeader('content-type', registry.contentType);
  response.sendRaw(200, await registry.metrics());
});
server.post('/api/messages', async (request: restify.Request, response: restify.Response) => {
  await adapter.process(request, response, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`listening ${server.url}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
