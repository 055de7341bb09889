// A typed promise wrapper around google.script.run (the sidebar <-> server bridge).
// google.script.run calls are fire-and-forget with callbacks; each withSuccessHandler /
// withFailureHandler returns a new runner, so one runner per call keeps calls independent.
// https://developers.google.com/apps-script/guides/html/reference/run
import type {SidebarApi} from '../src/core/api';

export type ApiName = keyof SidebarApi;

/** The part of google.script.run this wrapper uses; server functions are looked up by name. */
export interface ScriptRunner {
  withSuccessHandler(
    handler: (value: unknown, userObject?: unknown) => void,
  ): ScriptRunner;
  withFailureHandler(
    handler: (error: unknown, userObject?: unknown) => void,
  ): ScriptRunner;
}

export type Call = <K extends ApiName>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
) => Promise<ReturnType<SidebarApi[K]>>;

/** google.script.run hands failures over as an Error, but a string or object also occurs. */
export function toError(failure: unknown): Error {
  if (failure instanceof Error) return failure;
  if (failure && typeof failure === 'object' && 'message' in failure) {
    const message = (failure as {message: unknown}).message;
    const error = new Error(String(message));
    error.name = String((failure as {name?: unknown}).name ?? 'Error');
    return error;
  }
  return new Error(
    failure === undefined || failure === null || failure === ''
      ? 'Unknown server error'
      : String(failure),
  );
}

/** Builds `call` over a runner source; the runner is fetched per call (tests swap it). */
export function createCall(getRunner: () => ScriptRunner | undefined): Call {
  return <K extends ApiName>(name: K, ...args: Parameters<SidebarApi[K]>) =>
    new Promise<ReturnType<SidebarApi[K]>>((resolve, reject) => {
      const base = getRunner();
      if (!base) {
        reject(new Error('google.script.run is not available'));
        return;
      }
      const runner = base
        .withSuccessHandler(value =>
          resolve(value as ReturnType<SidebarApi[K]>),
        )
        .withFailureHandler(failure => reject(toError(failure)));
      const fn = (runner as unknown as Record<string, unknown>)[name];
      if (typeof fn !== 'function') {
        reject(new Error(`Server function ${name} is not available`));
        return;
      }
      try {
        (fn as (...a: unknown[]) => void).apply(runner, args);
      } catch (error) {
        reject(toError(error));
      }
    });
}

interface GoogleGlobal {
  google?: {script?: {run?: ScriptRunner}};
}

/** Calls a server function of src/gas/sidebar-api.ts through google.script.run. */
export const call: Call = createCall(
  () => (globalThis as GoogleGlobal).google?.script?.run,
);
