/**
 * Dimming as one style sheet instead of a class on every node, edge and label.
 * Focusing an actor on a 1000-actor map changes which few ids stand out; with
 * classes, React Flow re-rendered every node and edge (157 ms in npm run bench),
 * with this only one <style> element changes and the browser restyles.
 *
 * The sheet lists whichever is shorter: the dimmed ids, or a rule dimming all
 * and the ids that stand out. Ids are untrusted text (they come from files):
 * they are escaped inside a quoted attribute value, so one can never end the
 * selector or the rule.
 */
import type { DerivedView } from '../model';

/** Outside the focus or a search hit: still there for orientation, a quarter of its strength. */
export const DIMMED_OPACITY = 0.25;

/** An id as a CSS string: backslash, quote and line breaks escaped. */
export function cssString(id: string): string {
  return `"${id.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

interface Kind {
  /** Every element of the kind (dimmed when most are). */
  all: string;
  /** The element of one id. */
  one: (id: string) => string;
}

const SCOPE = '.map-canvas';
const NODES: Kind = { all: `${SCOPE} .react-flow__node .actor-node`, one: (id) => `${SCOPE} .react-flow__node[data-id=${cssString(id)}] .actor-node` };
const EDGES: Kind = { all: `${SCOPE} .react-flow__edge`, one: (id) => `${SCOPE} .react-flow__edge[data-id=${cssString(id)}]` };
const LABELS: Kind = { all: `${SCOPE} .relation-label`, one: (id) => `${SCOPE} .relation-label[data-relation-id=${cssString(id)}]` };

function rulesFor(kind: Kind, visible: ReadonlySet<string>, dimmed: ReadonlySet<string>): string {
  if (dimmed.size === 0) return '';
  const lit = [...visible].filter((id) => !dimmed.has(id));
  if (dimmed.size <= lit.length) return `${[...dimmed].map(kind.one).join(',\n')} { opacity: ${DIMMED_OPACITY}; }\n`;
  // The id selectors are more specific than the rule for all, so what stands out wins.
  return `${kind.all} { opacity: ${DIMMED_OPACITY}; }\n${lit.length ? `${lit.map(kind.one).join(',\n')} { opacity: 1; }\n` : ''}`;
}

const TIES = `${SCOPE} .ties-layer path`;

/** A closeness tie (merged maps) stands out only when both its ends do. */
function tieRules(visible: ReadonlySet<string>, dimmed: ReadonlySet<string>): string {
  if (dimmed.size === 0) return '';
  const lit = [...visible].filter((id) => !dimmed.has(id));
  const any = (attribute: string, ids: readonly string[]) => `:is(${ids.map((id) => `[${attribute}=${cssString(id)}]`).join(',')})`;
  if (dimmed.size <= lit.length) return `${TIES}${any('data-from', [...dimmed])},\n${TIES}${any('data-to', [...dimmed])} { opacity: ${DIMMED_OPACITY}; }\n`;
  return `${TIES} { opacity: ${DIMMED_OPACITY}; }\n${lit.length ? `${TIES}${any('data-from', lit)}${any('data-to', lit)} { opacity: 1; }\n` : ''}`;
}

/** The style sheet that dims what the view dims; empty when nothing is dimmed. */
export function dimmingCss(view: DerivedView): string {
  return (
    rulesFor(NODES, view.visibleActors, view.dimmedActors) +
    rulesFor(EDGES, view.visibleRelations, view.dimmedRelations) +
    rulesFor(LABELS, view.visibleRelations, view.dimmedRelations) +
    tieRules(view.visibleActors, view.dimmedActors)
  );
}
