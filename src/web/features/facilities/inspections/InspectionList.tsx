import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InspectionDto } from '../../../../shared/contracts/facilities.ts';
import { ItemList, ItemRow } from '../../../components/ItemList.tsx';
import { formatDate } from '../../../i18n/format.ts';

export const inspectionPath = (id: string) => `/facilities/inspections/${id}`;

/** Inspection records, newest first: date and who was inspected, the team, failed items, violations. */
export function InspectionList({
  items,
  loading,
  showSubject = true,
  testId,
}: {
  items: InspectionDto[] | undefined;
  loading: boolean;
  showSubject?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ItemList
      items={items}
      loading={loading}
      rowKey={(i) => i.id}
      empty={t('facilities.inspections.empty')}
      testId={testId}
      renderItem={(i) => {
        const failed = i.checklist.filter((c) => c.result === 'fail').length;
        return (
          <ItemRow
            testId={`inspection-row-${i.id}`}
            onClick={() => navigate(inspectionPath(i.id))}
            title={
              <>
                <b>{formatDate(i.inspectedOn)}</b>
                {showSubject && ` — ${i.subjectName}`}
              </>
            }
            description={[
              showSubject ? i.adminUnitName : null,
              i.team,
              !i.checklist.length
                ? null
                : failed
                  ? t('facilities.inspections.checklistSummary', { fail: failed, total: i.checklist.length })
                  : t('facilities.inspections.checklistPassed', { total: i.checklist.length }),
            ]
              .filter(Boolean)
              .join(' · ')}
            extra={
              i.violations.length ? (
                <Tag color="red">
                  {t('facilities.inspections.violationsCount', { count: i.violations.length })}
                </Tag>
              ) : (
                <Tag color="green">{t('facilities.inspections.noViolations')}</Tag>
              )
            }
          />
        );
      }}
    />
  );
}
