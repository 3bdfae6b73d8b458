/**
 * The figures as Markdown tables (readable in a terminal, pasteable into a
 * README), each checked against the issue's target.
 */

import { EXPORT_STEPS } from './operations.mjs';

const ms = (v) => (v == null ? '—' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const seconds = (v) => (v == null ? '—' : `${(v / 1000).toFixed(2)} s`);
const fps = (v) => (v == null ? '—' : v.toFixed(1));
const mb = (bytes) => (bytes == null ? '—' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const ratio = (v) => (v == null || !Number.isFinite(v) ? '—' : `${v.toFixed(2)}×`);
const runsNote = (count, runs) => (count > 0 && count < runs ? ` (${count} run${count > 1 ? 's' : ''})` : '');

/** A target: its text and a test; missing where the issue sets none for this size. */
const TARGETS = {
  drawn: () => ({ text: '≤ 1.25× bare', pass: (r) => r <= 1.25 }),
  fps: (actors) => (actors >= 1000 ? { text: '≥ 1.5× bare', pass: (r) => r >= 1.5 } : { text: '≥ 1× bare', pass: (r) => r >= 1 }),
  png: (actors) => (actors >= 200 ? { text: '≤ 0.2× bare', pass: (r) => r <= 0.2 } : null),
  longTask: (actors) => (actors >= 1000 ? { text: '≤ 200 ms', pass: (v) => v <= 200 } : null),
  initialJs: () => ({ text: '≤ 200 KB', pass: (bytes) => bytes <= 200 * 1024 }),
  heap: (actors) => (actors >= 1000 ? { text: '≤ 1.5× bare', pass: (r) => r <= 1.5 } : null),
};

/** Frames per second from which a page counts as drawing every frame of a 60 Hz display. */
const FRAME_CAP = 58;

const verdict = (target, value) => (!target ? '' : value == null ? 'n/a' : target.pass(value) ? 'PASS' : '**MISS**');

export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** One row per figure for one map size. `m` holds the medians (see run.mjs). */
export function sizeTable({ actors, relations, runs, medians: m, counts }) {
  const row = (figure, app, bare, r, target, checked) => [figure, app, bare, ratio(r), target?.text ?? '', verdict(target, checked)];
  const drawnRatio = m.app.drawnMs / m.bare.drawnMs;
  const fpsRatio = m.app.fps / m.bare.fps;
  // Both at the display's 60 frames a second: neither can draw more, so the app keeps up (a 59.9 / 60.0 is no miss).
  const fpsCapped = m.app.fps >= FRAME_CAP && m.bare.fps >= FRAME_CAP;
  const pngRatio = m.app.pngMs / m.bare.pngMs;
  const pngCell = (side) => (m[side].pngMs == null ? '—' : `${seconds(m[side].pngMs)}${runsNote(counts[side].png, runs)}`);
  const sizeCell = (side) => (m[side].pngBytes == null ? '—' : `${kb(m[side].pngBytes)}, ${m[side].pngWidth}×${m[side].pngHeight}`);
  const longTarget = TARGETS.longTask(actors);
  // The app leaves labels out when zoomed far out (level of detail); say so, as the bare page draws them all.
  const noLabels = (side) => (m[side].drawnLabels === 0 ? ' (no labels)' : '');
  const rows = [
    row(
      'Navigation → map fully drawn',
      `${ms(m.app.drawnMs)}${noLabels('app')}`,
      `${ms(m.bare.drawnMs)}${noLabels('bare')}`,
      drawnRatio,
      TARGETS.drawn(),
      drawnRatio,
    ),
    row('… first actor in the DOM', ms(m.app.firstNodeMs), ms(m.bare.firstNodeMs), m.app.firstNodeMs / m.bare.firstNodeMs, null, null),
    row(
      `Frames per second, ${3} s pan + zoom${fpsCapped ? ' (both at the display’s 60)' : ''}`,
      fps(m.app.fps),
      fps(m.bare.fps),
      fpsRatio,
      TARGETS.fps(actors),
      fpsCapped ? Math.max(1, fpsRatio) : fpsRatio,
    ),
    row('PNG export 2×, click → file', pngCell('app'), pngCell('bare'), pngRatio, TARGETS.png(actors), pngRatio),
    row('PNG file', sizeCell('app'), sizeCell('bare'), m.app.pngBytes / m.bare.pngBytes, null, null),
    row(
      'Longest main-thread task (load, pan, save, export)',
      ms(m.app.longTask),
      ms(m.bare.longTask),
      m.app.longTask / m.bare.longTask,
      longTarget,
      m.app.longTask,
    ),
    row(
      '… during load / pan / save / export (app)',
      ['load', 'pan', 'save', 'export'].map((p) => ms(m.app.longTasks[p])).join(' / '),
      ['load', 'pan', '', 'export'].map((p) => (p ? ms(m.bare.longTasks[p]) : '–')).join(' / '),
      null,
      null,
      null,
    ),
    row(
      'JS heap after load (after a full GC)',
      mb(m.app.heapBytes),
      mb(m.bare.heapBytes),
      m.app.heapBytes / m.bare.heapBytes,
      TARGETS.heap(actors),
      m.app.heapBytes / m.bare.heapBytes,
    ),
    row(
      'Save an edit ("n") → IndexedDB, saved shown',
      m.app.saveMs == null ? '—' : `${ms(m.app.saveMs)} (on screen ${ms(m.app.saveShownMs)})`,
      '—',
      null,
      null,
      null,
    ),
  ];
  return `### ${actors} actors, ${relations} relations (median of ${runs} run${runs > 1 ? 's' : ''})\n\n${table(['figure', 'app', 'bare', 'app / bare', 'target', ''], rows)}`;
}

/** The facilitator's view (issue 9): presentation frame rate against the bare page, and the lens steps on a large map. */
export function facilitatorTable({ present, lens, runs, medians: m }) {
  const presentRatio = m.presentFps / m.bareFps;
  const under = (limit) => ({ text: `< ${limit} ms`, pass: (v) => v < limit });
  const rows = [
    [
      `Presentation mode, pan + zoom fps (${present.actors} actors, ${present.relations} relations)`,
      fps(m.presentFps),
      fps(m.bareFps),
      ratio(presentRatio),
      '≥ 1× bare',
      verdict({ pass: (r) => r >= 1 }, presentRatio),
    ],
    [`Focus an actor (F) → first frame dimmed (${lens.actors} actors)`, ms(m.focusMs), '—', '', '< 100 ms', verdict(under(100), m.focusMs)],
    ['… longest main-thread task meanwhile', ms(m.focusLongTask), '—', '', '', ''],
    ['Hide a class in the legend → first frame without it', ms(m.filterMs), '—', '', '', ''],
    ['… longest main-thread task meanwhile', ms(m.filterLongTask), '—', '', '', ''],
    [
      `Insights tab (${lens.actors} actors, ${lens.relations} relations) → figures shown`,
      ms(m.insightsMs),
      '—',
      '',
      '< 1000 ms',
      verdict(under(1000), m.insightsMs),
    ],
    ['… longest main-thread task meanwhile', ms(m.insightsLongTask), '—', '', '≤ 200 ms', verdict({ pass: (v) => v <= 200 }, m.insightsLongTask)],
  ];
  return `### Facilitator's view (median of ${runs} run${runs > 1 ? 's' : ''})\n\n${table(['figure', 'app', 'bare', 'app / bare', 'target', ''], rows)}`;
}

/** Exports, tidying, undo and merge at 1000 actors (lib/operations.mjs): each step's time and longest task. */
export function operationsTable({ actors, relations, steps = {}, error }) {
  const target = { text: '≤ 200 ms', pass: (v) => v <= 200 };
  const row = (name, step) =>
    step?.error || !step
      ? [name, step ? `failed: ${step.error.slice(0, 80)}` : '—', '—', target.text, 'n/a']
      : [name, step.ms >= 1000 ? seconds(step.ms) : ms(step.ms), ms(step.longTask), target.text, verdict(target, step.longTask)];
  const rows = [
    ...EXPORT_STEPS.map((step) => row(`Export: ${step.name}, click → file`, steps[step.key])),
    row('Tidy the layout (every actor moves), click → saved and drawn', steps.tidy),
    row('Undo it (Ctrl+Z) → saved and drawn', steps.undo),
    row(`Merge screen: ${steps.merge?.maps ?? 25} maps × ${steps.merge?.perMap ?? 40} actors as files → merged map drawn and saved`, steps.merge),
  ];
  return [
    `### Other operations, ${actors} actors, ${relations} relations (one pass)`,
    '',
    ...(error ? [`Stopped: ${error}`, ''] : []),
    table(['step', 'time', 'longest task', 'target', ''], rows),
  ].join('\n');
}

/** `openMap`: the files the app fetched until a map was drawn (from the first app run), if any run succeeded. */
export function bundleTable(bundle, openMap) {
  const target = TARGETS.initialJs();
  const fetched = openMap ? bundle.files.filter((f) => openMap.includes(f.path) && f.path.endsWith('.js')) : [];
  const sum = (key) => fetched.reduce((total, f) => total + f[key], 0);
  const rows = [
    [
      "Initial JS (index.html, and the library's database chunk)",
      kb(bundle.initialJs.bytes),
      kb(bundle.initialJs.gzip),
      target.text,
      verdict(target, bundle.initialJs.gzip),
    ],
    ['Initial CSS (index.html)', kb(bundle.initialCss.bytes), kb(bundle.initialCss.gzip), '', ''],
    ...(fetched.length ? [[`JS fetched to open a map (${fetched.length} files)`, kb(sum('bytes')), kb(sum('gzip')), '', '']] : []),
    ...bundle.files.filter((f) => !f.initial).map((f) => [`lazy: ${f.path.replace(/^assets\//, '')}`, kb(f.bytes), kb(f.gzip), '', '']),
  ];
  return `### Production bundle (gzip -9)\n\n${table(['what', 'raw', 'gzip', 'target', ''], rows)}`;
}

export function mergeTable(merge) {
  const target = merge.targetMs ? { text: `< ${merge.targetMs / 1000} s`, pass: (v) => v < merge.targetMs } : null;
  const rows = [
    ['planMerge (matching proposals)', ms(merge.planMs), '', ''],
    ['mergeMaps (plans again, then merges)', ms(merge.mergeMs), '', ''],
    ['both, median', ms(merge.totalMs), target?.text ?? '', verdict(target, merge.totalMs)],
    ['both, first (cold) run', ms(merge.coldMs), target?.text ?? '', verdict(target, merge.coldMs)],
  ];
  return [
    `### Merge of ${merge.maps} maps × ${merge.perMap} actors (Node ${process.version}, median of ${merge.samples.length})`,
    '',
    `${merge.sourceActors} source actors and ${merge.sourceRelations} relations → ${merge.actors} actors, ${merge.relations} relations, ${merge.proposals} proposals to decide.`,
    '',
    table(['step', 'time', 'target', ''], rows),
  ].join('\n');
}

export function machineTable(machine) {
  return `### Machine\n\n${table(
    ['', ''],
    [
      ['OS', machine.os],
      ['CPU', `${machine.cpu}, ${machine.cores} cores`],
      ['Memory', `${machine.memoryGiB} GiB`],
      ['Node', machine.node],
      ['Chromium', machine.chromium],
      ['Load average at start (1, 5, 15 min)', machine.loadAverageAtStart?.join(', ') ?? '—'],
    ],
  )}`;
}

/** The machine checks (machine.mjs): before the build and before each size. */
export function busyTable(checks) {
  const rows = checks.map((c) => [
    c.when,
    c.load,
    c.othersCpu ?? '—',
    c.otherChromium ? `${c.otherChromium} (${c.otherChromiumBrowsers} browser${c.otherChromiumBrowsers === 1 ? '' : 's'})` : '0',
    c.busy ? '**busy**' : 'idle',
  ]);
  return `### Machine load during the run (busy: load or other processes' CPU ≥ ${checks[0]?.threshold} cores, or any other Chromium)\n\n${table(
    ['when', 'load 1 min', "other processes' CPU (cores, 2 s)", 'other Chromium processes', ''],
    rows,
  )}`;
}

/** The 5000-actor map (--huge): each step's time and longest main-thread task against "no block over 200 ms". */
export function hugeTable(huge) {
  const s = huge.steps ?? {};
  const target = { text: '≤ 200 ms', pass: (v) => v <= 200 };
  const cell = (step, value) => (step?.error ? `failed: ${step.error.slice(0, 80)}` : value);
  const row = (name, step, value) => [name, cell(step, value), step ? ms(step.longTask) : '—', target.text, step ? verdict(target, step.longTask) : 'n/a'];
  const bare = huge.bare && !huge.bare.error ? huge.bare : null;
  const appFps = s.pan?.panZoom?.fps;
  const bareFps = bare?.panZoom?.fps;
  const panRatio = appFps != null && bareFps ? appFps / bareFps : null;
  const panTarget = { text: '≥ 1× bare', pass: (r) => r >= 1 };
  const rows = [
    row('Open: navigation → fully drawn', s.open, s.open ? `${ms(s.open.ms)}${huge.drawnLabels === 0 ? ' (no labels)' : ''}` : '—'),
    ['… bare page, fully drawn', bare ? ms(bare.drawnMs) : '—', bare ? ms(bare.longTasks?.load) : '—', '', ''],
    row('Pan + zoom, 3 s', s.pan, s.pan?.panZoom ? `${fps(s.pan.panZoom.fps)} fps` : '—'),
    [
      '… bare page, pan + zoom (app / bare)',
      bare ? `${fps(bareFps)} fps (${ratio(panRatio)})` : '—',
      bare ? ms(bare.longTasks?.pan) : '—',
      panTarget.text,
      verdict(panTarget, panRatio),
    ],
    row(`Search: type "${huge.query}" in "Etsi kartalta" → hit list`, s.search, s.search?.ms != null ? `${ms(s.search.ms)} (${s.search.hits} hits)` : '—'),
    row('PNG export 2×, click → file', s.export, s.export?.png ? `${seconds(s.export.png.ms)}, ${s.export.png.width}×${s.export.png.height}` : '—'),
  ];
  return [
    `### ${huge.actors} actors, ${huge.relations} relations (one run, shape ${huge.shape}; the bare page for comparison)`,
    '',
    ...(huge.error ? [`Stopped: ${huge.error}`, ''] : []),
    table(['step', 'time', 'longest task', 'target', ''], rows),
  ].join('\n');
}
