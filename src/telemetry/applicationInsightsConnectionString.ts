import { z } from 'zod';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const endpointKeys = ['IngestionEndpoint', 'LiveEndpoint'] as const;
const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * APPLICATIONINSIGHTS_CONNECTION_STRING as the Azure portal shows it: `Key=value` pairs joined
 * by `;`, with an InstrumentationKey (a GUID) and optionally endpoint URLs. The SDK itself only
 * fails on the first event, so a pasted instrumentation key or a truncated string stops start-up.
 */
export const applicationInsightsConnectionString = z.string().superRefine((text, context) => {
  const fields = new Map<string, string>();
  for (const part of text.split(';').map((piece) => piece.trim())) {
    if (part === '') continue;
    const separator = part.indexOf('=');
    if (separator <= 0) {
      context.addIssue({ code: 'custom', message: 'must be Key=value pairs separated by ";", e.g. InstrumentationKey=<GUID>;IngestionEndpoint=https://…' });
      return;
    }
    // The SDK reads keys case-insensitively.
    fields.set(part.slice(0, separator).trim().toLowerCase(), part.slice(separator + 1).trim());
  }
  if (!guid.test(fields.get('instrumentationkey') ?? '')) {
    context.addIssue({ code: 'custom', message: "must contain InstrumentationKey=<GUID> (copy the connection string from the Application Insights resource's overview)" });
  }
  for (const key of endpointKeys) {
    const value = fields.get(key.toLowerCase());
    if (value !== undefined && !httpUrl.safeParse(value).success) context.addIssue({ code: 'custom', message: `${key} must be an http(s) URL` });
  }
});
