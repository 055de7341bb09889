import * as fs from 'fs';
import * as path from 'path';

const dist = path.join(__dirname, '../../dist');

describe('built manifest', () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'),
  );
  it('asks only for the five scopes of ARCHITECTURE.md', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/forms',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });
  it('runs on V8 in Asia/Jakarta with Stackdriver logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });
});
