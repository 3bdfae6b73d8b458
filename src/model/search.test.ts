import { describe, expect, it } from 'vitest';
import { createActor, createMap, createRelation, type MapDoc } from './index';
import { editDistance, foldText, matchCost, searchMap, searchWords } from './search';

/** A small regional map of Kainuu and Åboland, in Finnish and Swedish. */
function region(): MapDoc {
  const map = createMap({ kind: 'regional', title: 'Alue' });
  const service = (name: string) => ({ name, tno: [], areas: [] });
  const actors = [
    createActor({ id: 'ohj', type: 'organisation', name: 'Ohjaamo Kajaani', services: [service('Asumisneuvonta'), service('Uraohjaus')] }),
    createActor({ id: 'te', type: 'organisation', name: 'TE-toimisto', services: [service('Työnhaku')] }),
    createActor({ id: 'sos', type: 'person', name: 'Sosiaaliohjaaja Pekka', organisation: 'Kainuun sote' }),
    createActor({ id: 'kela', type: 'organisation', name: 'Kela Kajaani' }),
    createActor({ id: 'abo', type: 'organisation', name: 'Navigatorn Åbo', services: [service('Boende\u00adrådgivning')] }),
    createActor({ id: 'user', type: 'group', name: 'Käyttäjäraati' }),
    createActor({ id: 'far', type: 'person', name: 'Yrittäjä Jukka' }),
  ];
  const relations = [
    createRelation({ id: 'r1', source: 'ohj', target: 'sos', direction: 'both', topics: ['asumisneuvonta'], methods: ['meeting'] }),
    createRelation({ id: 'r2', source: 'sos', target: 'kela', direction: 'forward', topics: ['Asumisneuvonta', 'toimeentulotuki'], methods: ['phone'] }),
    createRelation({ id: 'r3', source: 'te', target: 'ohj', direction: 'forward', topics: ['CV', 'työnhaku'], methods: ['email', 'Teams'] }),
    createRelation({ id: 'r4', source: 'abo', target: 'user', direction: 'backward', topics: ['boende'], methods: ['phone'] }),
  ];
  return { ...map, actors, relations };
}

const METHOD_NAMES = { meeting: 'tapaaminen', phone: 'puhelin', email: 'sähköposti' };

describe('folding and distance', () => {
  it('folds case and å, ä, ö, and splits at hyphens', () => {
    expect(foldText('Käyttäjä ÅBO')).toBe('kayttaja abo');
    expect(searchWords('TE-toimisto  Kainuu')).toEqual(['te', 'toimisto', 'kainuu']);
    // A decomposed ö (macOS) folds like a composed one.
    expect(foldText('tyo\u0308')).toBe(foldText('työ'));
  });
  it('counts an adjacent swap as one edit and gives up beyond the bound', () => {
    expect(editDistance('kela', 'klea', 2)).toBe(1);
    expect(editDistance('ohjaamo', 'ohjamo', 2)).toBe(1);
    expect(editDistance('kela', 'kainuu', 1)).toBe(2);
  });
  it('matches whole words and beginnings, never the middle', () => {
    expect(matchCost(['asumis'], 'Asumisneuvonta')).toBe(1);
    expect(matchCost(['neuvonta'], 'Asumisneuvonta')).toBeNull();
    expect(matchCost(['kela'], 'Kela Kajaani')).toBe(0);
  });
});

describe('searchMap', () => {
  it('answers a topic with every relation and service carrying it, and the actors at their ends', () => {
    const [hit] = searchMap(region(), 'asumisneuvonta');
    expect(hit).toMatchObject({ kind: 'topic', cost: 0 });
    expect(new Set(hit!.relations)).toEqual(new Set(['r1', 'r2']));
    // ohj offers the service and is at r1's end; sos and kela are at the ends.
    expect(new Set(hit!.actors)).toEqual(new Set(['ohj', 'sos', 'kela']));
  });

  it('finds a topic by the beginning of a word, in any case', () => {
    const hit = searchMap(region(), 'ASUMIS').find((h) => h.kind === 'topic');
    expect(hit?.label.toLowerCase()).toBe('asumisneuvonta');
  });

  it('tolerates a missing ä/ö and small typos', () => {
    expect(searchMap(region(), 'kayttaja')[0]).toMatchObject({ kind: 'actor', value: 'user' });
    expect(searchMap(region(), 'tyonhaku').find((h) => h.kind === 'topic')?.relations).toEqual(['r3']);
    // One typo in a short word, two in a long one.
    expect(searchMap(region(), 'klea')[0]).toMatchObject({ kind: 'actor', value: 'kela' });
    expect(searchMap(region(), 'sosiaaliohjja')[0]).toMatchObject({ kind: 'actor', value: 'sos' });
    expect(searchMap(region(), 'asumsi').some((h) => h.kind === 'topic' && h.relations.length === 2)).toBe(true);
  });

  it('does not forgive typos in two-letter words: "CV" finds CV, not every two-letter word', () => {
    const hits = searchMap(region(), 'cv');
    expect(hits.map((h) => h.label)).toEqual(['CV']);
    expect(hits[0]).toMatchObject({ kind: 'topic', relations: ['r3'] });
    expect(new Set(hits[0]!.actors)).toEqual(new Set(['te', 'ohj']));
  });

  it('finds Swedish words with å typed as a', () => {
    expect(searchMap(region(), 'abo')[0]).toMatchObject({ kind: 'actor', value: 'abo' });
    expect(searchMap(region(), 'boende').find((h) => h.kind === 'topic')?.relations).toEqual(['r4']);
    // The middle of a word is not searched; a soft hyphen in a name is not a word break.
    expect(searchMap(region(), 'rådgivning')).toEqual([]);
    expect(searchMap(region(), 'boenderadgivning')[0]).toMatchObject({ kind: 'service', actors: ['abo'] });
  });

  it('finds preset methods by their translated names and free-text methods as written', () => {
    const phone = searchMap(region(), 'puhelin', { methodNames: METHOD_NAMES });
    expect(phone[0]).toMatchObject({ kind: 'method', value: 'phone', label: 'puhelin' });
    expect(new Set(phone[0]!.relations)).toEqual(new Set(['r2', 'r4']));
    expect(new Set(phone[0]!.actors)).toEqual(new Set(['sos', 'kela', 'abo', 'user']));
    expect(searchMap(region(), 'sahkoposti', { methodNames: METHOD_NAMES })[0]).toMatchObject({ kind: 'method', value: 'email' });
    expect(searchMap(region(), 'teams')[0]).toMatchObject({ kind: 'method', value: 'Teams', relations: ['r3'] });
  });

  it('finds an actor by its organisation, and a service carried by actors without relations about it', () => {
    expect(searchMap(region(), 'sote')[0]).toMatchObject({ kind: 'actor', value: 'sos', detail: 'Kainuun sote' });
    expect(searchMap(region(), 'uraohjaus')[0]).toMatchObject({ kind: 'service', actors: ['ohj'], relations: [] });
  });

  it('needs every query word, and ranks whole words before beginnings and typos', () => {
    expect(searchMap(region(), 'ohjaamo kajaani').map((h) => h.value)).toEqual(['ohj']);
    expect(searchMap(region(), 'ohjaamo pekka')).toEqual([]);
    const kaj = searchMap(region(), 'kaja');
    expect(kaj.map((h) => h.value).sort()).toEqual(['kela', 'ohj']);
    expect(searchMap(region(), '  ')).toEqual([]);
    expect(searchMap(region(), 'a', { limit: 2 })).toHaveLength(2);
  });
});
