/** The whole map as a vector picture (print, slides): the same SVG the whole-map PNG is rasterised from. */
import type { FileFormat } from './registry';

export const svgFormat: FileFormat = {
  id: 'svg',
  extensions: ['.svg'],
  mimeTypes: ['image/svg+xml'],
  write: async (_map, context) => {
    // Drawn in a worker for a big map: building its scene takes too long for the page's own thread.
    const { renderPicture } = await import('../renderPicture');
    const { svg } = await renderPicture(context.picture(), 'svg');
    return { blob: new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), extension: 'svg' };
  },
};
