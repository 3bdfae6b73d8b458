import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('fileNameFor: exported file names read like the map title', () => {
  it('keeps the title as written, spaces and dashes included (no "-–-")', () => {
    expect(fileNameFor('Verkostoni – Kajaanin ohjaamo', 'json')).toBe('Verkostoni – Kajaanin ohjaamo.json');
    expect(fileNameFor('Verkostoni – Kajaanin ohjaamo', 'png')).not.toContain('-–-');
  });
  it('keeps letters of any language, in composed form', () => {
    expect(fileNameFor('Nätverkskarta för Åbo', 'png')).toBe('Nätverkskarta för Åbo.png');
    expect(fileNameFor('Mo\u0308kki', 'json')).toBe('Mökki.json');
  });
  it('drops what Windows or macOS refuse, and collapses spaces', () => {
    expect(fileNameFor('TE/TYP: yhteistyö?  "Kainuu" <2026> | *', 'json')).toBe('TE TYP yhteistyö Kainuu 2026.json');
    expect(fileNameFor('rivi\nrivi\ttab', 'json')).toBe('rivi rivi tab.json');
  });
  it('drops leading dots and trailing dots and spaces', () => {
    expect(fileNameFor('...piilo', 'json')).toBe('piilo.json');
    expect(fileNameFor('Kartta. . ', 'json')).toBe('Kartta.json');
  });
  it('avoids names Windows reserves', () => {
    expect(fileNameFor('CON', 'json')).toBe('verkostokartta-CON.json');
    expect(fileNameFor('lpt1', 'png')).toBe('verkostokartta-lpt1.png');
  });
  it('falls back to a name when nothing is left', () => {
    expect(fileNameFor('', 'json')).toBe('verkostokartta.json');
    expect(fileNameFor(' /// ', 'png')).toBe('verkostokartta.png');
  });
  it('cuts long titles at 80 characters without splitting a character', () => {
    const name = fileNameFor(`${'ä'.repeat(79)}😀😀`, 'json');
    expect([...name.replace(/\.json$/, '')]).toHaveLength(80);
    expect(name).toBe(`${'ä'.repeat(79)}😀.json`);
  });
});
