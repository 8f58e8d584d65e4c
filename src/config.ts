import { existsSync, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { optionalText } from './environmentText.js';
import type { WhatsAppOptions } from './channels/whatsapp/whatsAppOptions.js';
import type { VoiceOptions } from './channels/voice/voiceOptions.js';
import { checkLlmEnvironment, llmEnvironmentFields, llmSettingsFrom, type LlmSettings } from './llm/llmConfig.js';
import { AdvisorAccountsError, parseAdvisorAccounts, type AdvisorAccount } from './handoff/advisorAuth.js';
import { applicationInsightsConnectionString } from './telemetry/applicationInsightsConnectionString.js';

/**
 * The one place that reads the environment. Every setting is validated here so a
 * bad deployment stops at start-up with a message naming each variable at fault.
 */

export const environmentSchema = z
  .object({
    // 0 asks the OS for a free port (tests).
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    // Loopback unless told otherwise: a developer's `npm start` is not reachable from the network.
    HOST: z.string().default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/assistant?sslmode=require').optional()),
    INDEX_DIR: optionalText,
    KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
    COUNCIL_PROFILE: z.string().min(1).default('./knowledge/council.yaml'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ADMIN_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    MicrosoftAppTenantId: optionalText,
    EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
    /** Threads for the bundled encoder; unset, one per core. */
    ENCODER_THREADS: z.coerce.number().int().min(1).max(64).optional(),
    ...llmEnvironmentFields,
    OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
    ADVISOR_ACCOUNTS: z.string().default(''),
    CASE_SYSTEM: z.enum(['embedded', 'crm-webhook']).default('embedded'),
    CRM_WEBHOOK_URL: optionalText.pipe(z.url('must be the CRM webhook URL, e.g. https://crm.example/hooks/cases').optional()),
    CRM_WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    WHATSAPP_VERIFY_TOKEN: optionalText,
    WHATSAPP_APP_SECRET: optionalText,
    WHATSAPP_ACCESS_TOKEN: optionalText,
    WHATSAPP_PHONE_NUMBER_ID: optionalText,
    WHATSAPP_GRAPH_URL: z.url('must be the Graph API base URL').default('https://graph.facebook.com'),
    WHATSAPP_API_VERSION: z.string().regex(/^v\d+\.\d+$/, 'must look like v23.0').default('v23.0'),
    WHATSAPP_TEMPLATE_NAME: optionalText,
    WHATSAPP_TEMPLATE_LANGUAGE: optionalText,
    TWILIO_AUTH_TOKEN: optionalText,
    PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be the public https:// address the phone provider calls, e.g. https://assistant.northbrook.example' }).optional()),
    TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    METRICS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(395),
    CONVERSATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText.pipe(applicationInsightsConnectionString.optional()),
    METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    TRUSTED_PROXY_HEADER: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9-]+$/, 'must be a header name, e.g. X-Forwarded-For')
        .transform((name) => name.toLowerCase())
        .optional(),
    ),
    FRAME_ANCESTORS: z
      .string()
      .default("'self'")
      .pipe(
        z
          .string()
          .trim()
          .transform((text) => text.split(/\s+/))
          .pipe(
            z.array(
              z.union([z.enum(["'self'", "'none'"]), z.url({ protocol: /^https$/, error: "each entry must be 'self', 'none' or an https:// origin" })]),
            ),
          ),
      ),
  })
  .superRefine((env, context) => {
    checkLlmEnvironment(env, context);
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
    const whatsAppRequired = ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'] as const;
    if (whatsAppRequired.some((name) => env[name])) {
      for (const name of whatsAppRequired) {
        if (!env[name]) context.addIssue({ code: 'custom', path: [name], message: 'is required when any WHATSAPP_ setting is given' });
      }
    }
    if (Boolean(env.WHATSAPP_TEMPLATE_NAME) !== Boolean(env.WHATSAPP_TEMPLATE_LANGUAGE)) {
      context.addIssue({ code: 'custom', path: ['WHATSAPP_TEMPLATE_LANGUAGE'], message: 'set WHATSAPP_TEMPLATE_NAME and WHATSAPP_TEMPLATE_LANGUAGE together' });
    }
    if (Boolean(env.TWILIO_AUTH_TOKEN) !== Boolean(env.PUBLIC_BASE_URL)) {
      const missing = env.TWILIO_AUTH_TOKEN ? 'PUBLIC_BASE_URL' : 'TWILIO_AUTH_TOKEN';
      context.addIssue({ code: 'custom', path: [missing], message: 'set TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL together: requests are signed over the public URL' });
    }
    if (env.CASE_SYSTEM === 'crm-webhook') {
      if (!env.CRM_WEBHOOK_URL) context.addIssue({ code: 'custom', path: ['CRM_WEBHOOK_URL'], message: 'is required when CASE_SYSTEM=crm-webhook' });
      if (!env.CRM_WEBHOOK_SECRET) context.addIssue({ code: 'custom', path: ['CRM_WEBHOOK_SECRET'], message: 'is required when CASE_SYSTEM=crm-webhook' });
    }
    try {
      parseAdvisorAccounts(env.ADVISOR_ACCOUNTS);
    } catch (error) {
      if (!(error instanceof AdvisorAccountsError)) throw error;
      context.addIssue({ code: 'custom', path: ['ADVISOR_ACCOUNTS'], message: error.message });
    }
    if (env.EMBEDDINGS === 'openai' && !env.OPENAI_API_KEY) {
      context.addIssue({ code: 'custom', path: ['OPENAI_API_KEY'], message: 'is required when EMBEDDINGS=openai' });
    }
  });

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL for every store, shared by all instances; undefined = SQLite in DATA_DIR (one instance). */
  databaseUrl: string | undefined;
  /** Where the knowledge index is built; by default inside DATA_DIR. */
  indexDir: string;
  knowledgeDir: string;
  councilProfilePath: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Staff endpoints under /api/ are disabled when this is unset. */
  adminToken: string | undefined;
  /** Bot Framework credentials; when absent, inbound auth is off (local use only). */
  botAuth: { appId: string; appPassword?: string; appType: string; tenantId?: string } | undefined;
  /** The embedding model: the offline default, or an OpenAI-compatible service. */
  embeddings: { provider: 'local'; threads?: number } | { provider: 'openai'; apiKey: string; baseUrl?: string; model: string };
  /** Advisor console accounts (hashed passwords); staff can also sign in with the admin token. */
  advisorAccounts: AdvisorAccount[];
  /** Where cases go: SQLite only, or SQLite plus the council's CRM through a durable outbox. */
  cases: { system: 'embedded' } | { system: 'crm-webhook'; url: string; secret: string };
  /** Days before each kind of data is deleted; conversationDays counts from a conversation's last update. */
  retention: { transcriptDays: number; metricsDays: number; conversationDays: number };
  /** Prompt templates, loaded and checked at start-up. */
  promptsDir: string;
  /** The chat model for generative answers, summaries and sentiment; undefined = the embedded defaults only. */
  llm: LlmSettings | undefined;
  /** The WhatsApp Business Cloud API channel; off unless configured. */
  whatsApp: WhatsAppOptions | undefined;
  /** The phone channel (Twilio Programmable Voice webhooks); off unless configured. */
  voice: VoiceOptions | undefined;
  /** Telemetry also goes to Application Insights when set; SQLite (the dashboard's source) always. */
  applicationInsightsConnectionString: string | undefined;
  /** Bearer token required by /metrics; unset = /metrics is open (counts only). */
  metricsToken: string | undefined;
  /** The header a trusted reverse proxy puts the client's address in; unset = the socket's address. */
  trustedProxyHeader: string | undefined;
  /** Who may show the resident chat page in a frame (CSP frame-ancestors), e.g. the council's website. */
  frameAncestors: string[];
}

export class ConfigError extends Error {}

/** Settings whose values are credentials or personal data (advisor accounts). */
const secretVariable = /TOKEN|SECRET|KEY|PASSWORD|CONNECTION_STRING|ACCOUNTS|WEBHOOK_URL|DATABASE_URL/i;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      // Start-up errors end up in deployment logs: a secret's value is never printed.
      const shown = secretVariable.test(variable) ? '(value hidden)' : JSON.stringify(env[variable] ?? '');
      return `  ${variable}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    indexDir: value.INDEX_DIR ?? join(value.DATA_DIR, 'index'),
    knowledgeDir: value.KNOWLEDGE_DIR,
    councilProfilePath: value.COUNCIL_PROFILE,
    logLevel: value.LOG_LEVEL,
    adminToken: value.ADMIN_TOKEN,
    botAuth: value.MicrosoftAppId
      ? {
          appId: value.MicrosoftAppId,
          appPassword: value.MicrosoftAppPassword,
          appType: value.MicrosoftAppType ?? 'MultiTenant',
          tenantId: value.MicrosoftAppTenantId,
        }
      : undefined,
    embeddings:
      value.EMBEDDINGS === 'openai'
        ? { provider: 'openai', apiKey: value.OPENAI_API_KEY!, baseUrl: value.OPENAI_BASE_URL, model: value.OPENAI_EMBEDDING_MODEL }
        : { provider: 'local', ...(value.ENCODER_THREADS && { threads: value.ENCODER_THREADS }) },
    advisorAccounts: parseAdvisorAccounts(value.ADVISOR_ACCOUNTS),
    cases: value.CASE_SYSTEM === 'crm-webhook' ? { system: 'crm-webhook', url: value.CRM_WEBHOOK_URL!, secret: value.CRM_WEBHOOK_SECRET! } : { system: 'embedded' },
    retention: {
      transcriptDays: value.TRANSCRIPT_RETENTION_DAYS,
      metricsDays: value.METRICS_RETENTION_DAYS,
      conversationDays: value.CONVERSATION_RETENTION_DAYS,
    },
    promptsDir: value.PROMPTS_DIR,
    llm: llmSettingsFrom(value),
    whatsApp: value.WHATSAPP_VERIFY_TOKEN
      ? {
          verifyToken: value.WHATSAPP_VERIFY_TOKEN,
          appSecret: value.WHATSAPP_APP_SECRET!,
          accessToken: value.WHATSAPP_ACCESS_TOKEN!,
          phoneNumberId: value.WHATSAPP_PHONE_NUMBER_ID!,
          graphBaseUrl: value.WHATSAPP_GRAPH_URL,
          apiVersion: value.WHATSAPP_API_VERSION,
          ...(value.WHATSAPP_TEMPLATE_NAME && { template: { name: value.WHATSAPP_TEMPLATE_NAME, language: value.WHATSAPP_TEMPLATE_LANGUAGE! } }),
        }
      : undefined,
    voice: value.TWILIO_AUTH_TOKEN && value.PUBLIC_BASE_URL ? { authToken: value.TWILIO_AUTH_TOKEN, publicBaseUrl: value.PUBLIC_BASE_URL.replace(/\/+$/, '') } : undefined,
    applicationInsightsConnectionString: value.APPLICATIONINSIGHTS_CONNECTION_STRING,
    metricsToken: value.METRICS_TOKEN,
    trustedProxyHeader: value.TRUSTED_PROXY_HEADER,
    frameAncestors: value.FRAME_ANCESTORS,
  };
}

/**
 * mkdir -p one level at a time: Node's recursive mkdir never returns for a path under /proc
 * (it retries the ENOENT the kernel gives), which hung start-up instead of failing it.
 */
function makeDirectory(path: string): void {
  if (existsSync(path)) return;
  const parent = dirname(path);
  if (parent !== path) makeDirectory(parent);
  mkdirSync(path);
}

/**
 * Checks at start-up that each data folder is a directory this process can write in (creating
 * it if missing), by writing and removing a file: a folder that only looks writable (/proc, a
 * read-only mount) would otherwise surface later as a third-party stack trace or a hang.
 */
export function checkDataDirectories(config: Pick<AppConfig, 'dataDir' | 'indexDir'>): void {
  const problems: string[] = [];
  for (const [variable, path] of [['DATA_DIR', config.dataDir], ['INDEX_DIR', config.indexDir]] as const) {
    try {
      makeDirectory(resolve(path));
      if (!statSync(path).isDirectory()) throw new Error('is not a directory');
      const probe = join(path, `.write-check-${process.pid}`);
      writeFileSync(probe, '');
      unlinkSync(probe);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? `${String(error.code)}, cannot create or write in it` : error instanceof Error ? error.message : String(error);
      problems.push(`  ${variable}=${JSON.stringify(path)}: must be a writable directory (${reason})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
