import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_LEVEL_LABELS, VILLAGE_TYPES } from '../../../shared/admin-levels.ts';
import { formatDateVi } from '../../../shared/format/index.ts';
import { ORGANISATION_KINDS } from '../../../shared/organisation-kinds.ts';
import { post } from '../../app/api.ts';
import { isManager, useMe } from '../../app/auth.tsx';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { useUnitDetail, useUnitOrganisations } from './useUnits.ts';

export function UnitDetail({ id, onSelect }: { id: number | null; onSelect(id: number): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const detail = useUnitDetail(id);
  const orgs = useUnitOrganisations(id);
  const [adding, setAdding] = useState(false);

  if (id === null) return <Empty description={t('units.pick')} />;
  if (detail.isLoading) return <Skeleton active />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const u = detail.data!;
  const validity = u.validTo
    ? t('units.validTo', { date: formatDateVi(u.validTo) })
    : u.validFrom
      ? t('units.validFrom', { date: formatDateVi(u.validFrom) })
      : t('units.always');
  const linkList = (items: typeof u.predecessors) => (
    <List
      size="small"
      dataSource={items}
      renderItem={(p) => (
        <List.Item>
          <Typography.Link onClick={() => onSelect(p.id)}>{p.name}</Typography.Link>
          <span style={{ color: '#888' }}>
            {p.code} · {t(`units.${p.kind}`)}
          </span>
        </List.Item>
      )}
    />
  );

  return (
    <div data-testid="unit-detail">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {u.name} {u.validTo && <Tag>{validity}</Tag>}
      </Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('units.code')}>{u.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('units.level')}>{ADMIN_LEVEL_LABELS[u.level][lang]}</Descriptions.Item>
        <Descriptions.Item label={t('units.validity')}>{validity}</Descriptions.Item>
        {u.ancestors.length > 0 && (
          <Descriptions.Item label={t('units.parent')}>
            {u.ancestors.map((a) => a.name).join(' › ')}
          </Descriptions.Item>
        )}
      </Descriptions>
      {u.predecessors.length > 0 && (
        <Card size="small" title={t('units.predecessors')} style={{ marginTop: 12 }}>
          {linkList(u.predecessors)}
        </Card>
      )}
      {u.successors.length > 0 && (
        <Card size="small" title={t('units.successors')} style={{ marginTop: 12 }}>
          {linkList(u.successors)}
        </Card>
      )}
      <Card
        size="small"
        title={t('units.organisations')}
        style={{ marginTop: 12 }}
        extra={
          isManager(me) && u.level === 'commune' && !u.validTo ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('units.addVillage')}
            </Button>
          ) : null
        }
      >
        <List
          data-testid="unit-organisations"
          size="small"
          loading={orgs.isLoading}
          dataSource={orgs.data?.items ?? []}
          locale={{ emptyText: t('units.noOrganisations') }}
          renderItem={(o) => (
            <List.Item>
              <List.Item.Meta
                title={o.name}
                description={`${ORGANISATION_KINDS[o.kind as keyof typeof ORGANISATION_KINDS]?.[lang] ?? o.kind}${o.parentName ? ` · ${o.parentName}` : ''}`}
              />
              {o.isDemo && <Tag>DEMO</Tag>}
            </List.Item>
          )}
        />
      </Card>
      {adding && <AddVillageModal parentId={u.id} onClose={() => setAdding(false)} />}
    </div>
  );
}

function AddVillageModal({ parentId, onClose }: { parentId: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  async function submit() {
    const values = await form.validateFields();
    try {
      await post('/api/admin-units', { parentId, ...values });
      await client.invalidateQueries({ queryKey: ['units'] });
      message.success(t('users.saved'));
      onClose();
    } catch (err) {
      setError(err);
      form.setFields(fieldErrors(err));
    }
  }
  return (
    <Modal
      open
      title={t('units.addVillage')}
      onOk={submit}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ type: 'bản' }}>
        <Form.Item name="type" label={t('units.villageType')}>
          <Select options={VILLAGE_TYPES.map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="name" label={t('units.villageName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
