/** The whole map as a vector picture (print, slides): the same SVG the whole-map PNG is rasterised from. */
import type { FileFormat } from './registry';

export const svgFormat: FileFormat = {
  id: 'svg',
  extensions: ['.svg'],
  mimeTypes: ['image/svg+xml'],
  write: async (_map, context) => {
    const { renderMapSvg } = await import('../../render/mapSvg');
    const { svg } = renderMapSvg(context.picture());
    return { blob: new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), extension: 'svg' };
  },
};
