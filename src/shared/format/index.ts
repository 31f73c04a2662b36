export { formatDateTimeVi, formatDateVi, parseDateVi, todayInVietnam } from './dates.ts';
export { formatNumberVi, formatVnd, parseVnd } from './numbers.ts';
export { amountInWords } from './words.ts';
