/** The app's own interchange file (docs/format.md). Reading it is the parse step of restore, done by importFiles (in a worker when large). */
import { toMapJson } from '../../model';
import { FormatError, type FileFormat } from './registry';

export const jsonFormat: FileFormat = {
  id: 'json',
  extensions: ['.json'],
  mimeTypes: ['application/json'],
  read: async ({ bytes }) => {
    try {
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new FormatError('notJson');
    }
  },
  write: async (map) => ({ blob: new Blob([toMapJson(map)], { type: 'application/json' }), extension: 'json' }),
};
