/** Which Chromium to drive (same lookup as tests/e2e/support/chromium.ts), and how. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const VIEWPORT = { width: 1400, height: 900 };

function which(command) {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function playwrightsOwn() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** $CHROMIUM_PATH, the system's chromium, or Playwright's own if installed. Never downloads one. */
export function chromiumExecutable() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    which('chromium'),
    which('chromium-browser'),
    playwrightsOwn(),
  ];
  const found = candidates.find((path) => !!path && existsSync(path));
  if (!found) throw new Error('No Chromium found for the benchmark. Install one (`sudo apt-get install -y chromium`) or set CHROMIUM_PATH.');
  return found;
}

export function launchBrowser() {
  // The runner handles Ctrl-C itself (see run.mjs), so that the servers close too.
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: LAUNCH_ARGS, handleSIGINT: false, handleSIGTERM: false });
}

/**
 * A fresh context per run: empty IndexedDB, nothing cached. Requests that would
 * leave 127.0.0.1 are aborted, so the figures never depend on the network.
 */
export async function freshContext(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: 'fi-FI' });
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort());
  return context;
}
