import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { mapToGraphml } from './graphml';
import { CONNECTION_COLUMNS, ELEMENT_COLUMNS, MARK_COLUMNS } from './kumu';

const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
const section = doc.split('## Other formats')[1]!;
const graphmlSection = section.split('### GraphML')[1]!;

it('docs/format.md "Other formats" names every column of the Kumu layout', () => {
  for (const column of [...ELEMENT_COLUMNS, ...CONNECTION_COLUMNS, ...MARK_COLUMNS]) expect(section, column).toContain(`\`${column}\``);
});

it('docs/format.md "Other formats" names every GraphML key with its type', () => {
  const xml = mapToGraphml({
    id: 'm',
    title: 't',
    kind: 'regional',
    createdAt: '',
    updatedAt: '',
    actors: [],
    relations: [],
    questions: [],
    reflection: {} as never,
  });
  const keys = [...xml.matchAll(/attr\.name="(\w+)" attr\.type="(\w+)"/g)];
  expect(keys.length).toBeGreaterThan(20);
  for (const [, name, type] of keys) {
    const row = graphmlSection.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${name}\``));
    expect(row, name).toBeDefined();
    expect(row, name).toContain(`| ${type} |`);
  }
});
