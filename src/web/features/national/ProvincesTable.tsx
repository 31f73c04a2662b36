import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NationalProvinceRow } from '../../../shared/contracts/national.ts';
import { formatDateVi } from '../../../shared/format/index.ts';
import { downloadFile } from '../../app/download.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { estWithInterval, FLAG_TAG_COLORS, flagLabel, fmtCount } from '../births-srb/srb-format.ts';

/** Every enabled province: its SRB with the interval, its plan of the year, its report. */
export function ProvincesTable({
  rows,
  onOpen,
}: {
  rows: NationalProvinceRow[];
  onOpen(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<NationalProvinceRow> = [
    {
      title: t('national.table.province'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Typography.Link onClick={() => onOpen(r.code)} data-testid={`national-open-${r.code}`}>
          {name}
        </Typography.Link>
      ),
    },
    {
      title: t('national.table.births'),
      align: 'right',
      render: (_, r) => (r.srb ? fmtCount(r.srb.births) : '—'),
    },
    {
      title: t('national.table.srb'),
      render: (_, r) =>
        r.srb ? (
          <>
            <div style={{ whiteSpace: 'nowrap' }}>{estWithInterval(r.srb)}</div>
            <Tag color={FLAG_TAG_COLORS[r.srb.flag]}>{flagLabel(r.srb.flag, i18n.language)}</Tag>
          </>
        ) : (
          t('national.table.noBirths')
        ),
    },
    {
      title: t('national.table.plan'),
      render: (_, r) =>
        r.issuedPlan ? (
          <Link to={`/plans/${r.issuedPlan.id}`}>
            <Tag color="green">{t('national.table.issued')}</Tag>
            {r.issuedPlan.issuedOn ? formatDateVi(r.issuedPlan.issuedOn) : ''}
          </Link>
        ) : (
          <Tag>{t('national.table.notIssued')}</Tag>
        ),
    },
    {
      title: t('national.table.report'),
      render: (_, r) =>
        r.reportSentAt ? (
          <Space size={4} wrap>
            <Tag color="green">
              {t('national.table.sent', { date: formatDateVi(r.reportSentAt.slice(0, 10)) })}
            </Tag>
            {r.report && <ReportDownload code={r.code} report={r.report} />}
          </Space>
        ) : (
          <Tag>{t('national.table.notSent')}</Tag>
        ),
    },
  ];
  return (
    <ResponsiveTable<NationalProvinceRow>
      rowKey="code"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      data-testid="national-provinces"
    />
  );
}

/** The report a province sent, as its DOCX (the whole year: the year's last period). */
function ReportDownload({
  code,
  report,
}: {
  code: string;
  report: NonNullable<NationalProvinceRow['report']>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      size="small"
      type="link"
      icon={<DownloadOutlined />}
      data-testid={`national-report-${code}`}
      onClick={() =>
        downloadFile(
          `/api/plans/${report.planId}/consolidated-report?format=docx&year=${report.year}&period=${report.period}`,
        ).catch((e: Error) => message.error(e.message))
      }
    >
      {t('national.table.reportDocx')}
    </Button>
  );
}
