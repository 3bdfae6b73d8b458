import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { flowAriaLabels } from './flowAriaLabels';

describe('flowAriaLabels', () => {
  it('says where an actor moved by keyboard in the user’s language, not React Flow’s English "up"', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'fi', interpolation: { escapeValue: false } });
    const moved = flowAriaLabels(i18n.t)['node.a11yDescription.ariaLiveMessage'];
    expect(moved({ direction: 'up', x: 10, y: 20 })).toBe('Toimija siirretty: ylös. Uusi paikka x 10, y 20.');
    await i18n.changeLanguage('sv');
    expect(flowAriaLabels(i18n.t)['node.a11yDescription.ariaLiveMessage']({ direction: 'left', x: 0, y: 5 })).toBe(
      'Aktören flyttad: åt vänster. Ny plats x 0, y 5.',
    );
  });
});
