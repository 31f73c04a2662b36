import {
  EditOutlined,
  KeyOutlined,
  LockOutlined,
  MoreOutlined,
  PlusOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Dropdown, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../shared/contracts/users.ts';
import { MIN_PASSWORD_LENGTH } from '../../../shared/password-rules.ts';
import { MANAGER_ROLES, ROLE_LABELS, ROLES, type Role, rolesManagedBy } from '../../../shared/roles.ts';
import { ApiError, get, patch, post, qs } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert, errorMessage, fieldErrors, formLevelError } from '../../components/ErrorAlert.tsx';
import { OrganisationPicker } from '../../components/OrganisationPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { UsersImport } from './UsersImport.tsx';

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
  const isManager = MANAGER_ROLES.includes(me.role);
  const users = useQuery({
    queryKey: ['users', q, role],
    queryFn: () => get<{ items: UserDto[] }>(`/api/users${qs({ q, role })}`),
    enabled: isManager,
  });
  // Only roles of lower standing can be given (server/access/standing.ts decides the same).
  const roles = rolesManagedBy(me.role);

  async function toggle(u: UserDto) {
    try {
      await patch(`/api/users/${u.id}`, { version: u.version, active: !u.active });
      await client.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      message.error(errorMessage(err, t, i18n.language));
    }
  }

  if (!isManager)
    return (
      <>
        <PageHeader title={t('users.title')} />
        <Alert type="warning" showIcon title={t('users.noPermission')} data-testid="users-no-permission" />
      </>
    );

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Space wrap>
            <UsersImport />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('users.add')}
            </Button>
          </Space>
        }
      />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
          gap: 8,
          marginBottom: 12,
          maxWidth: 720,
        }}
      >
        <Input.Search
          placeholder={t('users.search')}
          aria-label={t('users.search')}
          allowClear
          onSearch={(v) => setQ(v.trim())}
          data-testid="users-search"
        />
        <Select
          allowClear
          placeholder={t('users.allRoles')}
          aria-label={t('users.role')}
          value={role}
          onChange={setRole}
          options={ROLES.filter((r) => r !== 'admin' || me.role === 'admin').map((r) => ({
            value: r,
            label: ROLE_LABELS[r][lang],
          }))}
        />
      </div>
      <ErrorAlert error={users.error} />
      <Table
        rowKey="id"
        size="small"
        loading={users.isLoading}
        dataSource={users.data?.items ?? []}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 25, showSizeChanger: false }}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            width: 170,
            render: (v, u) => (
              <Space size={4} wrap>
                <span style={{ whiteSpace: 'nowrap' }}>{v}</span>
                {u.isDemo && <Tag>{t('users.demo')}</Tag>}
                {!u.active && <Tag color="red">{t('users.locked')}</Tag>}
              </Space>
            ),
          },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.role'),
            dataIndex: 'role',
            width: 150,
            render: (r: Role) => ROLE_LABELS[r][lang],
          },
          { title: t('users.organisation'), dataIndex: 'organisationName' },
          {
            title: t('users.lastLogin'),
            dataIndex: 'lastLoginAt',
            width: 140,
            render: (v) => (v ? formatDateTime(v) : '—'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            // Accounts of equal or higher standing (and one's own) show no actions: the server
            // would refuse them (server/access/standing.ts).
            render: (_, u) =>
              u.manageable && (
                <Space.Compact size="small">
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing({ mode: 'edit', user: u })}
                    data-testid={`user-edit-${u.username}`}
                  >
                    {t('users.edit')}
                  </Button>
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: [
                        { key: 'password', icon: <KeyOutlined />, label: t('users.resetPassword') },
                        u.active
                          ? { key: 'toggle', icon: <LockOutlined />, danger: true, label: t('users.lock') }
                          : { key: 'toggle', icon: <UnlockOutlined />, label: t('users.unlock') },
                      ],
                      onClick: ({ key }) =>
                        key === 'password' ? setEditing({ mode: 'password', user: u }) : void toggle(u),
                    }}
                  >
                    <Button
                      size="small"
                      icon={<MoreOutlined />}
                      aria-label={t('common.actions')}
                      data-testid={`user-more-${u.username}`}
                    />
                  </Dropdown>
                </Space.Compact>
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
  const [busy, setBusy] = useState(false);
  // The version a save is based on: after a conflict the user may load the newer one and save over it.
  const [user, setUser] = useState(editing.mode === 'create' ? null : editing.user);
  const [reloaded, setReloaded] = useState(false);
  const conflict = error instanceof ApiError && error.code === 'CONFLICT' && editing.mode === 'edit';

  async function loadLatest() {
    try {
      const latest = await get<UserDto>(`/api/users/${user!.id}`);
      setUser(latest);
      setError(null);
      setReloaded(true);
      void client.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      setError(err);
    }
  }

  async function submit() {
    // A failed client-side check is already shown at its field: nothing to throw (an unhandled
    // rejection here reached the browser console).
    const raw = await form.validateFields().catch(() => null);
    if (!raw) return;
    // An emptied optional field means "none", not an empty address.
    const v = Object.fromEntries(
      Object.entries(raw).map(([k, x]) => [
        k,
        (k === 'email' || k === 'phone') && typeof x === 'string' && x.trim() === '' ? null : x,
      ]),
    );
    setError(null);
    setBusy(true);
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
    } finally {
      setBusy(false);
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
      confirmLoading={busy}
      destroyOnHidden
    >
      <ErrorAlert
        error={formLevelError(error)}
        action={
          conflict ? (
            <Button size="small" onClick={() => void loadLatest()} data-testid="user-load-latest">
              {t('users.loadLatest')}
            </Button>
          ) : undefined
        }
      />
      {reloaded && !error && (
        <Alert
          type="info"
          showIcon
          title={t('users.reloaded', { version: user!.version })}
          style={{ marginBottom: 16 }}
        />
      )}
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
          <Form.Item
            name="password"
            label={t('users.newPassword')}
            rules={[{ required: true, min: MIN_PASSWORD_LENGTH }]}
          >
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
              <Form.Item
                name="password"
                label={t('users.password')}
                rules={[{ required: true, min: MIN_PASSWORD_LENGTH }]}
              >
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
