import { TelemetryLoggerMiddleware, type Activity, type BotTelemetryClient } from 'botbuilder';

/**
 * botbuilder's activity logger with personal information always off, and the channel added to
 * received and sent messages (botbuilder records it only for deletions), so messages can be
 * counted per channel without their text.
 */
export class ChannelTelemetryLoggerMiddleware extends TelemetryLoggerMiddleware {
  constructor(telemetryClient: BotTelemetryClient) {
    super(telemetryClient, false);
  }

  protected override fillReceiveEventProperties(activity: Activity, telemetryProperties?: Record<string, string>): Promise<Record<string, string>> {
    return super.fillReceiveEventProperties(activity, { channelId: activity.channelId ?? '', ...telemetryProperties });
  }

  protected override fillSendEventProperties(activity: Activity, telemetryProperties?: Record<string, string>): Promise<Record<string, string>> {
    return super.fillSendEventProperties(activity, { channelId: activity.channelId ?? '', ...telemetryProperties });
  }
}
