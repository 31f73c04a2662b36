import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { AntdProvider } from './antd-provider.tsx';
import { useAuth } from './auth.tsx';
import { Shell } from './Shell.tsx';

// One chunk per page: a commune user on a slow connection loads only what they open.
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const UnitTreePage = lazy(() => import('../features/org-units/UnitTreePage.tsx'));
const UsersPage = lazy(() => import('../features/admin/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/admin/AuditPage.tsx'));
const ProvincesPage = lazy(() => import('../features/admin/ProvincesPage.tsx'));
const OrganisationsPage = lazy(() => import('../features/admin/OrganisationsPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/account/ChangePasswordPage.tsx'));
const PlansPage = lazy(() => import('../features/plans/PlansPage.tsx'));
const PlanPage = lazy(() => import('../features/plans/PlanPage.tsx'));
const PlanEditorPage = lazy(() => import('../features/plans/editor/PlanEditorPage.tsx'));
const SrbOverviewPage = lazy(() => import('../features/births-srb/SrbHome.tsx'));
const SrbAreaPage = lazy(() => import('../features/births-srb/SrbAreaPage.tsx'));
const MonthlyBirthsPage = lazy(() => import('../features/births-srb/MonthlyBirthsPage.tsx'));
const BirthImportsPage = lazy(() => import('../features/births-srb/BirthImportsPage.tsx'));
const FacilitiesPage = lazy(() => import('../features/facilities/FacilitiesPage.tsx'));
const FacilityPage = lazy(() => import('../features/facilities/registry/FacilityPage.tsx'));
const WorkerPage = lazy(() => import('../features/facilities/registry/WorkerPage.tsx'));
const InspectionFormPage = lazy(() => import('../features/facilities/inspections/InspectionFormPage.tsx'));
const InspectionPage = lazy(() => import('../features/facilities/inspections/InspectionPage.tsx'));
const ActivitiesMonthPage = lazy(() => import('../features/activities/MonthPage.tsx'));
const ActivityProgressPage = lazy(() => import('../features/activities/ProgressPage.tsx'));
const ActivityRecordsPage = lazy(() => import('../features/activities/RecordsPage.tsx'));
const ActivityRecordPage = lazy(() => import('../features/activities/RecordPage.tsx'));
const DenominatorsPage = lazy(() => import('../features/activities/DenominatorsPage.tsx'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage.tsx'));
const ReportPage = lazy(() => import('../features/reports/ReportPage.tsx'));
const BudgetPage = lazy(() => import('../features/budget/BudgetPage.tsx'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx'));
const NationalPage = lazy(() => import('../features/national/NationalPage.tsx'));

export function App() {
  const { t } = useTranslation();
  const { me, loading, signOut } = useAuth();
  const client = useQueryClient();
  const content = loading ? (
    <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
      <Spin size="large" />
    </div>
  ) : !me ? (
    <LoginPage />
  ) : me.mustChangePassword ? (
    // A one-time password opens nothing but its own change (the server refuses every other route).
    <div style={{ maxWidth: 520, margin: '48px auto', padding: 16 }}>
      <Suspense fallback={<Spin />}>
        <ChangePasswordPage forced onDone={() => void client.invalidateQueries({ queryKey: ['me'] })} />
      </Suspense>
      <Button type="link" onClick={() => void signOut()}>
        {t('passwordForced.signOut')}
      </Button>
    </div>
  ) : (
    <Shell>
      <Suspense fallback={<Spin style={{ margin: 48 }} />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/units" element={<UnitTreePage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="/admin/audit" element={<AuditPage />} />
          <Route path="/admin/provinces" element={<ProvincesPage />} />
          <Route path="/admin/organisations" element={<OrganisationsPage />} />
          <Route path="/account/password" element={<ChangePasswordPage />} />
          <Route path="/plans" element={<PlansPage />} />
          <Route path="/plans/:id" element={<PlanPage />} />
          <Route path="/plans/:id/edit" element={<PlanEditorPage />} />
          <Route path="/births-srb" element={<SrbOverviewPage />} />
          <Route path="/births-srb/areas/:code" element={<SrbAreaPage />} />
          <Route path="/births-srb/monthly" element={<MonthlyBirthsPage />} />
          <Route path="/births-srb/imports" element={<BirthImportsPage />} />
          <Route path="/facilities" element={<FacilitiesPage />} />
          <Route path="/facilities/:id" element={<FacilityPage />} />
          <Route path="/facilities/workers/:id" element={<WorkerPage />} />
          <Route path="/facilities/inspections/new" element={<InspectionFormPage />} />
          <Route path="/facilities/inspections/:id" element={<InspectionPage />} />
          <Route path="/activities" element={<ActivitiesMonthPage />} />
          <Route path="/activities/progress" element={<ActivityProgressPage />} />
          <Route path="/activities/progress/:planId" element={<ActivityProgressPage />} />
          <Route path="/activities/records" element={<ActivityRecordsPage />} />
          <Route path="/activities/records/:id" element={<ActivityRecordPage />} />
          <Route path="/activities/denominators" element={<DenominatorsPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/reports/:id" element={<ReportPage />} />
          <Route path="/budget" element={<BudgetPage />} />
          <Route path="/budget/:planId" element={<BudgetPage />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/national" element={<NationalPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
  return (
    <AntdProvider>
      <AntApp>{content}</AntApp>
    </AntdProvider>
  );
}
