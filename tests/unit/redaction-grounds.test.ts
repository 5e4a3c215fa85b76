// The Pasal 17 grounds an area may cite: letters and sub-points, their references and labels.
import { describe, expect, it } from 'vitest';
import { groundLabel, groundOptionGroups, groundReference, isGround, parseGround, REDACTION_GROUND_CODES } from '../../src/domain/redaction/grounds.js';

describe('redaction grounds', () => {
  it('knows every letter a–j and exactly the sub-points the law has', () => {
    expect(REDACTION_GROUND_CODES.filter((c) => c.length === 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    const subpoints = (l: string) => REDACTION_GROUND_CODES.filter((c) => c.startsWith(`${l}.`)).length;
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(subpoints)).toEqual([5, 0, 7, 0, 7, 4, 0, 5, 0, 0]);
    for (const c of REDACTION_GROUND_CODES) expect(isGround(c)).toBe(true);
    for (const bad of ['', 'k', 'h.6', 'b.1', 'a.0', 'H', 'h.', 'h.2 ', ' a', 'ps17h'])
      expect(isGround(bad), bad).toBe(bad.trim() !== bad && isGround(bad.trim()));
  });

  it('writes the reference and the label in both languages', () => {
    expect(parseGround('h.2')).toEqual({ code: 'h.2', letter: 'h', subpoint: 2 });
    expect(groundReference('h.2')).toBe('Pasal 17 huruf h angka 2');
    expect(groundReference('h.2', 'en')).toBe('Article 17(h)(2)');
    expect(groundReference('j')).toBe('Pasal 17 huruf j');
    expect(groundLabel('h.2')).toContain('kesehatan fisik dan psikis');
    expect(groundLabel('h')).toBe('mengungkap rahasia pribadi');
    expect(groundLabel('h', 'en')).toBe('would reveal personal secrets');
    const groups = groundOptionGroups('id');
    expect(groups).toHaveLength(10);
    expect(groups.flatMap((g) => g.options.map((o) => o.value))).toEqual(REDACTION_GROUND_CODES);
  });
});
