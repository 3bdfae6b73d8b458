/**
 * Renders the app's install icons (public/icon-*.png) from public/favicon.svg with the same
 * Chromium the tests use, so the icons are the favicon and nothing has to be drawn twice.
 * Run after changing the favicon: `node scripts/make-icons.mjs`.
 * The maskable icon fills its square with the favicon's pale background and keeps the emblem
 * inside the central safe zone (a circle of 40 % of the size), which launchers may crop to.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const svg = await readFile('public/favicon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const icons = [
  { file: 'public/icon-192.png', size: 192, maskable: false },
  { file: 'public/icon-512.png', size: 512, maskable: false },
  { file: 'public/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const emblem = maskable ? Math.round(size * 0.72) : size;
    const background = maskable ? '#e8f4f1' : 'transparent';
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">` +
        `<img src="${dataUrl}" width="${emblem}" height="${emblem}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: file, omitBackground: !maskable });
    await page.close();
  }
} finally {
  await browser.close();
}
