import { MiddlewareSet } from 'botbuilder';
import { RemoveBotMention } from '../teams/removeBotMention.js';
import { ChannelRenderingMiddleware } from './channelRenderingMiddleware.js';
import { NumberedChoiceAnswers } from './numberedChoices.js';
import type { OfferedChoicesStore } from './offeredChoicesStore.js';

/**
 * Everything channel-specific that sits between a channel and the bot, for `adapter.use(...)` on
 * every adapter: the Teams @mention is removed, a typed "2" becomes the choice's value, and
 * replies are rendered for the channel. Order matters: "@Assistant 2" must lose the mention first.
 */
export function channelMiddleware(offered: OfferedChoicesStore): MiddlewareSet {
  return new MiddlewareSet(new RemoveBotMention(), new NumberedChoiceAnswers(offered), new ChannelRenderingMiddleware(offered));
}
