import { writeFileSync } from 'node:fs';
import { figuresMarkdown } from '../src/server/figures/figures-doc.ts';

// Writes docs/FIGURES.md from the figures catalogue (checked by src/server/figures/figures-doc.test.ts).
writeFileSync(new URL('../docs/FIGURES.md', import.meta.url), figuresMarkdown());
