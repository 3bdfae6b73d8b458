import { type Dispatch, memo, type SetStateAction, startTransition, useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { cachingT, withValues } from '../../canvas/canvasTranslation';
import type { MapDoc } from '../../model';
import type { ActorKey, MatchProposal, MergeDecisions, MergePlan } from '../../model/merge';

type Decide = (id: string, accept: boolean) => void;
type Answer = 'accepted' | 'rejected' | undefined;

/**
 * Step 2: the user decides on each probable duplicate, and may split actors
 * out of automatic groups or join two actors by hand.
 *
 * A merge of 25 maps of 40 actors asks about some 300 pairs and lists some 400 actors twice for
 * joining: each answer re-renders only its own pair (ProposalRow is memoised, `onChange` takes an
 * update), the actors' labels are worked out once per plan and language, and the sentences are
 * translated once and filled in per row.
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
  onChange: Dispatch<SetStateAction<MergeDecisions>>;
}) {
  const { t: translate } = useTranslation();
  // Some 300 rows ask for the same few sentences: translated once each, the names filled in (canvas/canvasTranslation).
  const t = useMemo(() => cachingT(translate), [translate]);
  const byKey = useMemo(() => new Map(plan.actors.map((a) => [a.key, a])), [plan]);
  const labels = useMemo(() => {
    const known = new Map<ActorKey, string>();
    return (key: ActorKey) => {
      let text = known.get(key);
      if (text === undefined) {
        const actor = byKey.get(key);
        text = actor ? withValues(t, 'merge.memberOf', { name: actor.name, map: sources[actor.mapIndex]?.title ?? '' }) : key;
        known.set(key, text);
      }
      return text;
    };
  }, [byKey, sources, t]);
  const decide = useCallback<Decide>(
    (id, accept) =>
      onChange((current) => ({
        ...current,
        accepted: accept ? [...new Set([...current.accepted, id])] : current.accepted.filter((x) => x !== id),
        rejected: accept ? current.rejected.filter((x) => x !== id) : [...new Set([...current.rejected, id])],
      })),
    [onChange],
  );
  const answers = useMemo(() => {
    const byId = new Map<string, Answer>(decisions.accepted.map((id) => [id, 'accepted']));
    // A rejection wins over an acceptance (model/merge MergeDecisions).
    for (const id of decisions.rejected) byId.set(id, 'rejected');
    return byId;
  }, [decisions.accepted, decisions.rejected]);
  const undecided = plan.proposals.filter((p) => !answers.has(p.id)).length;
  const autoGroups = plan.groups.filter((g) => g.length > 1);
  // One entry per automatic group (its first member) plus every actor that stands alone.
  const choices = useMemo(() => plan.groups.map((g) => g[0]!), [plan]);

  return (
    <div className="merge-review">
      <section aria-labelledby="proposals-heading">
        <h3 id="proposals-heading">{t('merge.reviewHeading')}</h3>
        <p className="muted">{t('merge.reviewIntro')}</p>
        {plan.proposals.length === 0 ? (
          <p>{t('merge.noProposals')}</p>
        ) : (
          <div className="merge__bulk">
            {/* Every pair is drawn again: in a transition, so React draws them in slices and the page stays responsive. */}
            <button
              type="button"
              onClick={() => startTransition(() => onChange((current) => ({ ...current, accepted: plan.proposals.map((p) => p.id), rejected: [] })))}
            >
              {t('merge.acceptAll')}
            </button>
            <button
              type="button"
              onClick={() => startTransition(() => onChange((current) => ({ ...current, accepted: [], rejected: plan.proposals.map((p) => p.id) })))}
            >
              {t('merge.rejectAll')}
            </button>
            <span className="muted">{t('merge.undecided', { count: undecided })}</span>
          </div>
        )}
        <ul className="merge__proposals">
          {plan.proposals.map((p) => (
            <ProposalRow key={p.id} proposal={p} answer={answers.get(p.id)} decide={decide} t={t} />
          ))}
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
                      {labels(key)}{' '}
                      {decisions.splits.includes(key) ? (
                        <em>{t('merge.splitDone')}</em>
                      ) : (
                        <button type="button" onClick={() => onChange((current) => ({ ...current, splits: [...current.splits, key] }))}>
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
      <JoinSection choices={choices} labels={labels} joins={decisions.joins} onChange={onChange} />
    </div>
  );
}

/** One probable duplicate and its two answers; re-rendered only when its own answer changes. */
const ProposalRow = memo(function ProposalRow({ proposal: p, answer, decide, t }: { proposal: MatchProposal; answer: Answer; decide: Decide; t: TFunction }) {
  return (
    <li data-testid="proposal">
      <fieldset>
        <legend>
          <strong>{withValues(t, 'merge.pair', { a: p.names[0], b: p.names[1] })}</strong>{' '}
          <span className="muted">
            {t(`merge.reason_${p.reason}`)}, {t('merge.similarity', { score: Math.round(p.score) })}
          </span>
        </legend>
        <label className="segmented__option">
          <input type="radio" name={`proposal-${p.id}`} checked={answer === 'accepted'} onChange={() => decide(p.id, true)} /> {t('merge.accept')}
        </label>
        <label className="segmented__option">
          <input type="radio" name={`proposal-${p.id}`} checked={answer === 'rejected'} onChange={() => decide(p.id, false)} /> {t('merge.reject')}
        </label>
      </fieldset>
    </li>
  );
});

/** Joining two actors by hand: two lists of every actor, drawn again only when the plan, language or joins change. */
const JoinSection = memo(function JoinSection({
  choices,
  labels,
  joins,
  onChange,
}: {
  choices: ActorKey[];
  labels: (key: ActorKey) => string;
  joins: MergeDecisions['joins'];
  onChange: Dispatch<SetStateAction<MergeDecisions>>;
}) {
  const { t } = useTranslation();
  const [joinA, setJoinA] = useState('');
  const [joinB, setJoinB] = useState('');
  const options = useMemo(
    () =>
      choices.map((key) => (
        <option key={key} value={key}>
          {labels(key)}
        </option>
      )),
    [choices, labels],
  );
  return (
    <section className="merge__join" aria-labelledby="join-heading">
      <h3 id="join-heading">{t('merge.joinHeading')}</h3>
      <div className="inline-form">
        <select aria-label={t('merge.joinA')} value={joinA} onChange={(e) => setJoinA(e.target.value)}>
          <option value="">{t('merge.joinA')}…</option>
          {options}
        </select>
        <select aria-label={t('merge.joinB')} value={joinB} onChange={(e) => setJoinB(e.target.value)}>
          <option value="">{t('merge.joinB')}…</option>
          {options}
        </select>
        <button
          type="button"
          disabled={!joinA || !joinB || joinA === joinB}
          onClick={() => {
            onChange((current) => ({ ...current, joins: [...current.joins, [joinA, joinB] as const] }));
            setJoinA('');
            setJoinB('');
          }}
        >
          {t('merge.join')}
        </button>
      </div>
      {joins.length ? (
        <ul>
          {joins.map(([a, b], i) => (
            <li key={i}>
              {labels(a)} + {labels(b)}{' '}
              <button type="button" onClick={() => onChange((current) => ({ ...current, joins: current.joins.filter((_, j) => j !== i) }))}>
                {t('merge.undoJoin')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
