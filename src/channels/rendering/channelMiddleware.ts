import { MiddlewareSet } from 'botbuilder';
import type { SqliteDatabase } from '../../storage/database.js';
import { RemoveBotMention } from '../teams/removeBotMention.js';
import { ChannelRenderingMiddleware } from './channelRenderingMiddleware.js';
import { NumberedChoiceAnswers } from './numberedChoices.js';
import { OfferedChoicesStore } from './offeredChoicesStore.js';

/**
 * Everything channel-specific that sits between a channel and the bot, for `adapter.use(...)` on
 * every adapter: the Teams @mention is removed, a typed "2" becomes the choice's value, and
 * replies are rendered for the channel. Order matters: "@Assistant 2" must lose the mention first.
 */
export function channelMiddleware(database: SqliteDatabase): MiddlewareSet {
  const offered = new OfferedChoicesStore(database);
  return new MiddlewareSet(new RemoveBotMention(), new NumberedChoiceAnswers(offered), new ChannelRenderingMiddleware(offered));
}
