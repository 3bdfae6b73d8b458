/**
 * The printed pages: a print-only container with one page per saved view (or
 * one of the map as the user sees it), each a whole-map SVG picture. print.css
 * shows it, and hides the app, only on paper.
 *
 * The pictures are inserted as SVG parsed as XML, never as HTML: render/mapSvg
 * escapes every text, so the parse yields SVG elements and text nodes only.
 */
export const PRINT_PAGES_ID = 'print-pages';

export interface PrintPage {
  /** A saved view's name; none for the map as a whole. */
  heading?: string;
  svg: string;
}

/** Replace the print container with these pages; returns it. */
export function showPrintPages(pages: PrintPage[]): HTMLElement {
  removePrintPages();
  const root = document.createElement('div');
  root.id = PRINT_PAGES_ID;
  root.className = 'print-pages';
  // Paper only: a screen reader already has the map itself.
  root.setAttribute('aria-hidden', 'true');
  const parser = new DOMParser();
  for (const page of pages) {
    const section = document.createElement('section');
    section.className = 'print-page';
    if (page.heading) {
      const heading = document.createElement('h1');
      heading.className = 'print-page__heading';
      heading.textContent = page.heading;
      section.append(heading);
    }
    const svg = parser.parseFromString(page.svg, 'image/svg+xml').documentElement;
    if (svg.tagName.toLowerCase() === 'svg') {
      const picture = document.importNode(svg, true) as unknown as SVGSVGElement;
      // Scale to the page by CSS, keeping the picture's proportions.
      picture.removeAttribute('width');
      picture.removeAttribute('height');
      picture.setAttribute('class', 'print-page__picture');
      section.append(picture);
    }
    root.append(section);
  }
  document.body.append(root);
  document.body.classList.add('has-print-pages');
  return root;
}

export function removePrintPages(): void {
  document.getElementById(PRINT_PAGES_ID)?.remove();
  document.body.classList.remove('has-print-pages');
}
