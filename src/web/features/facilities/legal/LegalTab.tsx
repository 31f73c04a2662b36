import { Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalProvisionDto } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { formatMoney, formatNumber } from '../../../i18n/format.ts';
import { facilityAccess } from '../access.ts';
import { useProvisions } from '../api.ts';
import { editColumn } from '../common/EditButton.tsx';
import { fineRangeFor, type OffenderKind } from '../common/format.ts';
import { QueryTable } from '../common/QueryTable.tsx';
import { UnverifiedTag } from '../common/tags.tsx';
import { ChecklistCard } from './ChecklistCard.tsx';
import { ProvisionDrawer } from './ProvisionDrawer.tsx';

/** "Danh mục pháp lý": the sanction provisions (unverified ones tagged) and the province's checklist. */
export function LegalTab() {
  const { t } = useTranslation();
  const access = facilityAccess(useMe());
  const provisions = useProvisions();
  const [editing, setEditing] = useState<LegalProvisionDto | null>(null);
  const range = (p: LegalProvisionDto, who: OffenderKind) => {
    const { min, max } = fineRangeFor(p, who);
    if (max == null) return t('facilities.none');
    return min == null ? `≤ ${formatMoney(max)}` : `${formatNumber(min)} – ${formatMoney(max)}`;
  };
  return (
    <>
      <Card size="small" title={t('facilities.legal.provisions')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('facilities.legal.provisionsIntro')}
        </Typography.Paragraph>
        <QueryTable<LegalProvisionDto>
          testId="provision-list"
          query={provisions}
          minWidth={860}
          columns={[
            {
              title: t('facilities.legal.code'),
              key: 'code',
              width: 150,
              render: (_, p) => (
                <>
                  <span style={{ whiteSpace: 'nowrap' }}>{p.code}</span>
                  <div>
                    <UnverifiedTag verified={p.verified} />
                    {!p.active && <Tag>{t('facilities.legal.inactive')}</Tag>}
                  </div>
                </>
              ),
            },
            {
              title: t('facilities.legal.acts'),
              key: 'acts',
              render: (_, p) => (
                <>
                  <Typography.Text strong>{p.title}</Typography.Text>
                  <div>{p.acts}</div>
                  {p.source && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('facilities.legal.source')}: {p.source}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: t('facilities.legal.fineIndividual'),
              key: 'individual',
              width: 150,
              render: (_, p) => range(p, 'individual'),
            },
            {
              title: t('facilities.legal.fineOrganisation'),
              key: 'organisation',
              width: 150,
              render: (_, p) => range(p, 'organisation'),
            },
            ...(access.admin
              ? [
                  editColumn<LegalProvisionDto>(
                    (p) => t('facilities.legal.editProvision', { code: p.code }),
                    setEditing,
                  ),
                ]
              : []),
          ]}
        />
      </Card>
      <ChecklistCard />
      {editing && <ProvisionDrawer provision={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
