import { describe, expect, it } from 'vitest';
import { compareNames, toComparable } from './compareNames';
import { regionOfManyMaps, syntheticNames } from './fixtures';
import { planActors } from './plan';
import { proposeMatches, type MatchProposal } from './proposeMatches';

function proposalsFor(...names: string[]): MatchProposal[] {
  return proposeMatches(names.map((name, i) => ({ key: `k${i}`, name })));
}

function isProposed(a: string, b: string): boolean {
  return proposalsFor(a, b).length > 0;
}

describe('proposeMatches: probable duplicates are proposed', () => {
  it.each([
    ['Kainuun TE-toimisto', 'TE-toimisto Kainuu', 'sameWords'],
    ['Ohjaamo Kajaani', 'Ohjaamo, Kajaani', 'sameWords'],
    ['Kajaanin Ohjaamo', 'Ohjaamo Kajaani', 'sameWords'],
    ['Navigatorn Vasa', 'Navigatorns Vasa', 'sameWords'],
    ['Seinäjoen TE-toimisto', 'TE-toimisto Seinäjoki', 'similar'],
    ['Etsivä nuorisotyö', 'Etsiva nuorisotyo', 'similar'],
    ['Kuraattori', 'Kuratori', 'similar'],
    ['Työpaja', 'Tyopaja', 'similar'],
    ['Åbo Navigatorn', 'Abo Navigatorn', 'similar'],
    ['Uppsökande ungdomsarbete', 'Uppsökande ungdomsarbetet', 'similar'],
    ['Kuraattori Liisa', 'Kuraattori Lisa', 'similar'],
    ['Ohjaamo', 'Ohjaamo Kajaani', 'contained'],
    ['Kela', 'Kelan palvelupiste', 'contained'],
  ])('%j ~ %j (%s)', (a, b, reason) => {
    const [proposal] = proposalsFor(a, b);
    expect(proposal).toMatchObject({ reason });
    expect(proposal!.names.slice().sort()).toEqual([a, b].sort());
  });

  it('scores the same words 100 and typos lower', () => {
    expect(proposalsFor('Kainuun TE-toimisto', 'TE-toimisto Kainuu')[0]!.score).toBe(100);
    const typo = proposalsFor('Kuraattori', 'Kuratori')[0]!.score;
    expect(typo).toBeGreaterThanOrEqual(80);
    expect(typo).toBeLessThan(100);
  });
});

describe('proposeMatches: clearly different actors are not proposed', () => {
  it.each([
    ['TE-toimisto Kainuu', 'TE-toimisto Oulu'],
    ['Ohjaamo Kajaani', 'Ohjaamo Oulu'],
    ['Kainuun TE-toimisto', 'TE-toimisto Oulu'],
    ['Etsivä nuorisotyö Kajaani', 'Etsivä nuorisotyö Kuhmo'],
    ['Opinto-ohjaaja, Kajaanin lukio', 'Opinto-ohjaaja, Sotkamon lukio'],
    ['TE-toimisto Kemi', 'TE-toimisto Keminmaa'],
    ['Kuraattori Liisa', 'Kuraattori Leena'],
    ['Navigatorn Vasa', 'Navigatorn Åbo'],
    ['Kela', 'TYP'],
    ['TE', 'TE-toimisto Kainuu'],
    ['Ohjaamo 1', 'Ohjaamo 2'],
  ])('%j ≁ %j', (a, b) => {
    expect(isProposed(a, b)).toBe(false);
  });

  it('does not propose names that are equal after normalisation (they merge anyway)', () => {
    expect(proposalsFor('Ohjaamo Kajaani', ' ohjaamo  KAJAANI', 'Työpaja'.normalize('NFD'), 'työpaja')).toEqual([]);
  });

  it('ignores names without letters or digits', () => {
    expect(proposalsFor('???', '!!!', '-')).toEqual([]);
  });
});

describe('proposeMatches: proposals', () => {
  it('name the first actor carrying each name, under an id independent of order and spelling', () => {
    const a = proposeMatches([
      { key: '0:a', name: 'Kuraattori' },
      { key: '1:b', name: 'kuraattori' },
      { key: '2:c', name: 'Kuratori' },
    ]);
    const b = proposeMatches([
      { key: '2:c', name: 'KURATORI' },
      { key: '0:a', name: 'Kuraattori ' },
    ]);
    expect(a).toEqual([{ id: 'kuraattori\nkuratori', actorKeys: ['0:a', '2:c'], names: ['Kuraattori', 'Kuratori'], score: 89, reason: 'similar' }]);
    expect(b.map((p) => p.id)).toEqual(a.map((p) => p.id));
  });

  it('come best first', () => {
    const scores = proposalsFor('Kuraattori', 'Kuratori', 'Ohjaamo', 'Ohjaamo Kajaani', 'Kajaanin Ohjaamo').map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  // How long these take is measured by `npm run bench` (bench/lib/merge.mjs), not here.
  it('are found among 25 maps × 40 actors, each pairing two different names of the candidates, best first', () => {
    const candidates = planActors(regionOfManyMaps(25, 40));
    const keys = new Set(candidates.map((c) => c.key));
    const proposals = proposeMatches(candidates);
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) {
      expect(keys.has(p.actorKeys[0]) && keys.has(p.actorKeys[1])).toBe(true);
      expect(p.actorKeys[0]).not.toBe(p.actorKeys[1]);
      expect(p.names[0].toLowerCase()).not.toBe(p.names[1].toLowerCase());
    }
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
  });

  it('among 1000 random distinct names propose only pairs that are alike, and each pair once', () => {
    const candidates = syntheticNames(1000);
    const proposals = proposeMatches(candidates);
    const pairs = proposals.map((p) => [...p.actorKeys].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const p of proposals) {
      expect(p.actorKeys[0]).not.toBe(p.actorKeys[1]);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
    }
    // Random syllable names are mostly unlike each other: proposing most of them would flood the review.
    expect(proposals.length).toBeLessThan(candidates.length);
  });
});

describe('compareNames', () => {
  it('keeps å, ä and ö as letters', () => {
    expect(toComparable('Työpaja Åbo').tokens).toEqual(['abo'.replace('a', 'å'), 'työpaja']);
  });

  it('reads a decomposed ö as one letter', () => {
    expect(toComparable('Työpaja'.normalize('NFD')).sorted).toBe('työpaja');
  });

  it('is symmetric', () => {
    const a = toComparable('Kainuun TE-toimisto');
    const b = toComparable('TE-toimisto Kainuu ry');
    expect(compareNames(a, b)).toEqual(compareNames(b, a));
  });
});
