/**
 * Puts the tiles of a big picture together and encodes the PNG off the main
 * thread (io/tiledPng rasterises the tiles). Encoding 100 M pixels takes
 * seconds; here it freezes nothing. Messages: `start` (size), `tile` (an
 * ImageBitmap and where it goes, transferred), `finish` → the PNG Blob back.
 */
export type AssemblerMessage =
  | { type: 'start'; width: number; height: number }
  | { type: 'tile'; x: number; y: number; bitmap: ImageBitmap }
  | { type: 'finish' };

export type AssemblerReply = { type: 'done'; blob: Blob } | { type: 'error'; message: string };

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

const post = (reply: AssemblerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<AssemblerMessage>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      canvas = new OffscreenCanvas(message.width, message.height);
      context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, message.width, message.height);
    } else if (message.type === 'tile') {
      context!.drawImage(message.bitmap, message.x, message.y);
      message.bitmap.close();
    } else {
      const blob = await canvas!.convertToBlob({ type: 'image/png' });
      canvas = null;
      context = null;
      post({ type: 'done', blob });
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
