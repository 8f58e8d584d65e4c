import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LLMResult } from '@langchain/core/outputs';
import { CircuitBreaker } from './circuitBreaker.js';

export const llmFeatures = ['answer', 'query-rewrite', 'slot-extraction', 'handoff-summary', 'sentiment', 'safety-check'] as const;
export type LlmFeature = (typeof llmFeatures)[number];

/** One model call's tokens, for telemetry. */
export interface LlmUsage {
  feature: LlmFeature;
  promptTokens: number;
  completionTokens: number;
  model: string;
}

/** Why a call produced no value; every feature then uses its embedded default. */
export type LlmFailure = 'disabled' | 'circuit-open' | 'timeout' | 'service-error' | 'invalid-output';
export type LlmCallResult<T> = { ok: true; value: T } | { ok: false; failure: LlmFailure };

export interface LlmCallOptions {
  signal: AbortSignal;
  callbacks: BaseCallbackHandler[];
}
/** One attempt: the feature's LangChain call, given the model and what to pass to `invoke`/`stream`. */
export type LlmCall<T> = (model: BaseChatModel, options: LlmCallOptions) => Promise<T>;

/** What the features call. Never throws: a failure is a value. */
export interface LlmRunner {
  call<T>(feature: LlmFeature, run: LlmCall<T>, onToken?: (token: string) => void): Promise<LlmCallResult<T>>;
}

/** The runner when the LLM is off: every feature uses its default. */
export const disabledRunner: LlmRunner = {
  call: async () => ({ ok: false, failure: 'disabled' }),
};

export interface ResilienceOptions {
  /** A promise while the provider's package loads (see `createChatModel`); every call waits for it. */
  model: BaseChatModel | Promise<BaseChatModel>;
  /** Recorded with token usage. */
  modelName: string;
  timeoutMs: number;
  maxRetries: number;
  /** The first retry waits this long; each later one twice as long. */
  backoffMs?: number;
  failureThreshold?: number;
  coolDownMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onUsage?: (usage: LlmUsage) => void;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Exclude<LlmFailure, 'disabled' | 'circuit-open'>; retryable: boolean };

/** Relays streamed tokens and reports token usage; awaited, so tokens arrive in order. */
class CallWatcher extends BaseCallbackHandler {
  name = 'council-llm-call';
  constructor(
    private readonly onUsage: (promptTokens: number, completionTokens: number) => void,
    private readonly onToken: (token: string) => void,
  ) {
    super({ _awaitHandler: true });
  }

  override handleLLMNewToken(token: string): void {
    this.onToken(token);
  }

  override handleLLMEnd(output: LLMResult): void {
    const usage = output.llmOutput?.['tokenUsage'] as { promptTokens?: number; completionTokens?: number } | undefined;
    if (usage) this.onUsage(usage.promptTokens ?? 0, usage.completionTokens ?? 0);
  }
}

/**
 * Every model call goes through here: a timeout per attempt, retries with exponential backoff on
 * 429, 5xx and connection errors (never after a timeout, nor once streamed tokens have reached
 * the resident), a circuit breaker, and token usage reporting.
 */
export class ResilientModel implements LlmRunner {
  readonly breaker: CircuitBreaker;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ResilienceOptions) {
    this.breaker = new CircuitBreaker({
      failureThreshold: options.failureThreshold ?? 5,
      coolDownMs: options.coolDownMs ?? 30_000,
      now: options.now ?? Date.now,
    });
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async call<T>(feature: LlmFeature, run: LlmCall<T>, onToken?: (token: string) => void): Promise<LlmCallResult<T>> {
    if (!this.breaker.allow()) return { ok: false, failure: 'circuit-open' };
    let streamed = false;
    const relay = (token: string) => {
      streamed = true;
      onToken?.(token);
    };
    for (let attempt = 0; ; attempt += 1) {
      const outcome = await this.attempt(feature, run, relay);
      if (outcome.ok) {
        this.breaker.success();
        return outcome;
      }
      if (outcome.retryable && attempt < this.options.maxRetries && !streamed) {
        await this.sleep((this.options.backoffMs ?? 250) * 2 ** attempt);
        continue;
      }
      // A reply that failed its schema still shows the service is up.
      if (outcome.failure === 'invalid-output') this.breaker.success();
      else this.breaker.failure();
      return { ok: false, failure: outcome.failure };
    }
  }

  private async attempt<T>(feature: LlmFeature, run: LlmCall<T>, onToken: (token: string) => void): Promise<Attempt<T>> {
    const controller = new AbortController();
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const watcher = new CallWatcher(
      (promptTokens, completionTokens) => this.options.onUsage?.({ feature, promptTokens, completionTokens, model: this.options.modelName }),
      (token) => {
        if (!settled) onToken(token);
      },
    );
    // The timeout is the provider's: the client library, loaded once per process when first needed,
    // is awaited outside it (on a busy machine its import alone outlasted a 500 ms budget).
    let model: BaseChatModel;
    try {
      model = await this.options.model;
    } catch {
      return { ok: false, failure: 'service-error', retryable: false };
    }
    // Raced as well as aborted, so a client that ignores the signal still cannot hold the turn.
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
    });
    try {
      const call = run(model, { signal: controller.signal, callbacks: [watcher] });
      const result = await Promise.race([call.then((value) => ({ value })), timeout]);
      if (result === 'timeout') {
        controller.abort();
        return { ok: false, failure: 'timeout', retryable: false };
      }
      return { ok: true, value: result.value };
    } catch (error) {
      return classify(error);
    } finally {
      settled = true;
      clearTimeout(timer);
    }
  }
}

/** OpenAI client errors carry `status` (undefined for a connection error); anything else is the reply failing its schema. */
function classify(error: unknown): Attempt<never> {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status?: unknown }).status;
    const retryable = typeof status !== 'number' || status === 429 || status >= 500;
    return { ok: false, failure: 'service-error', retryable };
  }
  return { ok: false, failure: 'invalid-output', retryable: false };
}
