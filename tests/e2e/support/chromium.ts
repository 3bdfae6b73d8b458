import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests run: $CHROMIUM_PATH, else the system's
 * `chromium` (Debian: apt-get install chromium), else Playwright's own browser
 * if one was installed. With none, say how to get one and stop.
 */
export function chromiumExecutable(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    which('chromium'),
    which('chromium-browser'),
    playwrightsOwn(),
  ];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (found) return found;
  const message = [
    'No Chromium found for the end-to-end tests.',
    'Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    "bash .ci/run installs Debian's chromium by itself when it is missing.",
  ].join('\n');
  console.error(message);
  throw new Error(message);
}

function which(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
