import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activityRecordRoutes } from './activity-records.routes.ts';
import { adminUnitRoutes } from './admin-units.routes.ts';
import { attachmentRoutes } from './attachments.routes.ts';
import { auditRoutes } from './audit.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { birthRoutes } from './births.routes.ts';
import { budgetRoutes } from './budget.routes.ts';
import { commitmentRoutes } from './commitments.routes.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import { facilityRoutes } from './facilities.routes.ts';
import { figureRoutes } from './figures.routes.ts';
import { geoRoutes } from './geo.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { inspectionRoutes } from './inspections.routes.ts';
import { legalRoutes } from './legal.routes.ts';
import { meBundleRoutes } from './me-bundle.routes.ts';
import { meDeadlinesRoutes } from './me-deadlines.routes.ts';
import { nationalRoutes } from './national.routes.ts';
import { organisationRoutes } from './organisations.routes.ts';
import { planRoutes } from './plans.routes.ts';
import { provinceRoutes } from './provinces.routes.ts';
import { reportRoutes } from './reports.routes.ts';
import { srbRoutes } from './srb.routes.ts';
import { userRoutes } from './users.routes.ts';

/** Every API resource; each later feature adds its routes file here. */
export const apiRoutes: FastifyPluginAsyncZod[] = [
  healthRoutes,
  authRoutes,
  meDeadlinesRoutes,
  meBundleRoutes,
  figureRoutes,
  adminUnitRoutes,
  organisationRoutes,
  userRoutes,
  auditRoutes,
  planRoutes,
  srbRoutes,
  birthRoutes,
  geoRoutes,
  attachmentRoutes,
  facilityRoutes,
  commitmentRoutes,
  inspectionRoutes,
  legalRoutes,
  activityRecordRoutes,
  reportRoutes,
  budgetRoutes,
  dashboardRoutes,
  provinceRoutes,
  nationalRoutes,
];
