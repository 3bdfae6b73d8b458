/** What the figures were measured on: they mean little without it. */
import { cpus, loadavg, platform, release, totalmem, type } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function distribution() {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Which app was measured: the commit, and how many files under src/ differed from it (others may be editing). */
export function describeSource(root) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? ` + ${changed} changed file${changed > 1 ? 's' : ''} in src/` : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function describeMachine(browser, executablePath) {
  const cpuList = cpus();
  return {
    os: `${distribution() ?? type()} (${platform()} ${release()})`,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: `${browser.version()} (${executablePath})`,
    // Other work on the machine skews every figure; a load well above 0 at the start is a warning.
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
