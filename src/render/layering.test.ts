import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Import specifiers of every source file in a folder (static and dynamic). */
function importsOf(folder: string): { file: string; from: string }[] {
  const dir = join(import.meta.dirname, '..', folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => ({ file: `${folder}/${file}`, from: m[1]! })),
    );
}

describe('layers', () => {
  it('render imports only the model (and itself): screen and picture share it without pulling in React or the DOM', () => {
    const outside = importsOf('render').filter(({ from }) => !from.startsWith('./') && from !== '../model' && !from.startsWith('../model/'));
    expect(outside).toEqual([]);
  });

  it('io does not import the canvas (the picture is drawn by render)', () => {
    expect(importsOf('io').filter(({ from }) => from.includes('canvas'))).toEqual([]);
  });
});
