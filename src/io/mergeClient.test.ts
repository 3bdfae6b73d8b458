import { describe, expect, it } from 'vitest';
import { mergeMaps, NO_DECISIONS, planMerge } from '../model/merge';
import { regionOfManyMaps } from '../model/merge/fixtures';
import { MergeClient } from './mergeClient';

describe('MergeClient (on the page, where Node has no Worker)', () => {
  const sources = regionOfManyMaps(6, 12);

  it('plans, previews and merges as the model does, from the sources planned once', async () => {
    const client = new MergeClient();
    const plan = await client.planFor(sources);
    expect(plan).toEqual(planMerge(sources));
    const decisions = { ...NO_DECISIONS, accepted: plan.proposals.slice(0, 3).map((p) => p.id), rejected: plan.proposals.slice(3).map((p) => p.id) };
    const expected = mergeMaps(sources, decisions, { title: 'Alue', region: 'Kainuu', plan });
    expect(await client.preview(decisions, 'Alue')).toEqual(mergeMaps(sources, decisions, { title: 'Alue', plan }).report);
    const map = await client.merge(decisions, 'Alue', 'Kainuu');
    // Ids are new each time: compare what the map holds.
    expect(map.title).toBe('Alue');
    expect(map.region).toBe('Kainuu');
    expect(map.actors.map((a) => a.name)).toEqual(expected.map.actors.map((a) => a.name));
    expect(map.relations).toHaveLength(expected.map.relations.length);
    client.close();
  });

  it('a new plan replaces the sources of the one before', async () => {
    const client = new MergeClient();
    await client.planFor(sources);
    const fewer = sources.slice(0, 2);
    await client.planFor(fewer);
    expect((await client.preview(NO_DECISIONS, 'Alue')).sourceCount).toBe(2);
  });
});
