// Shared set-up for browser tests: Debian's Chromium driven by playwright-core (no download).
import fs from 'fs';
import {chromium, Browser} from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const SKIP_MESSAGE =
  'browser tests skipped: /usr/bin/chromium not installed; run apt-get install -y chromium';

/**
 * describe() when Chromium is installed. Without it: a failing test on CI (CI must have it),
 * otherwise a skipped suite and a plain message.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium at /usr/bin/chromium', () => {
        throw new Error(SKIP_MESSAGE.replace('skipped', 'cannot run on CI'));
      });
    });
  } else {
    console.log(SKIP_MESSAGE);
    describe.skip(name, body);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
