/**
 * The sections of the Insights panel, one per kind of figure. Each sentence is
 * worded for a youth-guidance worker; each name or figure is a FigureButton.
 * Ids the map no longer has (the figures are a moment behind an edit) are skipped.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDoc, Relation } from '../../model';
import { relationsAmong, relationsOf } from '../../model/insights/emphasis';
import type { Insights, MergedFigures } from '../../model/insights/types';
import { FigureButton } from './FigureButton';
import { nameList, percent } from './names';

interface Props {
  insights: Insights;
  map: MapDoc;
}

/** How many actors a ranked list shows. */
const TOP = 5;
/** Below this share of possible pairs the network reads as sparse; from DENSE up, as dense. */
const SPARSE = 0.1;
const DENSE = 0.3;

const ARROW: Record<Relation['direction'], string> = { forward: '→', backward: '←', both: '↔' };

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="insights__section" aria-labelledby={`insights-${id}`}>
      <h3 id={`insights-${id}`}>{heading}</h3>
      {children}
    </section>
  );
}

/** Actor names by id, and the ids of `list` the map still has. */
function useNames(map: MapDoc) {
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  return { name: (id: string) => names.get(id) ?? '', known: (list: string[]) => list.filter((id) => names.has(id)) };
}

/** An actor with its relations and neighbours: what makes its degree, its betweenness, its cut. */
const around = (map: MapDoc, id: string) => relationsOf(map, id);
/** A set of actors with the relations among them. */
const among = (map: MapDoc, ids: string[]) => ({ actors: ids, relations: relationsAmong(map, ids) });

export function MostRelationsSection({ insights, map }: Props) {
  const { t } = useTranslation();
  const { name, known } = useNames(map);
  const ranked = known(insights.byDegree).filter((id) => insights.figures[id]!.degree > 0);
  const top = ranked[0];
  const mostBy = (key: 'inDegree' | 'outDegree') =>
    known(insights.byDegree).reduce<string | undefined>(
      (best, id) => (insights.figures[id]![key] > (best ? insights.figures[best]![key] : 0) ? id : best),
      undefined,
    );
  const mostIn = mostBy('inDegree');
  const mostOut = mostBy('outDegree');
  return (
    <Section id="degree" heading={t('insights.degreeHeading')}>
      {top ? (
        <>
          <p>
            <FigureButton highlight={around(map, top)} text={t('insights.mostRelations', { name: name(top), count: insights.figures[top]!.degree })} />
          </p>
          {/* The sentence above is number 1. */}
          <ol className="insights__list" start={2}>
            {ranked.slice(1, TOP).map((id) => {
              const text = t('insights.degreeItem', { name: name(id), count: insights.figures[id]!.degree });
              return (
                <li key={id}>
                  <FigureButton highlight={around(map, id)} text={text} />
                </li>
              );
            })}
          </ol>
          {mostIn ? (
            <p>
              <FigureButton
                highlight={around(map, mostIn)}
                text={t('insights.mostIncoming', { name: name(mostIn), count: insights.figures[mostIn]!.inDegree })}
              />
            </p>
          ) : null}
          {mostOut ? (
            <p>
              <FigureButton
                highlight={around(map, mostOut)}
                text={t('insights.mostOutgoing', { name: name(mostOut), count: insights.figures[mostOut]!.outDegree })}
              />
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('insights.noRelations')}</p>
      )}
    </Section>
  );
}

export function LiaisonSection({ insights, map }: Props) {
  const { t } = useTranslation();
  const { name, known } = useNames(map);
  const liaisons = known(insights.byBetweenness).slice(0, TOP);
  return (
    <Section id="liaisons" heading={t('insights.liaisonsHeading')}>
      <p className="muted">{t('insights.liaisonsIntro')}</p>
      {liaisons.length === 0 ? <p>{t('insights.noLiaisons')}</p> : null}
      <ol className="insights__list" data-testid="liaisons">
        {liaisons.map((id) => {
          const text = t('insights.liaisonItem', { name: name(id), percent: percent(insights.figures[id]!.betweenness) });
          return (
            <li key={id}>
              <FigureButton highlight={around(map, id)} text={text} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function FailureSection({ insights, map }: Props) {
  const { t } = useTranslation();
  const { name, known } = useNames(map);
  const points = known(insights.articulationPoints);
  return (
    <Section id="failure" heading={t('insights.failureHeading')}>
      {points.length === 0 ? <p>{t('insights.noFailure')}</p> : null}
      <ul className="insights__list" data-testid="failure-points">
        {points.map((id) => {
          const text = t('insights.failureItem', { name: name(id) });
          return (
            <li key={id}>
              <FigureButton highlight={around(map, id)} text={text} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function PartsSection({ insights, map }: Props) {
  const { t } = useTranslation();
  const { name, known } = useNames(map);
  const parts = insights.parts.map(known).filter((p) => p.length > 0);
  const isolated = known(insights.isolated);
  const isolatedText = t('insights.isolated', { count: isolated.length });
  return (
    <Section id="parts" heading={t('insights.partsHeading')}>
      {parts.length > 0 ? <p>{t('insights.parts', { count: parts.length })}</p> : null}
      {parts.length > 1 ? (
        <ol className="insights__list" data-testid="parts">
          {parts.map((part, i) => {
            const text = t('insights.partItem', { number: i + 1, count: part.length, names: nameList(t, part.map(name)) });
            return (
              <li key={part[0]}>
                <FigureButton highlight={among(map, part)} text={text} />
              </li>
            );
          })}
        </ol>
      ) : null}
      {isolated.length === 0 ? (
        <p>{t('insights.noIsolated')}</p>
      ) : (
        <>
          <p>
            <FigureButton highlight={{ actors: isolated, relations: [] }} text={isolatedText} />
          </p>
          <ul className="insights__names" data-testid="isolated">
            {isolated.map((id) => (
              <li key={id}>
                <FigureButton highlight={{ actors: [id], relations: [] }} text={name(id)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

export function GroupsSection({ insights, map }: Props) {
  const { t } = useTranslation();
  const { name, known } = useNames(map);
  const groups = insights.communities.map(known).filter((g) => g.length > 1);
  return (
    <Section id="groups" heading={t('insights.groupsHeading')}>
      <p>{groups.length === 0 ? t('insights.noGroups') : t('insights.groups', { count: groups.length })}</p>
      <ol className="insights__list" data-testid="groups">
        {groups.map((group, i) => {
          const text = t('insights.groupItem', { number: i + 1, count: group.length, names: nameList(t, group.map(name)) });
          return (
            <li key={group[0]}>
              <FigureButton highlight={among(map, group)} text={text} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** The ends of some relations, for highlighting the relations with the actors they join. */
function withEnds(map: MapDoc, relationIds: string[]) {
  const wanted = new Set(relationIds);
  const actors = new Set<string>();
  for (const r of map.relations) {
    if (!wanted.has(r.id)) continue;
    actors.add(r.source);
    actors.add(r.target);
  }
  return { actors: [...actors], relations: relationIds };
}

export function DirectionSection({ insights, map }: Props) {
  const { t } = useTranslation();
  const total = insights.mutual.length + insights.oneWay.length;
  const mutualText = t('insights.mutual', { count: insights.mutual.length, total });
  const oneWayText = t('insights.oneWay', { count: insights.oneWay.length, total });
  const word = insights.density < SPARSE ? t('insights.densitySparse') : insights.density < DENSE ? t('insights.densityModerate') : t('insights.densityDense');
  return (
    <Section id="direction" heading={t('insights.directionHeading')}>
      {total === 0 ? (
        <p>{t('insights.noRelations')}</p>
      ) : (
        <ul className="insights__list">
          <li>
            <FigureButton highlight={withEnds(map, insights.mutual)} text={mutualText} />
          </li>
          <li>
            <FigureButton highlight={withEnds(map, insights.oneWay)} text={oneWayText} />
          </li>
        </ul>
      )}
      {insights.actorCount > 1 ? (
        <p data-testid="density">
          {t('insights.density', { percent: percent(insights.density), pairs: insights.pairCount })} {word}
        </p>
      ) : null}
    </Section>
  );
}

export function MergedSection({ merged, map }: { merged: MergedFigures; map: MapDoc }) {
  const { t } = useTranslation();
  const { name, known } = useNames(map);
  const actorsById = new Map(map.actors.map((a) => [a.id, a]));
  const relationsById = new Map(map.relations.map((r) => [r.id, r]));
  const single = known(merged.singleSource);
  const shared = merged.shared.filter((s) => relationsById.has(s.relation));
  const singleText = t('insights.singleSource', { count: single.length });
  const sharedText = t('insights.shared', { count: shared.length });
  return (
    <Section id="merged" heading={t('insights.mergedHeading')}>
      <p>{t('insights.mergedSources', { count: merged.sourceCount })}</p>
      {single.length === 0 ? (
        <p>{t('insights.noSingleSource')}</p>
      ) : (
        <>
          <p>
            <FigureButton highlight={{ actors: single, relations: [] }} text={singleText} />
          </p>
          <ul className="insights__list" data-testid="single-source">
            {single.map((id) => {
              const source = actorsById.get(id)?.sources?.[0];
              const who = source?.author || source?.title || '';
              const text = t('insights.singleSourceItem', { name: name(id), source: who });
              return (
                <li key={id}>
                  <FigureButton highlight={around(map, id)} text={text} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {shared.length === 0 ? (
        <p>{t('insights.noShared')}</p>
      ) : (
        <>
          <p>
            <FigureButton
              highlight={withEnds(
                map,
                shared.map((s) => s.relation),
              )}
              text={sharedText}
            />
          </p>
          <ol className="insights__list" data-testid="shared">
            {shared.slice(0, TOP * 2).map(({ relation, weight }) => {
              const r = relationsById.get(relation)!;
              const text = t('insights.sharedItem', { from: name(r.source), arrow: ARROW[r.direction], to: name(r.target), count: weight });
              return (
                <li key={relation}>
                  <FigureButton highlight={withEnds(map, [relation])} text={text} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Section>
  );
}
