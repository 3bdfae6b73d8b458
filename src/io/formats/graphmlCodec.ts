/**
 * Reading GraphML text: parsed as XML by a DOMParser (the browser never fetches
 * external entities), then converted by model/interchange/graphml. Loaded on
 * first use by ./graphml.ts.
 */
import { InterchangeError } from '../../model/interchange/errors';
import { graphmlToFile, type XmlElement } from '../../model/interchange/graphml';
import { titleFromFileName } from './fromInterchange';

/** Parse with the given DOMParser (the browser's; jsdom's in Node tests). */
export function readGraphmlText(text: string, fileName: string, parser: { parseFromString(text: string, type: 'application/xml'): Document }): unknown {
  const document = parser.parseFromString(text, 'application/xml');
  const root = document.documentElement;
  if (!root || root.getElementsByTagName('parsererror').length > 0 || root.localName === 'parsererror') throw new InterchangeError('notXml');
  return graphmlToFile(root as unknown as XmlElement, { fallbackTitle: titleFromFileName(fileName) });
}
