/** Settings for the WhatsApp Business Cloud API channel (validated by the config module). */
export interface WhatsAppOptions {
  /** The token typed into the webhook settings in Meta's app dashboard; echoed back by the handshake. */
  verifyToken: string;
  /** The Meta app secret: every webhook POST is signed with it (X-Hub-Signature-256). */
  appSecret: string;
  /** A system-user access token allowed to send from the business phone number. */
  accessToken: string;
  /** The business phone number's id in the Graph API (not the number itself). */
  phoneNumberId: string;
  /** e.g. https://graph.facebook.com */
  graphBaseUrl: string;
  /** e.g. v23.0 */
  apiVersion: string;
  /**
   * An approved message template to send instead of a free-form reply when the resident's last
   * message is more than 24 hours old. Without one, such replies are withheld.
   */
  template?: { name: string; language: string };
}
