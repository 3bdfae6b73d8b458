/**
 * What goes to picture.worker (the job, a few thousand items a message) and what it sends back: the picture,
 * then (for tiles) its pieces a few thousand at a time.
 */
import type { MapSvg } from '../render/mapSvg';
import type { MapSvgJob } from '../render/mapSvgJob';
import type { SvgPiece } from '../render/svgTiles';

/** Pieces a message carries: copying 2000 pieces into the page is a task of a few ms; 50,000 at once was about a second. */
export const PIECES_PER_MESSAGE = 2000;

export type PictureReply =
  | { type: 'picture'; picture: Omit<MapSvg, 'tiled'> & { tiled?: MapSvg['tiled'] }; pieceMessages: number }
  | { type: 'pieces'; pieces: SvgPiece[] }
  | { type: 'error'; message: string };

/**
 * Collects a picture from the worker's replies: the picture first, then its pieces; resolves once all have come.
 * Returns the handler for each reply.
 */
export function pictureCollector(resolve: (picture: MapSvg) => void, reject: (error: Error) => void): (reply: PictureReply) => void {
  let picture: MapSvg | null = null;
  let waiting = 0;
  const finishIfDone = () => {
    if (picture && waiting === 0) resolve(picture);
  };
  return (reply) => {
    if (reply.type === 'error') reject(new Error(reply.message));
    else if (reply.type === 'picture') {
      const tiled = reply.picture.tiled ?? { width: 0, height: 0, rootAttributes: '', open: '', pieces: [], close: '' };
      picture = { ...reply.picture, tiled: { ...tiled, pieces: [...tiled.pieces] } };
      waiting = reply.pieceMessages;
      finishIfDone();
    } else if (picture) {
      // push one by one: spreading 2000 arguments is fine, but a loop keeps to no stack limit at all.
      for (const piece of reply.pieces) picture.tiled.pieces.push(piece);
      waiting--;
      finishIfDone();
    }
  };
}

/** A part of the job for picture.worker: copying a 5000-actor map's job in one message was a task of 50 ms on the page. */
export type JobPart =
  | { type: 'job'; job: MapSvgJob; want: 'svg' | 'tiles' }
  | { type: 'actors'; items: MapSvgJob['map']['actors'] }
  | { type: 'relations'; items: MapSvgJob['map']['relations'] }
  | { type: 'lines'; entries: [string, string[]][] }
  | { type: 'go' };

/** The job in parts: its head (the map without actors and relations, no label lines), then those a few thousand a message. */
export function* jobParts(job: MapSvgJob, want: 'svg' | 'tiles'): Generator<JobPart> {
  const { actors, relations } = job.map;
  yield { type: 'job', job: { ...job, map: { ...job.map, actors: [], relations: [] }, labelLines: {} }, want };
  for (let i = 0; i < actors.length; i += PIECES_PER_MESSAGE) yield { type: 'actors', items: actors.slice(i, i + PIECES_PER_MESSAGE) };
  for (let i = 0; i < relations.length; i += PIECES_PER_MESSAGE) yield { type: 'relations', items: relations.slice(i, i + PIECES_PER_MESSAGE) };
  const lines = Object.entries(job.labelLines);
  for (let i = 0; i < lines.length; i += PIECES_PER_MESSAGE) yield { type: 'lines', entries: lines.slice(i, i + PIECES_PER_MESSAGE) };
  yield { type: 'go' };
}

/** Puts the job together from its parts on the worker's side; returns the job and what is wanted once `go` has come. */
export function jobCollector(): (part: JobPart) => { job: MapSvgJob; want: 'svg' | 'tiles' } | null {
  let head: { job: MapSvgJob; want: 'svg' | 'tiles' } | null = null;
  return (part) => {
    if (part.type === 'job') head = { job: part.job, want: part.want };
    else if (!head) throw new Error(`job part ${part.type} before the job`);
    else if (part.type === 'actors') for (const item of part.items) head.job.map.actors.push(item);
    else if (part.type === 'relations') for (const item of part.items) head.job.map.relations.push(item);
    else if (part.type === 'lines') for (const [id, lines] of part.entries) head.job.labelLines[id] = lines;
    else return head;
    return null;
  };
}
