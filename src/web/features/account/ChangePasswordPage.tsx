import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../shared/password-rules.ts';
import { post } from '../../app/api.ts';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

/** `forced`: signed in with a one-time password, nothing else opens until it is changed. */
export default function ChangePasswordPage({ forced, onDone }: { forced?: boolean; onDone?(): void } = {}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(v: { currentPassword: string; newPassword: string }) {
    setError(null);
    setDone(false);
    try {
      await post('/api/me/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      setDone(true);
      form.resetFields();
      onDone?.();
    } catch (err) {
      setError(err);
      form.setFields(fieldErrors(err));
    }
  }

  return (
    <>
      <PageHeader title={t('password.title')} />
      <Card style={{ maxWidth: 480 }}>
        {forced && (
          <Alert
            type="warning"
            showIcon
            title={t('passwordForced.title')}
            description={t('passwordForced.help')}
            style={{ marginBottom: 16 }}
            data-testid="password-forced"
          />
        )}
        {done && <Alert type="success" showIcon title={t('password.done')} style={{ marginBottom: 16 }} />}
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.next')}
            rules={[{ required: true, min: MIN_PASSWORD_LENGTH }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
