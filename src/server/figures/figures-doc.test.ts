import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES } from './catalogue.ts';
import { figuresMarkdown } from './figures-doc.ts';

describe('docs/FIGURES.md', () => {
  it('is the catalogue as it is now (run `npm run figures:doc` after changing a definition)', () => {
    const doc = readFileSync(new URL('../../../docs/FIGURES.md', import.meta.url), 'utf8');
    expect(doc).toBe(figuresMarkdown());
    for (const f of FIGURES) expect(doc).toContain(`\`${f.id}\``);
  });
});
