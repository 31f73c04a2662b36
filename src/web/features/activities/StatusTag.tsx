import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityProgressRow } from '../../../shared/contracts/activity-records.ts';

export const STATUS_COLORS: Record<ActivityProgressRow['status'], string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  late: 'error',
  late_done: 'warning',
};

/** An activity's state against its window: "Trễ hạn" in red, "Hoàn thành muộn" in amber… */
export function StatusTag({ status }: { status: ActivityProgressRow['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={`status-${status}`} style={{ marginInlineEnd: 0 }}>
      {t(`activities.progress.statuses.${status}`)}
    </Tag>
  );
}
