/**
 * Writes a map in one of the registry's file formats off the main thread: the
 * Kumu workbook of a 1000-actor map took one half-second task to zip. Only the
 * formats that need nothing but the map come here (not the SVG: its picture
 * input needs the translations, and it has a worker of its own).
 */
import type { MapDoc } from '../model';
import { WRITABLE_FORMATS } from './formats';

self.onmessage = async (event: MessageEvent<{ format: string; map: MapDoc }>) => {
  const post = (message: unknown) => (self as unknown as Worker).postMessage(message);
  try {
    const format = WRITABLE_FORMATS.find((f) => f.id === event.data.format);
    if (!format?.write) throw new Error(`no writer for ${event.data.format}`);
    const written = await format.write(event.data.map, {
      picture: () => {
        throw new Error('no picture in a worker');
      },
    });
    post({ written });
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  }
};
