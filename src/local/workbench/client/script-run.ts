// google.script.run over HTTP, same surface as Google's: withSuccessHandler, withFailureHandler,
// withUserObject, then any server function name. Also tells the workbench page which function
// ran, so the viewer can refresh (and jump to a cell selected by apiSelectCell).
// https://developers.google.com/apps-script/guides/html/reference/run
// Bundled by scripts/build.mjs into build/workbench/script-run.js, inlined before the sidebar's code.

type Handler = (value: unknown, userObject: unknown) => void;

interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  withUserObject(userObject: unknown): Runner;
  [serverFunction: string]: unknown;
}

function notify(name: string): void {
  try {
    if (window.parent !== window)
      window.parent.postMessage({kinerjaRpc: name}, location.origin);
  } catch {
    // A page opened on its own (no workbench around it) has nobody to tell.
  }
}

function invoke(
  name: string,
  args: unknown[],
  success: Handler | undefined,
  failure: Handler | undefined,
  userObject: unknown,
): void {
  const fail = (error: unknown) => {
    if (failure) failure(error, userObject);
    else if (window.console) console.error(error);
  };
  fetch('/rpc/' + encodeURIComponent(name), {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({args}),
  })
    .then(response =>
      response.json().then((body: {result?: unknown; message?: string}) => {
        if (response.ok) {
          notify(name);
          if (success) success(body.result, userObject);
        } else {
          const error = new Error(
            (body && body.message) || 'HTTP ' + response.status,
          );
          error.name = 'ScriptError';
          fail(error);
        }
      }),
    )
    .catch(fail);
}

function runner(
  success?: Handler,
  failure?: Handler,
  userObject?: unknown,
): Runner {
  const base = {
    withSuccessHandler: (f: Handler) => runner(f, failure, userObject),
    withFailureHandler: (f: Handler) => runner(success, f, userObject),
    withUserObject: (o: unknown) => runner(success, failure, o),
  };
  return new Proxy(base, {
    get(target, name) {
      if (name in target) return target[name as keyof typeof target];
      if (
        typeof name !== 'string' ||
        name === 'then' ||
        !/^[A-Za-z_$][\w$]*$/.test(name)
      )
        return undefined;
      return (...args: unknown[]) =>
        invoke(name, args, success, failure, userObject);
    },
  }) as Runner;
}

const noop = () => {};
(window as unknown as {google: unknown}).google = {
  script: {
    run: runner(),
    host: {
      origin: location.origin,
      close: noop,
      setHeight: noop,
      setWidth: noop,
      editor: {focus: noop},
    },
  },
};
