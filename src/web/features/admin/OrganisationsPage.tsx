import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDetailDto, OrganisationDto } from '../../../shared/contracts/org-units.ts';
import {
  kindsForLevel,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../../../shared/organisation-kinds.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { get, patch, post, qs } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert, errorMessage, fieldErrors } from '../../components/ErrorAlert.tsx';
import { FileImportButton } from '../../components/FileImportButton.tsx';
import { OrganisationPicker } from '../../components/OrganisationPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useDebounced } from '../../components/useDebounced.ts';

// The file's own column headings: written in Vietnamese whatever the page's language.
const ORGANISATION_IMPORT_HEADINGS =
  'Tên cơ quan, Loại, Địa bàn (tên hoặc mã), Cơ quan chủ quản, Người đứng đầu, Địa chỉ, Điện thoại, Thư điện tử.';

// Organisations of the manager's province (issue 14 item 5): search, add, edit, deactivate, import.
// The kinds offered follow the chosen unit's level, by the same rule table the API applies.

export default function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q);
  const [inactive, setInactive] = useState(false);
  const [editing, setEditing] = useState<OrganisationDto | 'new' | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const list = useQuery({
    queryKey: ['organisations', 'page', debounced, inactive],
    queryFn: () =>
      get<{ items: OrganisationDto[] }>(
        `/api/organisations${qs({ q: debounced || undefined, includeInactive: inactive ? 'true' : undefined })}`,
      ),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['organisations'] });
  const isManager = MANAGER_ROLES.includes(me.role);

  async function toggle(o: OrganisationDto) {
    try {
      await patch(`/api/organisations/${o.id}`, { version: o.version, active: !o.active });
      await refresh();
    } catch (err) {
      message.error(errorMessage(err, t, i18n.language));
    }
  }

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        extra={
          isManager && (
            <Space wrap>
              <FileImportButton<{ created: number }>
                url="/api/organisations/import"
                label={t('organisations.import')}
                testId="organisations-import"
                onError={setImportError}
                onDone={(r) => {
                  message.success(t('organisations.imported', { count: r.created }));
                  void refresh();
                }}
              />
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="org-add"
              >
                {t('organisations.add')}
              </Button>
            </Space>
          )
        }
      />
      {isManager && (
        <Alert
          type="info"
          title={
            <>
              {t('organisations.importHelp')} <span lang="vi">{ORGANISATION_IMPORT_HEADINGS}</span>
            </>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <ErrorAlert error={importError} maxIssues={20} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('organisations.search')}
          aria-label={t('organisations.search')}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 320 }}
          data-testid="org-search"
        />
        <Checkbox checked={inactive} onChange={(e) => setInactive(e.target.checked)}>
          {t('organisations.showInactive')}
        </Checkbox>
      </Space>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 25, showSizeChanger: false }}
        columns={[
          {
            title: t('organisations.name'),
            dataIndex: 'name',
            render: (v, o) => (
              <Space size={4} wrap>
                <span>{v}</span>
                {!o.active && <Tag color="red">{t('organisations.inactive')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('organisations.kind'),
            dataIndex: 'kind',
            width: 200,
            render: (k: OrganisationKind) => ORGANISATION_KINDS[k]?.[lang] ?? k,
          },
          { title: t('organisations.unit'), dataIndex: 'adminUnitName', width: 180 },
          { title: t('organisations.parent'), dataIndex: 'parentName', width: 220 },
          ...(isManager
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 210,
                  render: (_: unknown, o: OrganisationDto) => (
                    <Space>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(o)}
                        aria-label={t('organisations.edit')}
                      />
                      <Button size="small" onClick={() => void toggle(o)}>
                        {o.active ? t('organisations.deactivate') : t('organisations.activate')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <OrganisationForm
          organisation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('organisations.saved'));
            void refresh();
          }}
        />
      )}
    </>
  );
}

function OrganisationForm(props: { organisation: OrganisationDto | null; onClose(): void; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const o = props.organisation;
  const unitId = Form.useWatch('adminUnitId', form) ?? o?.adminUnitId;
  const unit = useQuery({
    queryKey: ['units', 'detail', unitId],
    queryFn: () => get<AdminUnitDetailDto>(`/api/admin-units/${unitId}`),
    enabled: !!unitId,
  });
  const kinds = unit.data ? kindsForLevel(unit.data.level) : [];

  async function save(v: Record<string, unknown>) {
    setError(null);
    const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === '' ? null : x]));
    try {
      if (o) await patch(`/api/organisations/${o.id}`, { ...body, version: o.version });
      else await post('/api/organisations', body);
      props.onSaved();
    } catch (err) {
      setError(err);
      form.setFields(fieldErrors(err));
    }
  }

  return (
    <Modal
      open
      title={o ? t('organisations.edit') : t('organisations.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      width={640}
      okButtonProps={{ 'data-testid': 'org-save' } as Record<string, string>}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          o
            ? {
                name: o.name,
                abbreviation: o.abbreviation,
                kind: o.kind,
                adminUnitId: o.adminUnitId,
                parentId: o.parentId,
                headName: o.headName,
                address: o.address,
                phone: o.phone,
                email: o.email,
              }
            : {}
        }
      >
        <Form.Item name="name" label={t('organisations.name')} rules={[{ required: true, min: 2 }]}>
          <Input data-testid="org-name" />
        </Form.Item>
        <Form.Item
          name="adminUnitId"
          label={t('organisations.unit')}
          rules={[{ required: true }]}
          className="org-unit"
        >
          <UnitPicker />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('organisations.kind')}
          rules={[{ required: true }]}
          className="org-kind"
        >
          <Select
            data-testid="org-kind"
            disabled={!unit.data}
            placeholder={unit.data ? undefined : t('organisations.pickUnitFirst')}
            showSearch={{ optionFilterProp: 'label' }}
            options={kinds.map((k) => ({ value: k, label: ORGANISATION_KINDS[k][lang] }))}
          />
        </Form.Item>
        <Form.Item name="parentId" label={t('organisations.parent')}>
          <OrganisationPicker allowClear />
        </Form.Item>
        <Form.Item name="abbreviation" label={t('organisations.abbreviation')}>
          <Input />
        </Form.Item>
        <Form.Item name="headName" label={t('organisations.headName')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('organisations.phone')}>
          <Input data-testid="org-phone" />
        </Form.Item>
        <Form.Item name="email" label={t('organisations.email')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('organisations.address')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
