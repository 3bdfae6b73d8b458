/**
 * GraphML (see model/interchange/graphml.ts): opens in Gephi, Cytoscape,
 * Network Canvas and networkx. Parsed with the browser's DOMParser; a file that
 * is not well-formed XML is a FormatError, never a half-read map.
 */
import type { MapDoc } from '../../model';
import { InterchangeError } from '../../model/interchange/errors';
import { graphmlToFile, mapToGraphml, type XmlElement } from '../../model/interchange/graphml';
import { asFormatErrors, titleFromFileName } from './fromInterchange';
import type { FileFormat } from './registry';

/** Parse with the given DOMParser (the browser's; jsdom's in Node tests). */
export function readGraphmlText(text: string, fileName: string, parser: { parseFromString(text: string, type: 'application/xml'): Document }): unknown {
  const document = parser.parseFromString(text, 'application/xml');
  const root = document.documentElement;
  if (!root || root.getElementsByTagName('parsererror').length > 0 || root.localName === 'parsererror') throw new InterchangeError('notXml');
  return graphmlToFile(root as unknown as XmlElement, { fallbackTitle: titleFromFileName(fileName) });
}

export const graphmlFormat: FileFormat = {
  id: 'graphml',
  extensions: ['.graphml'],
  mimeTypes: ['application/graphml+xml'],
  read: (file) => asFormatErrors(() => readGraphmlText(new TextDecoder().decode(file.bytes), file.name, new DOMParser())),
  write: async (map: MapDoc) => ({ blob: new Blob([mapToGraphml(map)], { type: 'application/graphml+xml' }), extension: '.graphml' }),
};
