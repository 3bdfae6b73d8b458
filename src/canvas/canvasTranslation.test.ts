import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { resources } from '../i18n/resources';
import { cachingT } from './canvasTranslation';

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
