/** Settings for the phone channel (validated by the config module). */
export interface VoiceOptions {
  /** The Twilio account's auth token: every webhook is signed with it (X-Twilio-Signature). */
  authToken: string;
  /** The address the provider calls, without a trailing slash; the signature covers this URL, not the one behind a proxy. */
  publicBaseUrl: string;
}
