import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const key = '0a1b2c3d-4e5f-6789-abcd-ef0123456789';

describe('APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  it('is optional: unset or empty means SQLite only', () => {
    expect(loadConfig({}).applicationInsightsConnectionString).toBeUndefined();
    expect(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: '  ' }).applicationInsightsConnectionString).toBeUndefined();
  });

  it('accepts a connection string as the Azure portal shows it', () => {
    const portal = `InstrumentationKey=${key};IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/;LiveEndpoint=https://uksouth.livediagnostics.monitor.azure.com/;ApplicationId=${key}`;
    expect(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: portal }).applicationInsightsConnectionString).toBe(portal);
    expect(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: `instrumentationkey=${key}` }).applicationInsightsConnectionString).toBe(`instrumentationkey=${key}`);
  });

  it.each([
    ['a bare instrumentation key', key, /must be Key=value pairs/],
    ['no instrumentation key', 'IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/', /must contain InstrumentationKey=<GUID>/],
    ['a key that is not a GUID', 'InstrumentationKey=my-key', /must contain InstrumentationKey=<GUID>/],
    ['an endpoint that is not a web address', `InstrumentationKey=${key};IngestionEndpoint=uksouth-1`, /IngestionEndpoint must be an http\(s\) URL/],
  ])('stops start-up with a clear message for %s', (_case, value, message) => {
    expect(() => loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: value })).toThrow(message);
    expect(() => loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: value })).toThrow(/APPLICATIONINSIGHTS_CONNECTION_STRING=/);
  });
});
