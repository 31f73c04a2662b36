import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The level above on a submitted report: accept (locks it) or return it with a required comment. */
export function ReviewActions({
  busy,
  onAccept,
  onReturn,
}: {
  busy: boolean;
  onAccept(): Promise<boolean>;
  onReturn(comment: string): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Space wrap>
      <Popconfirm title={t('reports.review.acceptConfirm')} onConfirm={() => void onAccept()}>
        <Button type="primary" loading={busy} data-testid="report-accept">
          {t('reports.review.accept')}
        </Button>
      </Popconfirm>
      <Button danger onClick={() => setOpen(true)} data-testid="report-return">
        {t('reports.review.return')}
      </Button>
      <Modal
        open={open}
        title={t('reports.review.returnTitle')}
        okText={t('reports.review.return')}
        okButtonProps={{ danger: true, loading: busy, id: 'report-return-ok' }}
        cancelText={t('reports.review.cancel')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            if (await onReturn(v.comment.trim())) setOpen(false);
          }}
        >
          <Form.Item
            name="comment"
            label={t('reports.review.comment')}
            rules={[{ required: true, whitespace: true, message: t('reports.review.commentRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={5000} data-testid="report-return-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
