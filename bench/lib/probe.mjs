/**
 * Code that runs inside the page (installed with page.addInitScript before any
 * of the page's own scripts), so the figures are taken by the page's own clock
 * and not by round trips to the runner. Both the app and the bare page get the
 * same probe; only the label selector differs.
 *
 * window.__bench:
 *   drawnAt     performance.now() (ms since navigation started) of the first
 *               frame in which every node, edge path and label is in the DOM and
 *               every node has been measured (React Flow hides unmeasured nodes)
 *               — on the app's very large maps seen from far, actors drawn as
 *               far-out boxes (data-actors of [data-testid=far-actors]) count as nodes —
 *               and, on a page that marks its canvas with data-scene (the app),
 *               that canvas says "ready": routes and labels for the view drawn.
 *               A page may leave out all labels when zoomed far out (the app's
 *               level of detail): no label at all also counts as complete, and
 *               drawnLabels says how many there were.
 *   firstNodeAt the first frame with any node in the DOM (code and data loaded, drawing begun).
 *   longTasks   every main-thread task over 50 ms: { start, duration }.
 *   startFrames() / stopFrames()   count requestAnimationFrame callbacks.
 *   armSave()   resolves with the time from the next "n" keydown to the save
 *               indicator switching to data-state="saved".
 */
export function installProbe({ labelSelector, nodes, edges }) {
  const bench = (window.__bench = { drawnAt: null, firstNodeAt: null, longTasks: [] });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasksUnsupported = true;
  }

  const isDrawn = () => {
    const nodeElements = document.querySelectorAll('.react-flow__node');
    // A very large map seen from far draws most actors as boxes in one layer (the app's FarActorsLayer, its
    // data-actors says how many) and keeps only a few as nodes: boxes and nodes together are every actor.
    const boxes = Number(document.querySelector('[data-testid=far-actors]')?.getAttribute('data-actors') ?? 0);
    if (nodeElements.length + boxes < nodes) return false;
    for (const element of nodeElements) if (element.style.visibility === 'hidden') return false;
    // Edges are either React Flow edges, or (the app's level of detail when zoomed out) segments of one simple path.
    const simple = document.querySelector('[data-testid=simple-edges] path')?.getAttribute('d')?.split('M').length - 1 || 0;
    if (document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length < edges && simple < edges) return false;
    // The app says whether the lines and labels for this view are worked out and drawn (data-scene on its
    // canvas): its edges can be in the DOM a frame before their routes and labels. The bare page draws its
    // labels with its edges, so there "none" means left out on purpose, not "not yet".
    const scene = document.querySelector('[data-scene]');
    if (scene && scene.getAttribute('data-scene') !== 'ready') return false;
    const labels = document.querySelectorAll(labelSelector).length;
    return (labels >= edges || labels === 0) && { labels };
  };
  // Checked once per frame: the first frame that passes is the one the user sees complete.
  const watch = () => {
    if (bench.firstNodeAt == null && document.querySelector('.react-flow__node')) bench.firstNodeAt = performance.now();
    const drawn = isDrawn();
    if (!drawn) return requestAnimationFrame(watch);
    bench.drawnAt = performance.now();
    bench.drawnLabels = drawn.labels;
  };
  requestAnimationFrame(watch);

  let counting = null;
  bench.startFrames = () => {
    counting = { frames: 0, start: performance.now(), last: performance.now(), longestGap: 0 };
    const tick = (now) => {
      if (!counting) return;
      counting.frames++;
      counting.longestGap = Math.max(counting.longestGap, now - counting.last);
      counting.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    const result = { ...counting, duration: performance.now() - counting.start };
    counting = null;
    return { frames: result.frames, duration: result.duration, fps: (result.frames * 1000) / result.duration, longestGap: result.longestGap };
  };

  bench.armSave = () =>
    new Promise((resolve) => {
      let editedAt = null;
      let pendingAt = null;
      const onKey = (event) => {
        if (event.key === 'n' && editedAt === null) editedAt = performance.now();
      };
      window.addEventListener('keydown', onKey, true);
      const observer = new MutationObserver(() => {
        const state = document.querySelector('[data-testid=save-indicator]')?.getAttribute('data-state');
        if (editedAt === null) return;
        if (state === 'pending' && pendingAt === null) pendingAt = performance.now();
        if (state === 'saved' && pendingAt !== null) {
          observer.disconnect();
          window.removeEventListener('keydown', onKey, true);
          const now = performance.now();
          resolve({ total: now - editedAt, shownPending: pendingAt - editedAt });
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
}
