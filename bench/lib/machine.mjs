/** What the figures were measured on: they mean little without it. */
import { cpus, loadavg, platform, release, totalmem, type } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/** `loadAtStart`: the load averages when the run started, before its own build. */
export function describeMachine(browser, executablePath, loadAtStart = loadavg()) {
  const cpuList = cpus();
  return {
    os: `${distribution() ?? type()} (${platform()} ${release()})`,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: `${browser.version()} (${executablePath})`,
    // Other work on the machine skews every figure; a load well above 0 at the start is a warning.
    loadAverageAtStart: loadAtStart.map((n) => Math.round(n * 100) / 100),
  };
}

/**
 * Is the machine busy? Another process's work slows the two pages unequally (an
 * earlier README table came from a run under load average 4, which slowed the
 * bare page more than the app), so the runner checks before it starts and
 * before each map size.
 *
 * - `load`: the 1-minute load average. Before the first size it includes the
 *   build and, later, this benchmark's own Chromium, so the runner also samples
 * - `othersCpu`: how many cores the processes that are NOT this runner or its
 *   children kept busy over `sampleMs` (from /proc/stat minus our own tree).
 * - `otherChromium`: Chromium processes that are not children of this runner
 *   (someone's end-to-end tests, another benchmark, a browser).
 */
export const busyThreshold = (cores = cpus().length) => Math.round(cores * 0.75 * 100) / 100;

export async function machineBusy({ sampleMs = 2000, ownLoadIncluded = false } = {}) {
  const processes = listProcesses();
  const ours = descendantsOf(process.pid, processes);
  // Crash handlers are left out: they sit idle, and ours are re-parented to init, out of our tree.
  const chromium = processes.filter((p) => !ours.has(p.pid) && /chrom|headless_shell/i.test(p.comm) && !/crashpad/i.test(p.comm));
  const othersCpu = await othersCpuCores(sampleMs, ours);
  const load = Math.round(loadavg()[0] * 100) / 100;
  const threshold = busyThreshold();
  const reasons = [];
  // Our own build and browser add to the load average; then only the other processes' share counts.
  if (!ownLoadIncluded && load >= threshold) reasons.push(`load ${load}`);
  if (othersCpu != null && othersCpu >= threshold) reasons.push(`other processes used ${othersCpu} cores`);
  if (chromium.length > 0) reasons.push(`${chromium.length} other Chromium processes`);
  return {
    at: new Date().toISOString(),
    load,
    othersCpu,
    otherChromium: chromium.length,
    otherChromiumBrowsers: chromium.filter((p) => !/--type=/.test(p.args)).length,
    threshold,
    busy: reasons.length > 0,
    reasons,
  };
}

/** The line the report and stderr carry when the machine is busy. */
export function busyLine(check) {
  return `machine busy: load ${check.load}${check.othersCpu != null ? ` (other processes ${check.othersCpu} cores)` : ''}, ${check.otherChromium} other Chromium processes — figures not comparable`;
}

/** pid, parent pid, command name and arguments of every process, from /proc (Linux); empty elsewhere. */
function listProcesses() {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const list = [];
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name is in parentheses and may itself contain spaces or parentheses.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      list.push({ pid: Number(pid), ppid: Number(fields[1]), comm, args, cpu: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we read it.
    }
  }
  return list;
}

function descendantsOf(root, processes) {
  const children = new Map();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const found = new Set([root]);
  const queue = [root];
  while (queue.length) for (const child of children.get(queue.pop()) ?? []) if (!found.has(child) && found.add(child)) queue.push(child);
  return found;
}

/**
 * Cores kept busy by processes outside our tree over `ms`; null where /proc is missing.
 * Summed per process (CPU time at the end minus at the start; a process born
 * meanwhile counts whole), rather than the machine's total minus ours: our
 * browser's renderers that exit during the sample would take their CPU time
 * with them and make other processes look busy. A process that ends meanwhile is
 * missed, which errs towards "idle".
 */
async function othersCpuCores(ms, ours) {
  const ticks = 100; // USER_HZ on Linux
  const others = () =>
    new Map(
      listProcesses()
        .filter((p) => !ours.has(p.pid))
        .map((p) => [p.pid, p.cpu]),
    );
  const before = others();
  if (before.size === 0) return null;
  const at = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const now = descendantsOf(process.pid, listProcesses());
  let busy = 0;
  for (const [pid, cpu] of others()) if (!now.has(pid)) busy += cpu - (before.get(pid) ?? 0);
  return Math.max(0, Math.round((busy / ticks / ((performance.now() - at) / 1000)) * 100) / 100);
}

/** Cores busy over `ms`, all processes together (/proc/stat's first line); null where there is none. */
async function busyCores(ms) {
  const sample = () => {
    try {
      const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
      const idle = fields[3] + (fields[4] ?? 0);
      return { idle, total: fields.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = sample();
  if (!before || !after || after.total === before.total) return null;
  const share = 1 - (after.idle - before.idle) / (after.total - before.total);
  return share * cpus().length;
}

/**
 * Wait (at most `maxMs`) until the machine is quiet, so that a run does not open its map while what the
 * last run left behind (a closed context's renderer and its memory going away, a 60 MB download being
 * written) still keeps a core busy. Resolves to the ms waited.
 */
export async function quietDown({ below = 0.3, maxMs = 15_000 } = {}) {
  const start = performance.now();
  while (performance.now() - start < maxMs) {
    const cores = await busyCores(300);
    if (cores === null || cores < below) break;
  }
  return Math.round(performance.now() - start);
}

/**
 * The 1-minute load average trails what ran before: after a build or a test run it stays above the busy
 * threshold for a minute or two while nothing runs at all, and the start check then calls an idle machine busy.
 * Wait (at most `maxMs`) until it has fallen below the threshold, as long as the CPU is in fact idle; if something
 * is really running, stop waiting and let the check say so. Resolves to the ms waited.
 */
export async function waitForLoadToFall({ maxMs = 150_000 } = {}) {
  const start = performance.now();
  while (performance.now() - start < maxMs && loadavg()[0] >= busyThreshold()) {
    const cores = await busyCores(3000);
    if (cores === null || cores >= busyThreshold()) break;
  }
  return Math.round(performance.now() - start);
}
