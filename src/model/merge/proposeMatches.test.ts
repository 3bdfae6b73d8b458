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

  it('are found among 25 maps × 40 actors well within a second', () => {
    const candidates = planActors(regionOfManyMaps(25, 40));
    const started = performance.now();
    const proposals = proposeMatches(candidates);
    const ms = performance.now() - started;
    console.log(
      `proposeMatches: ${candidates.length} actors, ${new Set(candidates.map((c) => c.name.toLowerCase())).size} names, ${proposals.length} proposals in ${ms.toFixed(0)} ms`,
    );
    expect(proposals.length).toBeGreaterThan(0);
  });

  it('cope with 1000 distinct names', () => {
    const candidates = syntheticNames(1000);
    const started = performance.now();
    proposeMatches(candidates);
    console.log(`proposeMatches: 1000 distinct names in ${(performance.now() - started).toFixed(0)} ms`);
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
