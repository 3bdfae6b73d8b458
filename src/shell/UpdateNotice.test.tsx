import i18next from 'i18next';
import { JSDOM } from 'jsdom';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resources } from '../i18n/resources';
import { useAppUpdate } from './appUpdateStore';
import { UpdateNotice } from './UpdateNotice';

/**
 * The notice driven through the store the registration's callbacks feed (registerServiceWorker.ts),
 * rendered by React into a jsdom document: what it says, and what its buttons do.
 */
const initial = useAppUpdate.getState();
let dom: JSDOM;
let root: Root;

beforeEach(() => {
  useAppUpdate.setState(initial, true);
  dom = new JSDOM('<!doctype html><div id="root"></div>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, IS_REACT_ACT_ENVIRONMENT: true });
});
afterEach(() => {
  act(() => root.unmount());
  dom.window.close();
});

async function render(language: 'fi' | 'sv' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: language, interpolation: { escapeValue: false } });
  root = createRoot(dom.window.document.getElementById('root')!);
  act(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <UpdateNotice />
      </I18nextProvider>,
    ),
  );
  return dom.window.document;
}
const notice = (doc: Document) => doc.querySelector('[data-testid="app-update"]');
const button = (doc: Document, id: string) => doc.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);

describe('UpdateNotice', () => {
  it('shows nothing until the worker has news, then the waiting version as it arrives', async () => {
    const doc = await render('fi');
    expect(notice(doc)).toBeNull();
    act(() => useAppUpdate.getState().showNeedRefresh());
    expect(notice(doc)?.textContent).toContain('Uusi versio on valmis – päivitä');
  });

  it.each([
    ['fi', 'Uusi versio on valmis – päivitä', 'Päivitä', 'Myöhemmin'],
    ['sv', 'En ny version är klar – uppdatera', 'Uppdatera', 'Senare'],
    ['en', 'A new version is ready – update', 'Update', 'Later'],
  ] as const)('a waiting version (%s): Update hands over once; nothing happens without the click', async (language, text, update, later) => {
    const apply = vi.fn(async () => {});
    useAppUpdate.getState().setApplyUpdate(apply);
    useAppUpdate.getState().showNeedRefresh();
    const doc = await render(language);
    expect(notice(doc)?.getAttribute('role')).toBe('status');
    expect(notice(doc)?.textContent).toContain(text);
    expect(button(doc, 'app-update-apply')?.textContent).toBe(update);
    expect(button(doc, 'app-update-dismiss')?.textContent).toBe(later);
    expect(apply).not.toHaveBeenCalled();
    await act(async () => button(doc, 'app-update-apply')!.click());
    expect(apply).toHaveBeenCalledTimes(1);
    expect(notice(doc)).toBeNull();
  });

  it('"Later" hides the notice and does not update', async () => {
    const apply = vi.fn(async () => {});
    useAppUpdate.getState().setApplyUpdate(apply);
    useAppUpdate.getState().showNeedRefresh();
    const doc = await render('en');
    act(() => button(doc, 'app-update-dismiss')!.click());
    expect(notice(doc)).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('ready offline: the message and a dismiss button, no Update, and it goes away by itself', async () => {
    vi.useFakeTimers();
    try {
      useAppUpdate.getState().showOfflineReady();
      const doc = await render('sv');
      expect(notice(doc)?.textContent).toContain('Appen fungerar nu också utan nätverksanslutning.');
      expect(button(doc, 'app-update-apply')).toBeNull();
      expect(button(doc, 'app-update-dismiss')?.textContent).toBe('Dölj');
      act(() => vi.advanceTimersByTime(8000));
      expect(notice(doc)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
