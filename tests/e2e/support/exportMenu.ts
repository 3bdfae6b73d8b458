/** The toolbar's export menu, as a user opens it: two actions (open, choose). Finnish UI. */
import type { Page } from '@playwright/test';

export const EXPORT = {
  map1: 'Koko kartta PNG 1×',
  map2: 'Koko kartta PNG 2× (suositus)',
  map3: 'Koko kartta PNG 3×',
  view1: 'Nykyinen näkymä PNG 1×',
  view: 'Nykyinen näkymä PNG 2× (suositus)',
  view3: 'Nykyinen näkymä PNG 3×',
  json: 'Kartta JSON-tiedostona',
  kumuXlsx: 'Taulukko Kumun muodossa (XLSX)',
  kumuCsv: 'Taulukot Kumun muodossa (CSV, zip)',
  graphml: 'Verkko GraphML-muodossa (Gephi, Cytoscape)',
  svg: 'Koko kartta SVG (vektorikuva)',
  share: 'Jaa linkkinä tai QR-koodina…',
  print: 'Tulosta näkymät',
} as const;

export const exportButton = (page: Page) => page.getByRole('button', { name: 'Vie', exact: true });

/** Open the export menu and choose one item. */
export async function exportFromMenu(page: Page, item: keyof typeof EXPORT) {
  await exportButton(page).click();
  await page.getByRole('menuitem', { name: EXPORT[item], exact: true }).click();
}
