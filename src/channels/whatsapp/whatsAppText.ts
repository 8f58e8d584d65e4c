/**
 * The bot writes Markdown; WhatsApp has its own marks (*bold*, _italic_) and no link syntax.
 * Links become "text (url)" so the address stays visible and tappable.
 */
export function toWhatsAppText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_match, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*');
}
