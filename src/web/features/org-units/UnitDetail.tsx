import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_LEVEL_LABELS, VILLAGE_TYPES } from '../../../shared/admin-levels.ts';
import type { AdminUnitDetailDto, AdminUnitDto } from '../../../shared/contracts/org-units.ts';
import { ORGANISATION_KINDS } from '../../../shared/organisation-kinds.ts';
import { patch, post } from '../../app/api.ts';
import { isManager, useMe } from '../../app/auth.tsx';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { ItemList, ItemRow } from '../../components/ItemList.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useFormerDistricts, useUnitDetail, useUnitOrganisations, useVillages } from './useUnits.ts';

type Link = AdminUnitDetailDto['predecessors'][number];

/**
 * One unit: what it is, since when, what it was formed from (the 2025 merger), its villages and the
 * organisations there. `onChanged(parentId)` tells the tree that the children of a unit changed.
 */
export function UnitDetail({
  id,
  onSelect,
  onChanged,
}: {
  id: number | null;
  onSelect(id: number): void;
  onChanged?(parentId: number): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const detail = useUnitDetail(id);
  const orgs = useUnitOrganisations(id);
  const u = detail.data;
  const isCommune = u?.level === 'commune';
  const villages = useVillages(isCommune ? u.id : null);
  const districts = useFormerDistricts(u?.predecessors.filter((p) => p.id !== u.id).map((p) => p.id) ?? []);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<AdminUnitDto | AdminUnitDetailDto | null>(null);
  const manager = isManager(me);

  if (id === null) return <Empty description={t('units.pick')} />;
  if (detail.isLoading) return <Skeleton active />;
  if (detail.error || !u) return <ErrorAlert error={detail.error} />;
  const validity = u.validTo
    ? t('units.validTo', { date: formatDate(u.validTo) })
    : u.validFrom
      ? t('units.validFrom', { date: formatDate(u.validFrom) })
      : t('units.always');
  const linkList = (items: Link[], withDistrict: boolean) => (
    <ItemList
      items={items}
      rowKey={(p) => p.id}
      renderItem={(p) => (
        <ItemRow
          title={<Typography.Link onClick={() => onSelect(p.id)}>{p.name}</Typography.Link>}
          description={
            withDistrict && districts.get(p.id)
              ? t('units.oldDistrict', { name: districts.get(p.id) })
              : undefined
          }
          extra={`${p.code ?? ''} · ${t(`units.${p.kind}`)}`}
        />
      )}
    />
  );

  return (
    <div data-testid="unit-detail">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {u.name} {u.validTo && <Tag>{validity}</Tag>}
        {!u.active && <Tag color="red">{t('units.inactive')}</Tag>}
        {manager && u.level === 'village' && (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing(u)}
            aria-label={t('units.editVillage')}
          />
        )}
      </Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('units.code')}>{u.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('units.level')}>{ADMIN_LEVEL_LABELS[u.level][lang]}</Descriptions.Item>
        <Descriptions.Item label={t('units.validity')}>{validity}</Descriptions.Item>
        {u.ancestors.length > 0 && (
          <Descriptions.Item label={t('units.parent')}>
            {u.ancestors.map((a, i) => (
              <span key={a.id}>
                {i > 0 && ' › '}
                <Typography.Link onClick={() => onSelect(a.id)}>{a.name}</Typography.Link>
              </span>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      {u.predecessors.length > 0 && (
        <Card size="small" title={t('units.predecessors')} style={{ marginTop: 12 }}>
          {linkList(u.predecessors, true)}
        </Card>
      )}
      {u.successors.length > 0 && (
        <Card size="small" title={t('units.successors')} style={{ marginTop: 12 }}>
          {linkList(u.successors, false)}
        </Card>
      )}
      {isCommune && (
        <Card
          size="small"
          title={`${t('units.villages')}${villages.data ? ` (${villages.data.length})` : ''}`}
          style={{ marginTop: 12 }}
          extra={
            manager && !u.validTo ? (
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="village-add"
              >
                {t('units.addVillage')}
              </Button>
            ) : null
          }
        >
          <ErrorAlert error={villages.error} />
          <ItemList
            loading={villages.isLoading}
            items={villages.data}
            rowKey={(v) => v.id}
            empty={t('units.noVillages')}
            renderItem={(v) => (
              <ItemRow
                title={
                  <>
                    <Typography.Link onClick={() => onSelect(v.id)}>{v.name}</Typography.Link>{' '}
                    {!v.active && <Tag color="red">{t('units.inactive')}</Tag>}
                  </>
                }
                extra={
                  manager ? (
                    <Button
                      size="small"
                      type="link"
                      icon={<EditOutlined />}
                      aria-label={t('units.editVillage')}
                      onClick={() => setEditing(v)}
                    />
                  ) : undefined
                }
              />
            )}
          />
        </Card>
      )}
      <Card size="small" title={t('units.organisations')} style={{ marginTop: 12 }}>
        <ErrorAlert error={orgs.error} />
        <ItemList
          testId="unit-organisations"
          loading={orgs.isLoading}
          items={orgs.data?.items}
          rowKey={(o) => o.id}
          empty={t('units.noOrganisations')}
          renderItem={(o) => (
            <ItemRow
              title={<Typography.Text strong>{o.name}</Typography.Text>}
              description={`${ORGANISATION_KINDS[o.kind as keyof typeof ORGANISATION_KINDS]?.[lang] ?? o.kind}${o.parentName ? ` · ${o.parentName}` : ''}`}
              extra={o.isDemo ? <Tag>{t('common.demo')}</Tag> : undefined}
            />
          )}
        />
      </Card>
      {adding && (
        <VillageModal
          parentId={u.id}
          onClose={(changed) => {
            setAdding(false);
            if (changed) onChanged?.(u.id);
          }}
        />
      )}
      {editing && (
        <VillageModal
          village={editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed && editing.parentId) onChanged?.(editing.parentId);
          }}
        />
      )}
    </div>
  );
}

/** Add a village (bản, tổ…) under a commune, or rename / retire one. Official units are read-only. */
function VillageModal({
  parentId,
  village,
  onClose,
}: {
  parentId?: number;
  village?: AdminUnitDto;
  onClose(changed: boolean): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    const values = await form.validateFields();
    setError(null);
    setBusy(true);
    try {
      const saved = village
        ? await patch<AdminUnitDetailDto>(`/api/admin-units/${village.id}`, {
            version: village.version,
            ...values,
          })
        : await post<AdminUnitDetailDto>('/api/admin-units', { parentId, ...values });
      await client.invalidateQueries({ queryKey: ['units'] });
      message.success(village ? t('users.saved') : t('units.villageAdded', { name: saved.name }));
      onClose(true);
    } catch (err) {
      // What was typed stays in the form, a 409 conflict included.
      setError(err);
      form.setFields(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={village ? `${t('units.editVillage')}: ${village.name}` : t('units.addVillage')}
      onOk={submit}
      onCancel={() => onClose(false)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={
          village ? { type: village.type, name: village.shortName, active: village.active } : { type: 'bản' }
        }
      >
        <Form.Item name="type" label={t('units.villageType')}>
          <Select options={VILLAGE_TYPES.map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="name" label={t('units.villageName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={120} autoFocus />
        </Form.Item>
        {village && (
          <Form.Item name="active" valuePropName="checked">
            <Switch
              checkedChildren={t('units.villageActive')}
              unCheckedChildren={t('units.villageInactive')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
