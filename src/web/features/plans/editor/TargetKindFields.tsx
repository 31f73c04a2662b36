import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CHANGE_DIRECTIONS,
  type PlanContent,
  type PlanTarget,
  SHARE_CONDITIONS,
  TARGET_KINDS,
} from '../../../../shared/contracts/plans.ts';
import { periodYears } from '../../../../shared/plans/period.ts';
import { targetGoalText } from '../../../../shared/plans/target-text.ts';

/**
 * What kind a target is and what it needs beyond its value: a level's year or its value for each
 * year of the period; a change's baseline year, direction and whether it is per year; a share's
 * condition on the communes. Below, the target as the document will word it.
 */
export function TargetKindFields({
  target: x,
  period,
  onChange,
}: {
  target: PlanTarget;
  period: PlanContent['period'];
  onChange(patch: Partial<PlanTarget>): void;
}) {
  const { t, i18n } = useTranslation();
  const kind = x.kind ?? 'level';
  const years = periodYears(period);
  const byYear = x.byYear ?? [];
  const yearOptions = years.map((y) => ({ value: y, label: String(y) }));
  return (
    <>
      <Col xs={12} md={7}>
        <Select
          data-testid="target-kind"
          value={kind}
          onChange={(v) =>
            onChange({
              kind: v,
              ...(v === 'change'
                ? { direction: x.direction ?? 'decrease', baselineYear: x.baselineYear ?? period.start - 1 }
                : {}),
              ...(v === 'share' ? { shareCondition: x.shareCondition ?? 'club', unit: '%' } : {}),
            })
          }
          options={TARGET_KINDS.map((k) => ({ value: k, label: t(`plans.tk.kinds.${k}`) }))}
          style={{ width: '100%' }}
        />
      </Col>
      {kind === 'level' && (
        <Col xs={12} md={4}>
          <Select
            data-testid="target-year"
            allowClear
            placeholder={t('plans.tk.everyYear')}
            value={x.year ?? undefined}
            onChange={(v) => onChange({ year: v ?? null })}
            options={yearOptions.map((o) => ({ ...o, label: t('plans.tk.byYearOf', { year: o.value }) }))}
            style={{ width: '100%' }}
          />
        </Col>
      )}
      {kind === 'change' && (
        <>
          <Col xs={8} md={4}>
            <Select
              data-testid="target-direction"
              value={x.direction ?? 'decrease'}
              onChange={(v) => onChange({ direction: v })}
              options={CHANGE_DIRECTIONS.map((d) => ({ value: d, label: t(`plans.tk.directions.${d}`) }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={8} md={4}>
            <InputNumber
              data-testid="target-baseline-year"
              prefix={t('plans.tk.against')}
              value={x.baselineYear ?? null}
              min={2000}
              max={2100}
              onChange={(v) => onChange({ baselineYear: v })}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={8} md={4}>
            <Space>
              <Switch checked={x.perYear !== false} onChange={(v) => onChange({ perYear: v })} />
              {t('plans.tk.perYear')}
            </Space>
          </Col>
        </>
      )}
      {kind === 'share' && (
        <Col xs={24} md={8}>
          <Select
            data-testid="target-share-condition"
            value={x.shareCondition ?? undefined}
            onChange={(v) => onChange({ shareCondition: v })}
            options={SHARE_CONDITIONS.map((c) => ({ value: c, label: t(`plans.tk.conditions.${c}`) }))}
            style={{ width: '100%' }}
          />
        </Col>
      )}
      {kind === 'level' && years.length > 1 && (
        <Col xs={24}>
          <Space wrap size={4} data-testid="target-by-year">
            <Typography.Text type="secondary">{t('plans.tk.byYear')}:</Typography.Text>
            {byYear.map((v, j) => (
              <Space.Compact key={v.year}>
                <Select
                  value={v.year}
                  options={yearOptions}
                  onChange={(y) =>
                    onChange({ byYear: byYear.map((w, k) => (k === j ? { ...w, year: y } : w)) })
                  }
                  style={{ width: 80 }}
                />
                <InputNumber
                  data-testid={`target-year-value-${v.year}`}
                  decimalSeparator=","
                  value={v.value}
                  onChange={(n) =>
                    onChange({ byYear: byYear.map((w, k) => (k === j ? { ...w, value: n ?? 0 } : w)) })
                  }
                  style={{ width: 90 }}
                />
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('plans.tk.removeYear')}
                  onClick={() => onChange({ byYear: byYear.filter((_, k) => k !== j) })}
                />
              </Space.Compact>
            ))}
            {byYear.length < years.length && (
              <Button
                size="small"
                icon={<PlusOutlined />}
                data-testid="target-add-year"
                onClick={() => {
                  const free = years.find((y) => !byYear.some((v) => v.year === y)) ?? period.start;
                  onChange({ byYear: [...byYear, { year: free, value: x.value, valueMax: null }] });
                }}
              >
                {t('plans.tk.addYear')}
              </Button>
            )}
          </Space>
        </Col>
      )}
      <Col xs={24}>
        <Typography.Text type="secondary" data-testid="target-reads">
          {t('plans.tk.reads')}: {x.indicator || '…'}:{' '}
          {targetGoalText(x, i18n.language === 'en' ? 'en' : 'vi')}
        </Typography.Text>
      </Col>
    </>
  );
}
