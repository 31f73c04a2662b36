export {
  formatDateEn,
  formatDateTimeEn,
  formatDateTimeVi,
  formatDateVi,
  parseDateVi,
  todayInVietnam,
} from './dates.ts';
export { formatDecimal, formatQuantity, targetValueText } from './decimal-vi.ts';
export { documentNumber } from './document-number.ts';
export { citedDate, nd30DateLong, nd30PlaceDate } from './nd30-dates.ts';
export {
  formatNumberEn,
  formatNumberVi,
  formatVnd,
  formatVndEn,
  parseVnd,
  percentEn,
  percentVi,
} from './numbers.ts';
export { formatOutput, type OutputLike, sameUnit, unitKey } from './outputs.ts';
export { formatMonthYearVi, halfYearLabelVi, periodLabelEn, quarterLabelVi } from './periods.ts';
export { type AmountInWordsOptions, amountInWords } from './words.ts';
