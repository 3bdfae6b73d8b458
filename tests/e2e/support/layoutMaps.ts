/**
 * Regional maps with a stored layout, written as other tools (or an older
 * version) would write them: actors in a row, parallel and opposite relations,
 * long Finnish words and many labels. The shapes that used to mislead.
 */
import { fileOf } from './maps';

type Actor = [id: string, name: string, x: number, y: number];
type Rel = [source: string, target: string, direction: 'forward' | 'backward' | 'both', topics: string[], methods: string[]];

export function regionalWithLayout(input: { id: string; title: string; actors: Actor[]; relations: Rel[] }): string {
  return fileOf({
    id: input.id,
    title: input.title,
    kind: 'regional',
    actors: input.actors.map(([id, name, x, y]) => ({ id, name, type: 'organisation', position: { x, y } })),
    relations: input.relations.map(([source, target, direction, topics, methods], i) => ({ id: `r${i}`, source, target, direction, topics, methods })),
  });
}

/** Three actors in a row (A–B–C, and A–C over them), two relations each way between A and B, a tangle of long labels below. */
export const kainuuRow = regionalWithLayout({
  id: 'kainuu-row',
  title: 'Kainuun rivi',
  actors: [
    ['a', 'Oppisopimustoimisto', 0, 0],
    ['b', 'Työllisyyspalvelut', 340, 0],
    ['c', 'Ohjaamo Kajaani', 680, 0],
    ['d', 'Kela', 0, 300],
    ['e', 'Etsivä nuorisotyö', 340, 300],
    ['f', 'Kainuun sote', 680, 300],
  ],
  relations: [
    ['a', 'b', 'forward', ['Oppisopimustoimisto'], ['tapaaminen', 'sähköposti']],
    ['b', 'c', 'both', ['Työllisyyspalvelut'], ['puhelin']],
    ['a', 'c', 'forward', ['asumisneuvonta ja talousneuvonta'], ['kokous']],
    ['a', 'b', 'both', ['työkokeilu'], ['palaveri']],
    ['b', 'a', 'forward', ['palkkatuki ja työllisyyspalvelut'], ['kirje']],
    ['d', 'e', 'forward', ['toimeentulotuki'], ['puhelin', 'sähköposti']],
    ['e', 'd', 'forward', ['Kelan kuntoutus'], ['tapaaminen']],
    ['e', 'f', 'both', ['mielenterveyspalvelut ja päihdepalvelut'], ['verkostopalaveri']],
    ['d', 'f', 'forward', ['asumisneuvonta ja talousneuvonta'], ['sähköposti']],
    ['a', 'e', 'backward', ['Oppisopimustoimisto Työllisyyspalvelut'], ['tapaaminen']],
    ['b', 'f', 'forward', ['nuorten työpajat'], ['puhelin']],
    ['c', 'e', 'both', ['etsivä nuorisotyö ja ohjaus'], ['chat', 'puhelin']],
    ['b', 'd', 'forward', ['Työllisyyspalvelut'], ['sähköposti']],
  ],
});
