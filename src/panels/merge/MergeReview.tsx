import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDoc } from '../../model';
import type { ActorKey, MergeDecisions, MergePlan } from '../../model/merge';

/**
 * Step 2: the user decides on each probable duplicate, and may split actors
 * out of automatic groups or join two actors by hand.
 */
export function MergeReview({
  plan,
  sources,
  decisions,
  onChange,
}: {
  plan: MergePlan;
  sources: MapDoc[];
  decisions: MergeDecisions;
  onChange: (d: MergeDecisions) => void;
}) {
  const { t } = useTranslation();
  const byKey = new Map(plan.actors.map((a) => [a.key, a]));
  const label = (key: ActorKey) => {
    const actor = byKey.get(key);
    return actor ? t('merge.memberOf', { name: actor.name, map: sources[actor.mapIndex]?.title ?? '' }) : key;
  };
  const decide = (id: string, accept: boolean) =>
    onChange({
      ...decisions,
      accepted: accept ? [...new Set([...decisions.accepted, id])] : decisions.accepted.filter((x) => x !== id),
      rejected: accept ? decisions.rejected.filter((x) => x !== id) : [...new Set([...decisions.rejected, id])],
    });
  const autoGroups = plan.groups.filter((g) => g.length > 1);
  // One entry per automatic group (its first member) plus every actor that stands alone.
  const choices = plan.groups.map((g) => g[0]!);
  const [joinA, setJoinA] = useState('');
  const [joinB, setJoinB] = useState('');

  return (
    <div className="merge-review">
      <section aria-labelledby="proposals-heading">
        <h3 id="proposals-heading">{t('merge.reviewHeading')}</h3>
        <p className="muted">{t('merge.reviewIntro')}</p>
        {plan.proposals.length === 0 ? (
          <p>{t('merge.noProposals')}</p>
        ) : (
          <div className="merge__bulk">
            <button type="button" onClick={() => onChange({ ...decisions, accepted: plan.proposals.map((p) => p.id), rejected: [] })}>
              {t('merge.acceptAll')}
            </button>
            <button type="button" onClick={() => onChange({ ...decisions, accepted: [], rejected: plan.proposals.map((p) => p.id) })}>
              {t('merge.rejectAll')}
            </button>
            <span className="muted">
              {t('merge.undecided', { count: plan.proposals.filter((p) => !decisions.accepted.includes(p.id) && !decisions.rejected.includes(p.id)).length })}
            </span>
          </div>
        )}
        <ul className="merge__proposals">
          {plan.proposals.map((p) => {
            const name = t('merge.pair', { a: p.names[0], b: p.names[1] });
            return (
              <li key={p.id} data-testid="proposal">
                <fieldset>
                  <legend>
                    <strong>{name}</strong>{' '}
                    <span className="muted">
                      {t(`merge.reason_${p.reason}`)}, {t('merge.similarity', { score: Math.round(p.score) })}
                    </span>
                  </legend>
                  <label className="segmented__option">
                    <input type="radio" name={`proposal-${p.id}`} checked={decisions.accepted.includes(p.id)} onChange={() => decide(p.id, true)} />{' '}
                    {t('merge.accept')}
                  </label>
                  <label className="segmented__option">
                    <input type="radio" name={`proposal-${p.id}`} checked={decisions.rejected.includes(p.id)} onChange={() => decide(p.id, false)} />{' '}
                    {t('merge.reject')}
                  </label>
                </fieldset>
              </li>
            );
          })}
        </ul>
      </section>
      {autoGroups.length ? (
        <details className="merge__groups">
          <summary>
            {t('merge.autoGroups')} ({autoGroups.length})
          </summary>
          <ul>
            {autoGroups.map((group) => (
              <li key={group[0]}>
                <strong>{byKey.get(group[0]!)?.name}</strong>
                <ul>
                  {group.map((key) => (
                    <li key={key}>
                      {label(key)}{' '}
                      {decisions.splits.includes(key) ? (
                        <em>{t('merge.splitDone')}</em>
                      ) : (
                        <button type="button" onClick={() => onChange({ ...decisions, splits: [...decisions.splits, key] })}>
                          {t('merge.split')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <section className="merge__join" aria-labelledby="join-heading">
        <h3 id="join-heading">{t('merge.joinHeading')}</h3>
        <div className="inline-form">
          <select aria-label={t('merge.joinA')} value={joinA} onChange={(e) => setJoinA(e.target.value)}>
            <option value="">{t('merge.joinA')}…</option>
            {choices.map((key) => (
              <option key={key} value={key}>
                {label(key)}
              </option>
            ))}
          </select>
          <select aria-label={t('merge.joinB')} value={joinB} onChange={(e) => setJoinB(e.target.value)}>
            <option value="">{t('merge.joinB')}…</option>
            {choices.map((key) => (
              <option key={key} value={key}>
                {label(key)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!joinA || !joinB || joinA === joinB}
            onClick={() => {
              onChange({ ...decisions, joins: [...decisions.joins, [joinA, joinB] as const] });
              setJoinA('');
              setJoinB('');
            }}
          >
            {t('merge.join')}
          </button>
        </div>
        {decisions.joins.length ? (
          <ul>
            {decisions.joins.map(([a, b], i) => (
              <li key={i}>
                {label(a)} + {label(b)}{' '}
                <button type="button" onClick={() => onChange({ ...decisions, joins: decisions.joins.filter((_, j) => j !== i) })}>
                  {t('merge.undoJoin')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
