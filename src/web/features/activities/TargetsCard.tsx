import { Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetAttainment } from '../../../shared/contracts/activity-records.ts';
import { COMPARATOR_SIGNS } from '../../../shared/contracts/plan-targets.ts';
import { HowComputed } from '../../components/HowComputed.tsx';
import { formatFigureUnit, targetText } from '../../i18n/format.ts';

/** The plan's targets: what was reached against what was set, met or not or not computable, and how it was computed. */
export function TargetsList({ targets }: { targets: TargetAttainment[] }) {
  const { t } = useTranslation();
  if (!targets.length)
    return <Empty description={t('activities.progress.noTargets')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      dataSource={targets}
      data-testid="progress-targets"
      renderItem={(x) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid={`target-${x.targetIndex}`}>
          <Typography.Text strong>{x.indicator}</Typography.Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', margin: '4px 0' }}>
            <span>
              {t('activities.progress.target')}:{' '}
              {x.comparator in COMPARATOR_SIGNS
                ? targetText(x as Parameters<typeof targetText>[0])
                : formatFigureUnit(x.value, x.unit)}
            </span>
            <span>
              {t('activities.progress.actual')}:{' '}
              <strong>{x.actual == null ? t('activities.none') : formatFigureUnit(x.actual, x.unit)}</strong>
            </span>
            {x.met === true && <Tag color="success">{t('activities.progress.met')}</Tag>}
            {x.met === false && <Tag color="error">{t('activities.progress.notMet')}</Tag>}
            {x.met === null && <Tag>{t('activities.progress.unknown')}</Tag>}
          </div>
          <HowComputed formula={x.formula} inputs={x.inputs} />
        </List.Item>
      )}
    />
  );
}
