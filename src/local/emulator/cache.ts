// CacheService: document, script and user caches that expire on the emulator clock.
import {countMethods} from './calls';
import type {Env} from './env';
import {Service} from './service';

// https://developers.google.com/apps-script/reference/cache/cache:
// default expiration 600 s, at most 21600 s; key at most 250 characters; value at most 100 KB.
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_VALUE_LIMIT = 100 * 1024;

export class CacheService extends Service {
  getDocumentCache(): Cache {
    return new Cache(this._env, 'document');
  }
  getScriptCache(): Cache {
    return new Cache(this._env, 'script');
  }
  getUserCache(): Cache {
    return new Cache(this._env, 'user:' + this._env.user);
  }
  toString(): string {
    return 'CacheService';
  }
}

export class Cache extends Service {
  constructor(
    env: Env,
    private _scope: string,
  ) {
    super(env);
  }
  _map() {
    const caches = this._env.workbook.runtime.caches;
    let map = caches.get(this._scope);
    if (!map) caches.set(this._scope, (map = new Map()));
    return map;
  }
  _get(key: string): string | null {
    const map = this._map();
    const entry = map.get(key);
    if (!entry) return null;
    if (entry.expires <= this._env.now().getTime()) {
      map.delete(key);
      return null;
    }
    return entry.value;
  }
  _put(key: string, value: string, seconds: number): void {
    if (String(key).length > 250)
      throw this._env.error('Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT)
      throw this._env.error('Argument too large: value');
    if (!(seconds >= 1) || seconds > CACHE_MAX_SECONDS) {
      throw this._env.error(
        `Invalid argument: expirationInSeconds must be between 1 and ${CACHE_MAX_SECONDS}.`,
      );
    }
    this._map().set(String(key), {
      value,
      expires: this._env.now().getTime() + seconds * 1000,
    });
  }
  get(key: string): string | null {
    return this._get(String(key));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(String(k));
      if (v !== null) out[k] = v;
    }
    return this._env.object(out);
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this._put(key, String(value), expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    const entries = Object.entries(values);
    if (entries.length > 1000)
      throw this._env.error('Argument too large: values');
    for (const [k, v] of entries) this._put(k, String(v), expirationInSeconds);
  }
  remove(key: string): void {
    this._map().delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._map().delete(String(k));
  }
  toString(): string {
    return 'Cache';
  }
}

countMethods(CacheService, 'CacheService');
countMethods(Cache, 'Cache');
