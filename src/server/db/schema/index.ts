// One schema for PGlite and PostgreSQL. Each aggregate has its own file; this index is what
// drizzle-kit and the database client load.

export * from './activity-records.ts';
export * from './admin-units.ts';
export * from './attachments.ts';
export * from './audit.ts';
export * from './births.ts';
export * from './budget.ts';
export * from './facilities.ts';
export * from './meta.ts';
export * from './national.ts';
export * from './organisations.ts';
export * from './plans.ts';
export * from './reports.ts';
export * from './users.ts';
