import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentDto } from '../../../../shared/contracts/facilities.ts';
import { todayInVietnam } from '../../../../shared/format/index.ts';
import { patch } from '../../../app/api.ts';
import { errorMessage } from '../../../components/ErrorAlert.tsx';
import { ItemList } from '../../../components/ItemList.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { type Subject, useCommitments } from '../api.ts';
import { attachmentUrl } from '../common/AttachmentUpload.tsx';
import { Section } from '../common/Section.tsx';
import { CommitmentModal } from './CommitmentModal.tsx';

/** The commitments a facility or a person signed, newest first; record one, withdraw one. */
export function CommitmentsCard({
  subject,
  adminUnitId,
  signer,
  canWrite,
}: {
  subject: Subject;
  adminUnitId: number;
  signer: string | null;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const list = useCommitments(subject);
  const [adding, setAdding] = useState(false);
  const items = [...(list.data ?? [])].sort((a, b) => b.signedOn.localeCompare(a.signedOn));
  return (
    <Section
      title={t('facilities.commitments.title')}
      actions={
        canWrite && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="commitment-add"
          >
            {t('facilities.commitments.add')}
          </Button>
        )
      }
    >
      <ItemList
        items={items}
        loading={list.isLoading}
        rowKey={(c) => c.id}
        empty={t('facilities.commitments.empty')}
        testId="commitment-list"
        renderItem={(c) => <CommitmentRow c={c} canWrite={canWrite} />}
      />
      {adding && (
        <CommitmentModal
          subject={subject}
          adminUnitId={adminUnitId}
          signer={signer}
          onClose={() => setAdding(false)}
        />
      )}
    </Section>
  );
}

function CommitmentRow({ c, canWrite }: { c: CommitmentDto; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const today = todayInVietnam();
  const state = c.revokedAt
    ? { color: 'default', label: t('facilities.commitments.revoked') }
    : c.validUntil && c.validUntil < today
      ? { color: 'orange', label: t('facilities.commitments.expired') }
      : { color: 'green', label: t('facilities.commitments.current') };

  async function revoke() {
    try {
      await patch(`/api/commitments/${c.id}`, { version: c.version, revoked: true });
      message.success(t('facilities.commitments.revokedDone'));
    } catch (err) {
      message.error(errorMessage(err, t, i18n.language));
    }
    await client.invalidateQueries({ queryKey: ['facilities'] });
  }

  return (
    <div
      data-testid={`commitment-${c.id}`}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 12px', alignItems: 'center', padding: '8px 0' }}
    >
      <div style={{ flex: '1 1 240px', minWidth: 0 }}>
        <Typography.Text strong>{c.signerName}</Typography.Text>
        {c.signerTitle && <Typography.Text type="secondary"> · {c.signerTitle}</Typography.Text>}
        <div style={{ fontSize: 13 }}>
          {t('facilities.commitments.signedOn')}: {formatDate(c.signedOn)} ·{' '}
          {t('facilities.commitments.validUntil')}:{' '}
          {c.validUntil ? formatDate(c.validUntil) : t('facilities.commitments.noEnd')}
        </div>
        {c.notes && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {c.notes}
          </Typography.Text>
        )}
      </div>
      <Space size={4} wrap>
        <Tag color={state.color}>{state.label}</Tag>
        {c.documentAttachmentId && (
          <Button
            size="small"
            type="link"
            icon={<PaperClipOutlined />}
            href={attachmentUrl(c.documentAttachmentId)}
          >
            {t('facilities.commitments.download')}
          </Button>
        )}
        {canWrite && !c.revokedAt && (
          <Popconfirm
            title={t('facilities.commitments.revokeConfirm')}
            okText={t('facilities.commitments.revoke')}
            cancelText={t('common.cancel')}
            onConfirm={revoke}
          >
            <Button size="small" danger data-testid={`commitment-revoke-${c.id}`}>
              {t('facilities.commitments.revoke')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}
