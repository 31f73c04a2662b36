export { foldVietnamese, normaliseName, searchMatches } from './fold.ts';
export { midSentence } from './sentence-case.ts';
export { compareVi, sortVi, vnSortKey } from './sort.ts';
