/**
 * Small helpers that read like a trainee's actions, so the tests read like the
 * exercise. They use the Finnish UI (the default language).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const actorNode = (page: Page, name: string): Locator => page.locator('.react-flow__node', { hasText: name });
/** A relation label by any part of its full text (its title holds the text before wrapping). */
export const relationLabel = (page: Page, text: string): Locator => page.getByTestId('relation-label').and(page.getByTitle(text));

export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Karttani|Mina kartor|My maps/ })).toBeVisible();
}

export async function createPersonalMap(page: Page, { title, author }: { title: string; author: string }) {
  await page.getByRole('button', { name: 'Uusi oma kartta' }).click();
  const dialog = page.getByTestId('new-map-dialog');
  await dialog.getByLabel('Kartan nimi').fill(title);
  await dialog.getByLabel('Tekijän nimi').fill(author);
  await dialog.getByRole('button', { name: 'Luo' }).click();
  await expect(actorNode(page, author)).toBeVisible();
}

const ADD_BUTTON = { person: 'Lisää henkilö', group: 'Lisää ryhmä', organisation: 'Lisää organisaatio' } as const;
const RING_NAME = { 1: 'Lähimmät', 2: 'Keskimmäiset', 3: 'Etäisimmät' } as const;

/** Add an actor with the toolbar, type its name on the canvas, and put it on a ring. */
export async function addActor(page: Page, type: keyof typeof ADD_BUTTON, name: string, ring?: 1 | 2 | 3) {
  await page.getByRole('button', { name: ADD_BUTTON[type] }).click();
  const field = page.getByRole('textbox', { name: /^Muokkaa nimeä/ });
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
  await expect(actorNode(page, name)).toBeVisible();
  if (ring) await page.getByTestId('actor-inspector').getByRole('radio', { name: RING_NAME[ring] }).check();
}

export async function selectActor(page: Page, name: string) {
  await actorNode(page, name).locator('.actor-node__name').click();
  await expect(page.getByTestId('actor-inspector').getByLabel('Nimi')).toHaveValue(name);
}

/** Drag from the source actor's connector onto the middle of the target actor. */
export async function drawRelation(page: Page, from: string, to: string) {
  const handle = actorNode(page, from).locator('.react-flow__handle.source');
  const start = (await handle.boundingBox())!;
  const end = (await actorNode(page, to).boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByTestId('relation-inspector')).toBeVisible();
}

/** In the open relation inspector: add topics and methods (preset chips or free text). */
export async function describeRelation(
  page: Page,
  { topics = [], methods = [], otherMethods = [] }: { topics?: string[]; methods?: string[]; otherMethods?: string[] },
) {
  const inspector = page.getByTestId('relation-inspector');
  for (const topic of topics) {
    await inspector.getByRole('textbox', { name: 'Lisää aihe' }).fill(topic);
    await inspector.getByRole('textbox', { name: 'Lisää aihe' }).press('Enter');
  }
  for (const method of methods) await inspector.getByRole('button', { name: method, exact: true }).click();
  for (const method of otherMethods) {
    await inspector.getByRole('textbox', { name: 'Muu tapa' }).fill(method);
    await inspector.getByRole('textbox', { name: 'Muu tapa' }).press('Enter');
  }
}

export async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
}

/** Everything stored in the app's IndexedDB, as plain data (for "nothing changed" checks). */
export async function dumpDatabase(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('verkostokartta');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('maps')) return resolve([]);
          const request = db.transaction('maps').objectStore('maps').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Import files through the library's file picker. */
export async function importFiles(page: Page, files: { name: string; text: string | Buffer }[]) {
  await page
    .getByTestId('import-input')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: typeof f.text === 'string' ? Buffer.from(f.text) : f.text })));
}
