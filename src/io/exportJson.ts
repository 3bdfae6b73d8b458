import { toMapJson, type MapDoc } from '../model';
import { downloadBlob, fileNameFor } from './download';

export function exportMapJson(map: MapDoc) {
  downloadBlob(new Blob([toMapJson(map)], { type: 'application/json' }), fileNameFor(map.title, 'json'));
}
