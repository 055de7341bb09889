// Logger and console: lines go to emulator.logs (and to stderr when options.echoLogs).
import {countMethods} from './calls';
import type {Env} from './env';
import {Service} from './service';
import {sprintf} from './utilities';

export class Logger extends Service {
  log(format: unknown, ...values: unknown[]): Logger {
    const text =
      typeof format === 'string' && values.length
        ? sprintf(format, values)
        : String(format);
    this._env.shared.logs.push(text);
    return this;
  }
  getLog(): string {
    return this._env.shared.logs.join('\n');
  }
  clear(): void {
    this._env.shared.logs.length = 0;
  }
  toString(): string {
    return 'Logger';
  }
}

export function makeConsole(
  env: Env,
): Record<string, (...args: unknown[]) => void> {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args
        .map(a =>
          typeof a === 'string'
            ? a
            : a instanceof Error
              ? String(a.stack ?? a)
              : safeJson(a),
        )
        .join(' ');
      env.shared.logs.push(level === 'log' ? text : `[${level}] ${text}`);
      if (env.shared.options.echoLogs) process.stderr.write(`${text}\n`);
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    time: () => {},
    timeEnd: () => {},
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

countMethods(Logger, 'Logger');
