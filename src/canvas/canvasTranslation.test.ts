import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { resources } from '../i18n/resources';
import { cachingT, withName, withValues } from './canvasTranslation';

describe('cachingT', () => {
  it('answers as t does, asking t once per key and values', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'fi', resources, interpolation: { escapeValue: false } });
    const t = vi.fn(instance.getFixedT('fi'));
    const cached = cachingT(t as never);
    expect(cached('actorType.person')).toBe(instance.t('actorType.person'));
    expect(cached('actorType.person')).toBe(instance.t('actorType.person'));
    expect(cached('services.count', { count: 2 })).toBe(instance.t('services.count', { count: 2 }));
    expect(cached('services.count', { count: 1 })).toBe(instance.t('services.count', { count: 1 }));
    expect(cached('services.count', { count: 2 })).toBe(instance.t('services.count', { count: 2 }));
    expect(t).toHaveBeenCalledTimes(3);
  });
});

describe('withName', () => {
  it('gives the sentence t gives, for any name (even one with $& or {{ }} in it), translating it once for all actors', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'fi', resources, interpolation: { escapeValue: false } });
    for (const lng of ['fi', 'sv', 'en']) {
      const t = vi.fn(instance.getFixedT(lng));
      const cached = cachingT(t as never);
      for (const name of ['Kela', 'A & B <i>', "$& $' {{name}}", '']) {
        expect(withName(cached, 'canvas.connect', name)).toBe(instance.getFixedT(lng)('canvas.connect', { name }));
      }
      expect(t).toHaveBeenCalledTimes(1);
    }
  });
});

describe('withValues', () => {
  it('gives the sentence t gives for every value, even values that look like stand-ins or {{ }}, translating it once', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'fi', resources, interpolation: { escapeValue: false } });
    for (const lng of ['fi', 'sv', 'en']) {
      const t = vi.fn(instance.getFixedT(lng));
      const cached = cachingT(t as never);
      const pairs: [string, string][] = [
        ['Aino', 'Kela'],
        ['{{target}}', '\u0000source\u0000'],
        ["$& $'", 'A & B <i>'],
      ];
      for (const [source, target] of pairs) {
        expect(withValues(cached, 'direction.both', { source, target })).toBe(instance.getFixedT(lng)('direction.both', { source, target }));
      }
      expect(t).toHaveBeenCalledTimes(1);
    }
  });
});
