// PropertiesService: document, script and user properties stored in the workbook.
import {countMethods} from './calls';
import type {Env} from './env';
import {Service} from './service';

// Quotas: https://developers.google.com/apps-script/guides/services/quotas — "Properties value
// size 9 KB / val", "Properties total storage 500 KB / property store".
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

export class PropertiesService extends Service {
  getDocumentProperties(): Properties {
    return new Properties(
      this._env,
      () => this._env.workbook.documentProperties,
    );
  }
  getScriptProperties(): Properties {
    return new Properties(this._env, () => this._env.workbook.scriptProperties);
  }
  getUserProperties(): Properties {
    const wb = this._env.workbook;
    const user = this._env.effectiveUser ?? this._env.user;
    return new Properties(this._env, () => (wb.userProperties[user] ??= {}));
  }
  toString(): string {
    return 'PropertiesService';
  }
}

export class Properties extends Service {
  constructor(
    env: Env,
    private _store: () => Record<string, string>,
  ) {
    super(env);
  }
  _checkedWrite(next: Record<string, string>): void {
    let total = 0;
    for (const [k, v] of Object.entries(next)) {
      if (utf8Length(v) > PROPERTY_VALUE_LIMIT)
        throw this._env.error('Argument too large: value');
      total += utf8Length(k) + utf8Length(v);
    }
    if (total > PROPERTY_STORE_LIMIT) {
      // Google's wording (seen in the wild, e.g. lucasvtiradentes/gcal-sync#115).
      throw this._env.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    const store = this._store();
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
    this._stored();
  }
  /** A property is stored once the call returns: the local runtime journals it. */
  _stored(): void {
    this._env.shared.durability?.flush();
  }
  getProperty(key: string): string | null {
    const store = this._store();
    return Object.prototype.hasOwnProperty.call(store, key) ? store[key] : null;
  }
  setProperty(key: string, value: unknown): Properties {
    if (key === null || key === undefined || key === '')
      throw this._env.error('Invalid argument: key');
    this._checkedWrite({...this._store(), [String(key)]: String(value)});
    return this;
  }
  setProperties(
    properties: Record<string, unknown>,
    deleteAllOthers = false,
  ): Properties {
    const next: Record<string, string> = deleteAllOthers
      ? {}
      : {...this._store()};
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this._checkedWrite(next);
    return this;
  }
  getProperties(): Record<string, string> {
    return this._env.object({...this._store()});
  }
  getKeys(): string[] {
    return this._env.list(Object.keys(this._store()));
  }
  deleteProperty(key: string): Properties {
    delete this._store()[key];
    this._stored();
    return this;
  }
  deleteAllProperties(): Properties {
    const store = this._store();
    for (const k of Object.keys(store)) delete store[k];
    this._stored();
    return this;
  }
  toString(): string {
    return 'Properties';
  }
}

countMethods(PropertiesService, 'PropertiesService');
countMethods(Properties, 'Properties');
