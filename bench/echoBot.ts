/**
 * The baseline for the turn benchmark: a minimal teams-ai Application on the same stack as overlegbot
 * (restify, TeamsAdapter with auth off). ECHO_CARD=<file> makes it answer with that card instead of text.
 * Prints `listening <url>` once ready.
 */
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import restify from 'restify';

const card = process.env.ECHO_CARD ? (JSON.parse(readFileSync(process.env.ECHO_CARD, 'utf8')) as unknown) : undefined;
const adapter = new TeamsAdapter({});
const app = new Application<TurnState>({ startTypingTimer: false, removeRecipientMention: true, longRunningMessages: false });
app.activity('message', async (context) => {
  await context.sendActivity(
    card ? { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] } : `echo: ${context.activity.text}`,
  );
});
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await app.run(context);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
