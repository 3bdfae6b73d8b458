/** What picture.worker sends back: the picture, then (for tiles) its pieces a few thousand at a time. */
import type { MapSvg } from '../render/mapSvg';
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
