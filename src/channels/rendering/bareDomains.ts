/**
 * A web address written without its scheme ("apply on GOV.UK", "nhs.uk") is turned into a link by
 * Web Chat's and Teams' Markdown (linkify), as plain http. Written as an explicit https link, it
 * opens the secure page; a two-part name (gov.uk, nhs.uk) gets the "www." its site uses.
 */
const bareDomain = /(?<![\w@/.:[\-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:uk|com|org|net|example))(\/(?:[\w\-.~%/?=&#]*[\w\-~%/=&#])?)?(?![\w\-@]|\.\w|\]\()/gi;

/** Markdown links already in the text, and bare URLs, are left as they are. */
const linkOrUrl = /\[[^\]]*\]\([^)]*\)|\bhttps?:\/\/\S+/gi;

export function linkBareDomains(markdown: string): string {
  let result = '';
  let last = 0;
  for (const match of markdown.matchAll(linkOrUrl)) {
    result += linkIn(markdown.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + linkIn(markdown.slice(last));
}

function linkIn(text: string): string {
  return text.replace(bareDomain, (written: string, domain: string, path = '') => {
    const host = domain.toLowerCase();
    return `[${written}](https://${host.split('.').length === 2 ? `www.${host}` : host}${path})`;
  });
}
