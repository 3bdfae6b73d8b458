import { describe, expect, it } from 'vitest';
import { restoreBackup, toBackupJson } from './backup';
import { createMap } from './factories';

describe('backup of all maps', () => {
  const a = createMap({ kind: 'personal', title: 'A', author: 'Aino', selfName: 'Minä' });
  const b = createMap({ kind: 'regional', title: 'B', region: 'Kainuu' });

  it('round-trips every map', () => {
    expect(restoreBackup(toBackupJson([a, b]))).toEqual({ ok: true, maps: [a, b], problems: [] });
  });

  it('keeps the valid maps and names the broken ones', () => {
    const file = JSON.parse(toBackupJson([a, b]));
    file.maps[1].title = '';
    const result = restoreBackup(JSON.stringify(file));
    expect(result.ok && result.maps).toEqual([a]);
    expect(result.ok && result.problems).toEqual([{ index: 1, title: '', error: { code: 'invalid', path: 'map.title', reason: 'blank' } }]);
  });

  it.each([
    ['not json', '{', 'notJson'],
    ['a single map file', JSON.stringify({ format: 'verkostokartta', version: 1, map: {} }), 'notBackup'],
    ['a newer backup', JSON.stringify({ format: 'verkostokartta-backup', version: 9, maps: [] }), 'futureVersion'],
    ['empty', '', 'empty'],
  ])('refuses %s', (_name, text, code) => {
    const result = restoreBackup(text);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
});
