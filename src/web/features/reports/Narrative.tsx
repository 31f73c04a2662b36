import { Button, Card, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitReportDto } from '../../../shared/contracts/reports.ts';

export type NarrativeValues = Pick<UnitReportDto, 'results' | 'difficulties' | 'proposals'>;
const FIELDS = ['results', 'difficulties', 'proposals'] as const;

/** The report's three written parts: a form while the unit may still change it, text otherwise. */
export function Narrative({
  report,
  editable,
  busy,
  onSave,
  onSubmit,
}: {
  report: UnitReportDto;
  editable: boolean;
  busy: boolean;
  onSave(v: NarrativeValues): void;
  onSubmit(v: NarrativeValues): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NarrativeValues>();
  if (!editable)
    return (
      <Card style={{ marginBottom: 16 }} data-testid="report-narrative">
        {FIELDS.map((f) => (
          <div key={f} style={{ marginBottom: 12 }}>
            <Typography.Title level={5}>{t(`reports.narrative.${f}`)}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={`report-${f}-text`}>
              {report[f] || (
                <Typography.Text type="secondary">{t('reports.narrative.empty')}</Typography.Text>
              )}
            </Typography.Paragraph>
          </div>
        ))}
      </Card>
    );
  const values = () => {
    const v = form.getFieldsValue();
    const clean = (s: string | null | undefined) => (s?.trim() ? s : null);
    return { results: clean(v.results), difficulties: clean(v.difficulties), proposals: clean(v.proposals) };
  };
  return (
    <Card style={{ marginBottom: 16 }} data-testid="report-narrative">
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          results: report.results,
          difficulties: report.difficulties,
          proposals: report.proposals,
        }}
      >
        {FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(`reports.narrative.${f}`)}>
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 16 }}
              maxLength={20_000}
              data-testid={`report-${f}`}
            />
          </Form.Item>
        ))}
        <Space wrap>
          <Button onClick={() => onSave(values())} loading={busy} data-testid="report-save">
            {t('reports.narrative.save')}
          </Button>
          <Popconfirm title={t('reports.narrative.submitConfirm')} onConfirm={() => onSubmit(values())}>
            <Button type="primary" loading={busy} data-testid="report-submit">
              {t('reports.narrative.submit')}
            </Button>
          </Popconfirm>
        </Space>
      </Form>
    </Card>
  );
}
