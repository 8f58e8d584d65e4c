import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentSchema } from '../../src/config.js';
import { llmEnvironmentSchema } from '../../src/llm/llmConfig.js';

/**
 * The Azure template read as data. Neither the Azure CLI nor Bicep runs here, so these checks
 * stand in for a deployment where it matters to the app: every setting the app reads is
 * provided or deliberately left at its default, every secret reaches the app only through Key
 * Vault, and the shape a council relies on (two or more instances, PostgreSQL, health check)
 * is there.
 */

interface Parameter {
  type: string;
  defaultValue?: unknown;
  minValue?: number;
  allowedValues?: unknown[];
}
interface Resource {
  type: string;
  name: string;
  condition?: string;
  kind?: string;
  dependsOn?: string[];
  identity?: { type: string };
  sku?: { name: string; capacity?: number | string };
  // The template is JSON: each resource type has its own property shape.
  properties?: Record<string, any>;
}
interface Template {
  parameters: Record<string, Parameter>;
  variables: Record<string, string>;
  resources: Resource[];
}

const folder = join(import.meta.dirname, '../../deploymentTemplates');
const template = JSON.parse(readFileSync(join(folder, 'azuredeploy.json'), 'utf8')) as Template;
const exampleParameters = JSON.parse(readFileSync(join(folder, 'azuredeploy.parameters.example.json'), 'utf8')) as { parameters: Record<string, unknown> };
const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };

const resourcesOf = (type: string) => template.resources.filter((resource) => resource.type === type);
const only = (type: string): Resource => {
  const found = resourcesOf(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

/** App Service takes its settings inside the site (an array) or as a sites/config resource (an object). */
function appSettings(): Record<string, string> {
  const config = resourcesOf('Microsoft.Web/sites/config').find((resource) => resource.name.includes("'/appsettings'"));
  if (config) return config.properties as Record<string, string>;
  const inline = (resourcesOf('Microsoft.Web/sites')[0]?.properties?.siteConfig?.appSettings ?? []) as { name: string; value: string }[];
  return Object.fromEntries(inline.map(({ name, value }) => [name, value]));
}
const settings = appSettings();

/** The parameter an expression is exactly, as in `[parameters('instanceCount')]`. */
const parameterOf = (value: unknown): Parameter | undefined => template.parameters[/^\[parameters\('(\w+)'\)\]$/.exec(String(value))?.[1] ?? ''];

/** What a setting is when the deployment gives nothing: a parameter's default, or the literal. */
const defaultOf = (value: unknown) => parameterOf(value)?.defaultValue ?? value;

/** The lowest value an expression can take: a literal, or a parameter's minimum. */
const minimumOf = (value: unknown): number => (typeof value === 'number' ? value : (parameterOf(value)?.minValue ?? Number.NEGATIVE_INFINITY));

/** An expression with each `variables('x')` replaced by x's own text, one level deep: for searching. */
const expand = (expression: string) =>
  expression.replace(/variables\('(\w+)'\)/g, (_whole, name: string) => (template.variables[name] ?? '').replace(/^\[|\]$/g, ''));

/** The Key Vault secrets the template creates, by secret name. */
const secrets = new Map(
  resourcesOf('Microsoft.KeyVault/vaults/secrets').map((resource) => [/'\/([a-z0-9-]+)'\)\]$/.exec(resource.name)?.[1] ?? resource.name, resource]),
);

/** `[format(variables('keyVaultReference'), 'name')]`, optionally `[if(condition, …, '')]` for a feature that may be off. */
const keyVaultReference = /^\[(?:if\((?<condition>[^,]+), )?format\(variables\('keyVaultReference'\), '(?<secret>[a-z0-9-]+)'\)(?<otherwise>, ''\))?\]$/;

/** Names of settings that hold credentials or personal data: the words src/config.ts hides in its errors, and the database URL with its password. */
const credential = /TOKEN|SECRET|KEY|PASSWORD|CONNECTION_STRING|ACCOUNTS|WEBHOOK_URL|DATABASE_URL/i;

/** Everything the app reads. DATABASE_URL is named too: the template must select PostgreSQL whatever the schema holds. */
const appVariables = [...new Set([...Object.keys(environmentSchema.shape), 'DATABASE_URL'])];

/** Variables the template leaves unset on purpose, and why. */
const leftToDefault: Record<string, string> = {
  PORT: 'App Service sets PORT for the container and routes to it',
  DATA_DIR: 'every store is in PostgreSQL (DATABASE_URL); DATA_DIR is only the SQLite fallback',
  KNOWLEDGE_DIR: 'the articles are deployed with the code, where the default points',
  COUNCIL_PROFILE: 'the council profile is deployed with the code, where the default points',
  PROMPTS_DIR: 'the prompt templates are deployed with the code, where the default points',
  LOG_LEVEL: 'info is right for production',
  EMBEDDINGS: 'the bundled encoder runs offline on each instance',
  ENCODER_THREADS: 'one thread per core by default',
  OPENAI_API_KEY: 'the template offers Azure OpenAI (LLM=azure); OpenAI itself is configured by hand, as a Key Vault secret',
  OPENAI_BASE_URL: 'only for OpenAI or a compatible server, not Azure OpenAI',
  OPENAI_CHAT_MODEL: 'only for OpenAI; Azure OpenAI uses AZURE_OPENAI_DEPLOYMENT',
  OPENAI_EMBEDDING_MODEL: 'only with EMBEDDINGS=openai',
  AZURE_OPENAI_API_VERSION: 'the default is a GA API version the app is tested with',
  LLM_TEMPERATURE: 'the default (0) keeps answers repeatable',
  LLM_TIMEOUT_MS: 'the default suits a chat turn',
  LLM_MAX_RETRIES: 'the default suits a chat turn',
  LLM_REDACT_PERSONAL_DATA: 'on by default, and must stay on',
  WHATSAPP_GRAPH_URL: "the default is Meta's Graph API",
  WHATSAPP_API_VERSION: 'the default is the version the adapter is tested with',
  WHATSAPP_TEMPLATE_NAME: 'a message template exists only once Meta approves it; set it with its language then',
  WHATSAPP_TEMPLATE_LANGUAGE: 'set together with WHATSAPP_TEMPLATE_NAME',
  TRANSCRIPT_RETENTION_DAYS: "the default follows the README's retention policy",
  METRICS_RETENTION_DAYS: "the default follows the README's retention policy",
  CONVERSATION_RETENTION_DAYS: "the default follows the README's retention policy",
};

/** Settings the app does not read: App Service's own, and the C library's, read as the process starts. */
const platformSettings: Record<string, string> = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service runs npm install after a zip deploy',
  MALLOC_MMAP_THRESHOLD_: "glibc's allocator, which then gives large freed blocks back (README)",
  WEBSITE_WARMUP_PATH: 'where App Service asks a starting instance whether it is ready for residents',
  WEBSITE_WARMUP_STATUSES: 'the answers to that question that mean ready',
};

describe('every setting the app reads', () => {
  it.each(appVariables)('%s is set by the template or left to its default for a stated reason', (name) => {
    expect([name in settings, name in leftToDefault], 'set / left to default').toSatisfy(([set, left]: boolean[]) => set !== left);
  });

  it.each(Object.keys(leftToDefault))('%s, left to its default, is a variable the app reads', (name) => {
    expect(appVariables).toContain(name);
  });

  it.each(Object.keys(settings))('%s, set by the template, is read by the app or by App Service', (name) => {
    expect([...appVariables, ...Object.keys(platformSettings)]).toContain(name);
  });

  it.each([
    ['HOST', /^0\.0\.0\.0$/],
    ['TRUSTED_PROXY_HEADER', /^X-Forwarded-For$/],
    // /home is one file share for every instance; /tmp is each instance's own disk, so each builds its own index.
    ['INDEX_DIR', /^\/tmp\//],
    ['MicrosoftAppType', /^SingleTenant$/],
    // No resident is sent to an instance still building its index: /healthz said ok from 3.5 s, and messages waited 35–52 s (operations trial 23, F1).
    ['WEBSITE_WARMUP_PATH', /^\/readyz$/],
    ['WEBSITE_WARMUP_STATUSES', /^200$/],
  ])('%s is %s', (name, expected) => {
    expect(settings[name]).toMatch(expected);
  });
});

describe('secrets', () => {
  const credentials = Object.keys(settings).filter((name) => credential.test(name));

  it("Key Vault references point at the latest version of a secret in the template's vault", () => {
    expect(only('Microsoft.KeyVault/vaults').name).toBe("[variables('vaultName')]");
    expect(template.variables.keyVaultReference).toBe(
      "[concat('@Microsoft.KeyVault(SecretUri=https://', variables('vaultName'), environment().suffixes.keyvaultDns, '/secrets/{0}/)')]",
    );
  });

  it.each(credentials)('%s is a Key Vault reference to a secret created under the same condition', (name) => {
    const reference = keyVaultReference.exec(settings[name] ?? '')?.groups;
    expect(reference, settings[name]).toBeDefined();
    expect(reference!.condition === undefined, 'an if() falls back to empty').toBe(reference!.otherwise === undefined);
    const secret = secrets.get(reference!.secret!);
    expect(secret, reference!.secret).toBeDefined();
    expect(secret!.condition).toBe(reference!.condition && `[${reference!.condition}]`);
  });

  const secureParameters = Object.entries(template.parameters).filter(([, parameter]) => parameter.type.toLowerCase() === 'securestring');

  it.each(secureParameters)('secure parameter %s has no default', (_name, parameter) => {
    expect(parameter).not.toHaveProperty('defaultValue');
  });

  it.each(secureParameters)('secure parameter %s reaches the app only through Key Vault', (name) => {
    expect(JSON.stringify(settings)).not.toContain(`parameters('${name}')`);
  });
});

describe('PostgreSQL', () => {
  it('DATABASE_URL comes from Key Vault, built from the flexible server and its database', () => {
    const secret = secrets.get(keyVaultReference.exec(settings.DATABASE_URL ?? '')?.groups?.secret ?? '');
    const value = String(secret?.properties?.value);
    expect(value).toMatch(/^\[format\('postgres:\/\//);
    expect(value).toContain("resourceId('Microsoft.DBforPostgreSQL/flexibleServers'");
    expect(value).toContain('fullyQualifiedDomainName');
    expect(value).toContain("parameters('databaseName')");
    expect(only('Microsoft.DBforPostgreSQL/flexibleServers/databases').name).toContain("parameters('databaseName')");
  });

  it('runs PostgreSQL 15 or 16', () => {
    const version = only('Microsoft.DBforPostgreSQL/flexibleServers').properties?.version as string;
    const parameter = parameterOf(version);
    for (const offered of parameter ? [parameter.defaultValue, ...(parameter.allowedValues ?? [])] : [version]) expect(['15', '16']).toContain(offered);
  });

  it('is reachable only from the private network or through firewall rules that are not open to all', () => {
    const network = only('Microsoft.DBforPostgreSQL/flexibleServers').properties?.network as Record<string, string> | undefined;
    const openRules = resourcesOf('Microsoft.DBforPostgreSQL/flexibleServers/firewallRules').filter(
      (rule) => rule.properties?.startIpAddress === '0.0.0.0' && rule.properties?.endIpAddress === '255.255.255.255',
    );
    expect(network?.publicNetworkAccess === 'Disabled' ? network.delegatedSubnetResourceId : 'firewall').toBeTruthy();
    expect(openRules).toEqual([]);
  });
});

describe('the web app', () => {
  const site = () => only('Microsoft.Web/sites');
  const siteConfig = () => site().properties?.siteConfig as Record<string, unknown>;

  it.each([
    ['runs on Linux', () => site().kind, 'app,linux'],
    ['runs Node 20', () => defaultOf(siteConfig().linuxFxVersion), 'NODE|20-lts'],
    ['starts with npm start', () => siteConfig().appCommandLine, 'npm start'],
    ['stays loaded', () => siteConfig().alwaysOn, true],
    ['checks each instance on /healthz', () => siteConfig().healthCheckPath, '/healthz'],
    ['takes HTTPS only', () => site().properties?.httpsOnly, true],
    ['takes TLS 1.2 or later', () => siteConfig().minTlsVersion, '1.2'],
    ['has a system-assigned identity', () => site().identity?.type, 'SystemAssigned'],
    ['spreads requests without session affinity', () => site().properties?.clientAffinityEnabled, false],
  ])('%s', (_behaviour, actual, expected) => {
    expect(actual()).toBe(expected);
  });

  it('starts with a script package.json defines', () => {
    expect(packageJson.scripts[String(siteConfig().appCommandLine).replace(/^npm /, '')]).toBeDefined();
  });

  it('runs at least two instances', () => {
    const capacity = only('Microsoft.Web/serverfarms').sku?.capacity;
    expect(minimumOf(capacity)).toBeGreaterThanOrEqual(2);
    expect(minimumOf(defaultOf(capacity))).toBeGreaterThanOrEqual(2);
  });

  it("reads secrets with its own identity as Key Vault Secrets User on an RBAC vault", () => {
    expect(only('Microsoft.KeyVault/vaults').properties?.enableRbacAuthorization).toBe(true);
    const grant = only('Microsoft.Authorization/roleAssignments').properties ?? {};
    expect(expand(grant.roleDefinitionId)).toContain('4633458b-17de-408a-b874-0445c86b69e6');
    expect(grant.principalId).toMatch(/reference\(resourceId\('Microsoft\.Web\/sites', parameters\('appName'\)\).*\.identity\.principalId\]$/);
  });
});

describe('around the app', () => {
  it.each(['WebChatChannel', 'DirectLineChannel', 'MsTeamsChannel'])('the Azure Bot has the %s channel on', (channelName) => {
    const channel = resourcesOf('Microsoft.BotService/botServices/channels').find((resource) => resource.properties?.channelName === channelName);
    const properties = channel?.properties?.properties as { isEnabled?: boolean; sites?: { isEnabled: boolean }[] } | undefined;
    expect(properties?.isEnabled ?? properties?.sites?.every((site) => site.isEnabled)).toBe(true);
  });

  it('Application Insights is workspace-based and its connection string reaches the app', () => {
    only('Microsoft.OperationalInsights/workspaces');
    expect(only('Microsoft.Insights/components').properties?.WorkspaceResourceId).toContain('Microsoft.OperationalInsights/workspaces');
    const secret = secrets.get(keyVaultReference.exec(settings.APPLICATIONINSIGHTS_CONNECTION_STRING ?? '')?.groups?.secret ?? '');
    expect(secret?.properties?.value).toMatch(/Microsoft\.Insights\/components.*\.ConnectionString\]$/);
  });

  // The settings the app requires for LLM=azure, asked of its own schema rather than listed here.
  const azureRequires = llmEnvironmentSchema.safeParse({ LLM: 'azure' }).error?.issues.map((issue) => String(issue.path[0])) ?? [];

  it.each(['LLM', ...azureRequires])('%s is set when the optional Azure OpenAI is deployed', (name) => {
    expect(template.parameters.deployAzureOpenAI?.type).toBe('bool');
    expect(settings[name]).toMatch(/^\[if\(parameters\('deployAzureOpenAI'\), /);
  });

  it.each(['Microsoft.CognitiveServices/accounts', 'Microsoft.CognitiveServices/accounts/deployments'])('%s is created only when asked for', (type) => {
    expect(only(type).condition).toBe("[parameters('deployAzureOpenAI')]");
  });
});

describe('template syntax', () => {
  const expressions: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[')) expressions.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(template);

  /** The top-level arguments of a call, split on commas outside quotes and brackets. */
  const callArguments = (text: string, name: string): string[] => {
    const start = text.indexOf(`${name}(`) + name.length + 1;
    const found: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = '';
    for (const character of text.slice(start)) {
      if (character === "'") quoted = !quoted;
      if (!quoted && (character === '(' || character === '[')) depth += 1;
      if (!quoted && (character === ')' || character === ']')) depth -= 1;
      if (depth < 0) break;
      if (!quoted && depth === 0 && character === ',') {
        found.push(current.trim());
        current = '';
      } else current += character;
    }
    return [...found, current.trim()];
  };

  it.each(expressions)('%s is balanced and names only declared parameters and variables', (expression) => {
    const unquoted = expression.replace(/'(?:[^']|'')*'/g, 'TEXT');
    expect(unquoted).not.toContain("'");
    expect(unquoted.split('(').length).toBe(unquoted.split(')').length);
    expect(unquoted.endsWith(']')).toBe(true);
    for (const [, kind, name] of expression.matchAll(/(parameters|variables)\('(\w+)'\)/g)) {
      expect(Object.keys(kind === 'parameters' ? template.parameters : template.variables)).toContain(name);
    }
  });

  it.each(template.resources.flatMap((resource) => resource.dependsOn ?? []))('dependency %s is a resource of this template, fully named', (dependency) => {
    const call = dependency.startsWith('[extensionResourceId(') ? 'extensionResourceId' : 'resourceId';
    const [first, ...rest] = callArguments(dependency, call);
    const [type, ...names] = call === 'resourceId' ? [first!, ...rest] : rest;
    const typeName = type!.replace(/^'|'$/g, '');
    expect(template.resources.map((resource) => resource.type)).toContain(typeName);
    expect(names).toHaveLength(typeName.split('/').length - 1);
  });

  it('the example parameters file gives every parameter without a default, and only declared ones', () => {
    const required = Object.entries(template.parameters).filter(([, parameter]) => !('defaultValue' in parameter)).map(([name]) => name);
    expect(Object.keys(exampleParameters.parameters)).toEqual(expect.arrayContaining(required));
    for (const name of Object.keys(exampleParameters.parameters)) expect(Object.keys(template.parameters)).toContain(name);
  });
});
