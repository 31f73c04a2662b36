import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChecklistItemDto, FACILITY_KINDS } from '../../../../shared/contracts/facilities.ts';
import { searchMatches } from '../../../../shared/text/index.ts';
import { useMe } from '../../../app/auth.tsx';
import { facilityAccess } from '../access.ts';
import { useChecklist, useProvinces } from '../api.ts';
import { editColumn } from '../common/EditButton.tsx';
import { CheckField, EditDrawer } from '../common/EditDrawer.tsx';
import { QueryTable } from '../common/QueryTable.tsx';
import { Section } from '../common/Section.tsx';

/**
 * The province's inspection checklist; an administrator (who belongs to no province) picks the
 * province, adds items and edits them.
 */
export function ChecklistCard() {
  const { t } = useTranslation();
  const access = facilityAccess(useMe());
  const provinces = useProvinces(access.admin);
  const [province, setProvince] = useState<string | undefined>();
  const checklist = useChecklist(province, !access.admin || !!province);
  const [editing, setEditing] = useState<ChecklistItemDto | 'new' | null>(null);
  return (
    <Section
      title={t('facilities.legal.checklist')}
      actions={
        access.admin && (
          <Space wrap size={4}>
            <Select
              aria-label={t('facilities.legal.checklistProvince')}
              placeholder={t('facilities.legal.pickProvince')}
              showSearch={{ filterOption: (input, o) => searchMatches(String(o?.label ?? ''), input) }}
              value={province}
              onChange={setProvince}
              options={(provinces.data ?? []).map((p) => ({ value: p.code ?? '', label: p.name }))}
              style={{ width: 200 }}
            />
            <Button
              size="small"
              icon={<PlusOutlined />}
              disabled={!province}
              onClick={() => setEditing('new')}
            >
              {t('facilities.legal.addItem')}
            </Button>
          </Space>
        )
      }
    >
      <QueryTable<ChecklistItemDto>
        testId="checklist-list"
        query={checklist}
        minWidth={700}
        empty={
          access.admin && !province
            ? t('facilities.legal.pickProvince')
            : t('facilities.legal.emptyChecklist')
        }
        columns={[
          { title: t('facilities.legal.sortOrder'), dataIndex: 'sortOrder', width: 70, align: 'right' },
          {
            title: t('facilities.legal.item'),
            key: 'label',
            render: (_, i) => (
              <>
                {i.label} {!i.active && <Tag>{t('facilities.legal.inactive')}</Tag>}
              </>
            ),
          },
          {
            title: t('facilities.legal.appliesTo'),
            key: 'appliesTo',
            width: 260,
            render: (_, i) => (
              <Space size={[0, 4]} wrap>
                {i.appliesTo.map((k) => (
                  <Tag key={k}>{t(`facilities.kinds.${k}`)}</Tag>
                ))}
              </Space>
            ),
          },
          ...(access.admin
            ? [editColumn<ChecklistItemDto>(() => t('facilities.legal.editItem'), setEditing)]
            : []),
        ]}
      />
      {editing && province && (
        <ChecklistItemDrawer
          item={editing === 'new' ? null : editing}
          province={province}
          onClose={() => setEditing(null)}
        />
      )}
    </Section>
  );
}

function ChecklistItemDrawer({
  item,
  province,
  onClose,
}: {
  item: ChecklistItemDto | null;
  province: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <EditDrawer<ChecklistItemDto>
      title={item ? t('facilities.legal.editItem') : t('facilities.legal.addItem')}
      entry={item}
      url="/api/checklist-items"
      initialValues={
        item
          ? { label: item.label, appliesTo: item.appliesTo, sortOrder: item.sortOrder, active: item.active }
          : { appliesTo: ['health_facility'], sortOrder: 100, active: true, province }
      }
      onClose={onClose}
      testId="checklist-drawer"
    >
      {() => (
        <>
          {!item && (
            <Form.Item name="province" hidden>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="label" label={t('facilities.legal.item')} rules={[{ required: true, max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item
            name="appliesTo"
            label={t('facilities.legal.appliesTo')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group
              options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilities.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('facilities.legal.sortOrder')}>
            <InputNumber min={0} max={10_000} precision={0} />
          </Form.Item>
          <CheckField name="active" label={t('facilities.legal.active')} />
        </>
      )}
    </EditDrawer>
  );
}
