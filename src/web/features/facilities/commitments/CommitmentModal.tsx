import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../../shared/format/index.ts';
import { post } from '../../../app/api.ts';
import { ErrorAlert, fieldErrors } from '../../../components/ErrorAlert.tsx';
import type { Subject } from '../api.ts';
import { type Attachment, AttachmentUpload } from '../common/AttachmentUpload.tsx';
import { DateField } from '../common/DateField.tsx';
import { blanksToNull } from '../common/EditDrawer.tsx';

/** Record a commitment signed on paper, with its scan when there is one. */
export function CommitmentModal({
  subject,
  adminUnitId,
  signer,
  onClose,
}: {
  subject: Subject;
  adminUnitId: number;
  signer: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const today = todayInVietnam();

  useEffect(() => {
    form.setFields(fieldErrors(error));
  }, [form, error]);

  async function submit() {
    const { scan, ...values } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await post('/api/commitments', {
        ...blanksToNull(values),
        ...subject,
        documentAttachmentId: (scan as Attachment[] | undefined)?.[0]?.id ?? null,
      });
      await client.invalidateQueries({ queryKey: ['facilities'] });
      message.success(t('facilities.commitments.saved'));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('facilities.commitments.add')}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('facilities.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'commitment-save' }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ signedOn: today, signerName: signer ?? '', scan: [] }}
      >
        <Form.Item name="signedOn" label={t('facilities.commitments.signedOn')} rules={[{ required: true }]}>
          <DateField disabledAfter={today} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('facilities.commitments.validUntil')}>
          <DateField allowClear placeholder={t('facilities.commitments.noEnd')} />
        </Form.Item>
        <Form.Item
          name="signerName"
          label={t('facilities.commitments.signer')}
          rules={[{ required: true, max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('facilities.commitments.signerTitle')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('facilities.commitments.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="scan" label={t('facilities.commitments.scan')}>
          <AttachmentUpload adminUnitId={adminUnitId} max={1} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
