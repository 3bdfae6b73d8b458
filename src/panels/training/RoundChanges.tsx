/**
 * The comparison of two rounds in words: a count per kind of change and the
 * actors and relations it concerns. The same lines go into the exported picture
 * (`changeLines`), so the words on screen and on paper agree.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CHANGE_ORDER } from '../../canvas/RoundsOverlay';
import type { Actor, MapDoc, Relation, RoundComparison } from '../../model';
import type { ChangeKind } from '../../render/comparisonShapes';

export interface ChangeGroup {
  kind: ChangeKind;
  items: string[];
}

/** Each kind of change that occurs, with one line per actor or relation it concerns. */
export function changeGroups(t: TFunction, before: MapDoc, after: MapDoc, c: RoundComparison): ChangeGroup[] {
  const names = new Map<string, string>();
  for (const a of before.actors) names.set(`b:${a.id}`, a.name);
  for (const a of after.actors) names.set(`a:${a.id}`, a.name);
  const nameIn = (side: 'a' | 'b') => (id: string) => names.get(`${side}:${id}`) ?? '?';
  const relationText = (r: Relation, side: 'a' | 'b') => t(`direction.${r.direction}`, { source: nameIn(side)(r.source), target: nameIn(side)(r.target) });
  const ring = (a: Actor) => (a.ring ? t(`ring.${a.ring}`) : '');
  const groups: Record<ChangeKind, string[]> = {
    added: [...c.actors.added.map((a) => a.name), ...c.relations.added.map((r) => relationText(r, 'a'))],
    gone: [...c.actors.gone.map((a) => a.name), ...c.relations.gone.map((r) => relationText(r, 'b'))],
    closer: c.actors.closer.map((x) => t('rounds.ringMove', { name: x.after.name, from: ring(x.before), to: ring(x.after) })),
    farther: c.actors.farther.map((x) => t('rounds.ringMove', { name: x.after.name, from: ring(x.before), to: ring(x.after) })),
    sector: c.actors.sectorChanged.map((x) =>
      t('rounds.ringMove', { name: x.after.name, from: t(`sector.${x.before.sector!}`), to: t(`sector.${x.after.sector!}`) }),
    ),
    direction: c.relations.directionChanged.map((x) => t('rounds.directionMove', { before: relationText(x.before, 'b'), after: relationText(x.after, 'a') })),
    labels: c.relations.labelsChanged.map((x) =>
      t('rounds.labelsMove', {
        relation: relationText(x.after, 'a'),
        changes: [...[...x.topicsAdded, ...x.methodsAdded].map((l) => `+${l}`), ...[...x.topicsGone, ...x.methodsGone].map((l) => `−${l}`)].join(', '),
      }),
    ),
  };
  return CHANGE_ORDER.filter((kind) => groups[kind].length > 0).map((kind) => ({ kind, items: groups[kind] }));
}

/** The words as plain lines, for the picture's column. */
export function changeLines(t: TFunction, groups: readonly ChangeGroup[]): string[] {
  if (groups.length === 0) return [t('rounds.noChanges')];
  return groups.map((g) => `${t(`rounds.kind.${g.kind}`)} (${g.items.length}): ${g.items.join('; ')}`);
}

export function RoundChanges({ groups }: { groups: readonly ChangeGroup[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p data-testid="rounds-no-changes">{t('rounds.noChanges')}</p>;
  return (
    <ul className="rounds-changes" data-testid="rounds-changes">
      {groups.map((g) => (
        <li key={g.kind} data-kind={g.kind}>
          <strong>{t(`rounds.kind.${g.kind}`)}</strong> ({g.items.length})
          <ul>
            {g.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
