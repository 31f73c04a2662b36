export { formatDateTimeVi, formatDateVi, parseDateVi, todayInVietnam } from './dates.ts';
