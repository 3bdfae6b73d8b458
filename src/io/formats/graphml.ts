/**
 * GraphML: opens in Gephi, Cytoscape, Network Canvas and networkx. Parsed with
 * the browser's DOMParser. The converter loads on first use, so the registry's
 * list costs the start-up bundle only this descriptor.
 */
import { asFormatErrors } from './fromInterchange';
import type { FileFormat } from './registry';

export const graphmlFormat: FileFormat = {
  id: 'graphml',
  extensions: ['.graphml'],
  mimeTypes: ['application/graphml+xml'],
  read: async (file) => {
    const { readGraphmlText } = await import('./graphmlCodec');
    return asFormatErrors(() => readGraphmlText(new TextDecoder().decode(file.bytes), file.name, new DOMParser()));
  },
  write: async (map) => {
    const { mapToGraphml } = await import('../../model/interchange/graphml');
    return { blob: new Blob([mapToGraphml(map)], { type: 'application/graphml+xml' }), extension: '.graphml' };
  },
};
