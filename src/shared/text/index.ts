export { foldVietnamese, normaliseName, searchMatches } from './fold.ts';
export { compareVi, sortVi, vnSortKey } from './sort.ts';
