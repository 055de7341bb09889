// Base.User, and the e-mail addresses behind "everyone who can edit the file".
import {countMethods} from './calls';
import type {Env} from './env';
import {Service} from './service';

export class User extends Service {
  constructor(
    env: Env,
    public _email: string,
  ) {
    super(env);
  }
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

export function editorsOfFile(env: Env): string[] {
  const wb = env.workbook;
  return [wb.owner, ...wb.editors.filter(e => e !== wb.owner)];
}

export function emailOf(user: string | User): string {
  return typeof user === 'string' ? user : user._email;
}

countMethods(User, 'User');
