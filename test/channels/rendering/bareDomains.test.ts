import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/channels/render.js';
import { linkBareDomains } from '../../../src/channels/rendering/bareDomains.js';

// Web Chat and Teams turn a bare "GOV.UK" into a plain-http link; the bot writes the https one.
describe('linkBareDomains', () => {
  it.each([
    ['Apply on GOV.UK, and it goes to the county.', 'Apply on [GOV.UK](https://www.gov.uk), and it goes to the county.'],
    ['Apply on GOV.UK.', 'Apply on [GOV.UK](https://www.gov.uk).'],
    ['Find a dentist on nhs.uk', 'Find a dentist on [nhs.uk](https://www.nhs.uk)'],
    ['Use nhs.uk/111 tonight.', 'Use [nhs.uk/111](https://www.nhs.uk/111) tonight.'],
    ['See www.northbrook.example for dates', 'See [www.northbrook.example](https://www.northbrook.example) for dates'],
    ['Call Childline or visit childline.org.uk.', 'Call Childline or visit [childline.org.uk](https://childline.org.uk).'],
  ])('links "%s"', (text, linked) => {
    expect(linkBareDomains(text)).toBe(linked);
  });

  it.each([
    'More: [Blue Badges](https://www.gov.uk/apply-blue-badge)',
    'See [GOV.UK](https://www.gov.uk) first.',
    'Book at https://www.westshire.example/registration or call us.',
    'E-mail bins@northbrook.example with your reference.',
    'It costs £1.50, e.g. 2.5 days.',
  ])('leaves "%s" as it is', (text) => {
    expect(linkBareDomains(text)).toBe(text);
  });

  it('is applied to every reply the bot renders', () => {
    expect(renderReply({ text: 'You can renew on GOV.UK.' }).text).toBe('You can renew on [GOV.UK](https://www.gov.uk).');
  });
});
