import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, type FormInstance, Space } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { get, patch, post, put } from '../../../app/api.ts';
import { fieldErrors } from '../../../components/ErrorAlert.tsx';
import { SideDrawer } from '../../../components/SideDrawer.tsx';
import { useVersionedSave } from './useVersionedSave.tsx';

/** Optional texts left empty mean "none" (null), not an empty string. */
export const blanksToNull = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : v]),
  );

/**
 * Adding or editing a record (a facility, a person, an inspection plan…) in a drawer, full-width on
 * a phone. An update sends the version it was based on (PATCH, or PUT of the whole record); a stale
 * one is refused by the server (409) with the typed values kept, and the latest version can be
 * loaded and saved over.
 */
export function EditDrawer<T extends { id: string; version: number }>({
  title,
  entry,
  url,
  update = 'patch',
  initialValues,
  children,
  onClose,
  onSaved,
  testId,
}: {
  title: string;
  entry: T | null;
  url: string;
  update?: 'patch' | 'put';
  initialValues: Record<string, unknown>;
  children(form: FormInstance): ReactNode;
  onClose(): void;
  onSaved?(saved: T): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const save = useVersionedSave<T>(entry, (current) => get<T>(`${url}/${current.id}`));

  useEffect(() => {
    form.setFields(fieldErrors(save.error));
  }, [form, save.error]);

  async function submit() {
    const values = blanksToNull(await form.validateFields());
    const saved = await save.run((base) =>
      base
        ? (update === 'put' ? put<T> : patch<T>)(`${url}/${base.id}`, { ...values, version: base.version })
        : post<T>(url, values),
    );
    if (!saved) return;
    await client.invalidateQueries({ queryKey: ['facilities'] });
    message.success(t('facilities.saved'));
    onSaved?.(saved);
    onClose();
  }

  return (
    <SideDrawer
      title={title}
      onClose={onClose}
      width={600}
      testId={testId}
      footer={
        <Space>
          <Button
            type="primary"
            loading={save.busy}
            onClick={() => void submit()}
            data-testid={`${testId}-save`}
          >
            {t('facilities.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      {save.alert}
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children(form)}
      </Form>
    </SideDrawer>
  );
}

/** A yes/no field of a drawer's form, as a checkbox with its label. */
export function CheckField({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item name={name} valuePropName="checked">
      <Checkbox>{label}</Checkbox>
    </Form.Item>
  );
}
