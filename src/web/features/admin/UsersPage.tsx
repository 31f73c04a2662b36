import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../shared/contracts/users.ts';
import { formatDateTimeVi } from '../../../shared/format/index.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles.ts';
import { get, patch, post, qs } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { OrganisationPicker } from '../../components/OrganisationPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

type Editing =
  | { mode: 'create' }
  | { mode: 'edit'; user: UserDto }
  | { mode: 'password'; user: UserDto }
  | null;

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [editing, setEditing] = useState<Editing>(null);
  const users = useQuery({
    queryKey: ['users', q, role],
    queryFn: () => get<{ items: UserDto[] }>(`/api/users${qs({ q, role })}`),
  });
  const roles = ROLES.filter((r) => r !== 'admin' || me.role === 'admin');

  async function toggle(u: UserDto) {
    try {
      await patch(`/api/users/${u.id}`, { version: u.version, active: !u.active });
      await client.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      message.error((err as Error).message);
    }
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            {t('users.add')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search placeholder={t('users.search')} allowClear onSearch={setQ} style={{ width: 280 }} />
        <Select
          allowClear
          placeholder={t('users.allRoles')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
          style={{ width: 220 }}
        />
      </Space>
      <ErrorAlert error={users.error} />
      <Table
        rowKey="id"
        size="small"
        loading={users.isLoading}
        dataSource={users.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 25, showSizeChanger: false }}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            render: (v, u) =>
              u.isDemo ? (
                <Space>
                  {v}
                  <Tag>{t('users.demo')}</Tag>
                </Space>
              ) : (
                v
              ),
          },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r][lang] },
          { title: t('users.organisation'), dataIndex: 'organisationName' },
          { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: (v) => formatDateTimeVi(v) },
          {
            title: '',
            key: 'state',
            render: (_, u) => (
              <Tag color={u.active ? 'green' : 'red'}>{u.active ? t('users.active') : t('users.locked')}</Tag>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, u) => (
              <Space size="small" wrap>
                <Button size="small" onClick={() => setEditing({ mode: 'edit', user: u })}>
                  {t('users.edit')}
                </Button>
                <Button size="small" onClick={() => setEditing({ mode: 'password', user: u })}>
                  {t('users.resetPassword')}
                </Button>
                {u.id !== me.id && (
                  <Button size="small" danger={u.active} onClick={() => void toggle(u)}>
                    {u.active ? t('users.lock') : t('users.unlock')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <UserModal editing={editing} roles={roles} onClose={() => setEditing(null)} />}
    </>
  );
}

function UserModal({
  editing,
  roles,
  onClose,
}: {
  editing: NonNullable<Editing>;
  roles: readonly Role[];
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const user = editing.mode === 'create' ? null : editing.user;

  async function submit() {
    const v = await form.validateFields();
    setError(null);
    try {
      if (editing.mode === 'create')
        await post('/api/users', { ...v, organisationId: v.organisationId ?? null });
      else if (editing.mode === 'edit')
        await patch(`/api/users/${user!.id}`, { version: user!.version, ...v });
      else await post(`/api/users/${user!.id}/reset-password`, { password: v.password });
      await client.invalidateQueries({ queryKey: ['users'] });
      message.success(editing.mode === 'password' ? t('users.passwordReset') : t('users.saved'));
      onClose();
    } catch (err) {
      // The form keeps what was typed (a 409 conflict included): nothing is lost.
      setError(err);
      form.setFields(fieldErrors(err));
    }
  }

  const title =
    editing.mode === 'create'
      ? t('users.add')
      : editing.mode === 'edit'
        ? `${t('users.edit')}: ${user!.username}`
        : `${t('users.resetPassword')}: ${user!.username}`;
  return (
    <Modal
      open
      title={title}
      onOk={submit}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                displayName: user.displayName,
                role: user.role,
                organisationId: user.organisationId,
                email: user.email,
                phone: user.phone,
              }
            : { role: 'reporter' }
        }
      >
        {editing.mode === 'password' ? (
          <Form.Item name="password" label={t('users.newPassword')} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : (
          <>
            {editing.mode === 'create' && (
              <Form.Item name="username" label={t('users.username')} rules={[{ required: true }]}>
                <Input autoCapitalize="none" />
              </Form.Item>
            )}
            <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
              <Select options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))} />
            </Form.Item>
            <Form.Item name="organisationId" label={t('users.organisation')}>
              <OrganisationPicker allowClear />
            </Form.Item>
            {editing.mode === 'create' && (
              <Form.Item name="password" label={t('users.password')} rules={[{ required: true, min: 8 }]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            )}
            <Form.Item name="email" label={t('users.email')}>
              <Input type="email" />
            </Form.Item>
            <Form.Item name="phone" label={t('users.phone')}>
              <Input />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
