/**
 * Draws the whole-map picture (render/mapSvg) off the main thread: building the
 * scene of a 1000-actor map (routes, label places) took half a second in one task.
 */
import { renderMapSvg } from '../render/mapSvg';
import { fromMapSvgJob } from '../render/mapSvgJob';
import { type JobPart, jobCollector, PIECES_PER_MESSAGE, type PictureReply } from './pictureReply';

const post = (reply: PictureReply) => (self as unknown as Worker).postMessage(reply);

/**
 * `want`: the SVG text (the SVG file, print) or its tiles (the PNG); copying both back for a 5000-actor map costs the page.
 * The tiles' pieces go in messages of PIECES_PER_MESSAGE: the page copies each message in one task, and the
 * 50,000 pieces of a 5000-actor map in one message took one task of about a second there.
 */
const collect = jobCollector();

/** The job comes in parts (pictureReply jobParts); the picture is drawn once the last has come. */
self.onmessage = (event: MessageEvent<JobPart>) => {
  try {
    const ready = collect(event.data);
    if (!ready) return;
    const picture = renderMapSvg(fromMapSvgJob(ready.job));
    if (ready.want === 'svg') {
      post({ type: 'picture', picture: { ...picture, tiled: undefined }, pieceMessages: 0 });
      return;
    }
    const pieces = picture.tiled.pieces;
    const pieceMessages = Math.ceil(pieces.length / PIECES_PER_MESSAGE);
    post({ type: 'picture', picture: { ...picture, svg: '', tiled: { ...picture.tiled, pieces: [] } }, pieceMessages });
    for (let i = 0; i < pieces.length; i += PIECES_PER_MESSAGE) post({ type: 'pieces', pieces: pieces.slice(i, i + PIECES_PER_MESSAGE) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
