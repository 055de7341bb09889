// Session: the active and effective user, time zone and locale.
import crypto from 'node:crypto';
import {countMethods} from './calls';
import {Service} from './service';
import {User} from './user';

/** developers.google.com/apps-script/reference/base/session: both need this scope. */
export const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

export class Session extends Service {
  getActiveUser(): User {
    // Without the scope Apps Script refuses ("You do not have permission to call
    // getEffectiveUser", https://github.com/oshliaer/google-apps-script-snippets/issues/23).
    this._env.requireScope('Session.getActiveUser', USERINFO_EMAIL);
    // "not available in ... a simple onOpen(e) or onEdit(e) trigger, a custom function in Google
    // Sheets ... these restrictions generally do not apply if the developer runs the script
    // themselves or belongs to the same Google Workspace domain as the user" (base/user#getemail).
    const env = this._env;
    const domain = (email: string) => email.slice(email.lastIndexOf('@') + 1);
    const hidden =
      env.customFunction ||
      (env.simpleTrigger && domain(env.user) !== domain(env.workbook.owner));
    return new User(env, hidden ? '' : env.user);
  }
  getEffectiveUser(): User {
    this._env.requireScope('Session.getEffectiveUser', USERINFO_EMAIL);
    if (this._env.customFunction) return new User(this._env, '');
    return new User(this._env, this._env.effectiveUser ?? this._env.user);
  }
  getScriptTimeZone(): string {
    return (
      (this._env.workbook.meta.scriptTimeZone as string | undefined) ??
      this._env.workbook.timeZone
    );
  }
  getActiveUserLocale(): string {
    return (this._env.workbook.meta.userLocale as string | undefined) ?? 'id';
  }
  getTemporaryActiveUserKey(): string {
    return crypto
      .createHash('sha256')
      .update(this._env.workbook.id + '\n' + this._env.user)
      .digest('base64');
  }
  toString(): string {
    return 'Session';
  }
}

countMethods(Session, 'Session');
