import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityKind, MEDIA_CHANNELS } from '../../../shared/contracts/activity-kinds.ts';
import { ClubPicker } from './ClubPicker.tsx';

const num = { style: { width: '100%' }, min: 0, inputMode: 'numeric' as const };
/** Kinds whose figures are one count: the field and its label. */
const SINGLE_COUNTS = {
  conference: ['sessions', 'sessions'],
  commitment_conference: ['signers', 'signers'],
  supervision: ['unitsVisited', 'unitsVisited'],
  integration: ['meetings', 'integrationMeetings'],
  survey: ['respondents', 'respondents'],
} as const;
const M = (...path: (string | number)[]) => ['measures', ...path];

/** A number field at half a phone's width, a third on wider screens. */
function Count({
  name,
  label,
  testId,
  step,
}: {
  name: (string | number)[];
  label: string;
  testId: string;
  step?: number;
}) {
  return (
    <Col xs={12} sm={8}>
      <Form.Item name={name} label={label}>
        <InputNumber {...num} step={step} data-testid={testId} />
      </Form.Item>
    </Col>
  );
}

/** The figures a record of this kind of activity has: broadcasts have channels and minutes, a training its days and trainees… */
export function MeasuresFields({
  kind,
  listError,
}: {
  kind: ActivityKind;
  /** The server's message about a whole list (['measures','distributed']), shown under it. */
  listError?(list: string): string | undefined;
}) {
  const { t } = useTranslation();
  const m = (k: string) => t(`activities.m.${k}`);
  const text = (name: string, label: string, required = true): ReactNode => (
    <Col xs={24} sm={12}>
      <Form.Item
        name={M(name)}
        label={label}
        rules={required ? [{ required: true, whitespace: true, message: t('activities.form.required') }] : []}
      >
        <Input data-testid={`m-${name}`} />
      </Form.Item>
    </Col>
  );
  const single = SINGLE_COUNTS[kind as keyof typeof SINGLE_COUNTS];
  if (single)
    return (
      <Row gutter={8}>
        <Count name={M(single[0])} label={m(single[1])} testId={`m-${single[0]}`} />
      </Row>
    );
  switch (kind) {
    case 'media':
      return (
        <Form.List name={M('items')}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} data-testid={`m-item-${f.name}`} align="bottom" wrap={false}>
                  <Col flex="1 1 150px" style={{ minWidth: 0 }}>
                    <Form.Item name={[f.name, 'channel']} label={m('channel')}>
                      <Select
                        data-testid={`m-item-${f.name}-channel`}
                        options={MEDIA_CHANNELS.map((c) => ({
                          value: c,
                          label: t(`activities.channels.${c}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="0 0 72px">
                    <Form.Item name={[f.name, 'count']} label={m('count')}>
                      <InputNumber {...num} min={1} data-testid={`m-item-${f.name}-count`} />
                    </Form.Item>
                  </Col>
                  <Col flex="0 0 72px">
                    <Form.Item name={[f.name, 'minutes']} label={m('minutes')}>
                      <InputNumber {...num} data-testid={`m-item-${f.name}-minutes`} />
                    </Form.Item>
                  </Col>
                  <Col flex="0 0 32px">
                    <Form.Item label=" ">
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('activities.form.remove')}
                        onClick={() => remove(f.name)}
                        disabled={fields.length === 1}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={listError?.('items') ? [listError('items')] : []} />
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ channel: 'loudspeaker', count: 1, minutes: null })}
                style={{ marginBottom: 12 }}
              >
                {m('addChannel')}
              </Button>
            </>
          )}
        </Form.List>
      );
    case 'school_session':
      return (
        <Row gutter={8}>
          {text('school', m('school'))}
          <Count name={M('classes')} label={m('classes')} testId="m-classes" />
          <Count name={M('teams')} label={m('teams')} testId="m-teams" />
          <Count name={M('sessions')} label={m('sessions')} testId="m-sessions" />
        </Row>
      );
    case 'iec_material':
      return (
        <>
          <Row gutter={8}>
            {text('materialKind', m('materialKind'))}
            {text('title', m('materialTitle'))}
            <Count name={M('produced')} label={m('produced')} testId="m-produced" />
          </Row>
          <Typography.Text strong>{m('distributed')}</Typography.Text>
          <Form.List name={M('distributed')}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="bottom" wrap={false}>
                    <Col flex="1 1 160px" style={{ minWidth: 0 }}>
                      <Form.Item
                        name={[f.name, 'recipient']}
                        label={m('recipient')}
                        rules={[{ required: true, whitespace: true, message: t('activities.form.required') }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col flex="0 0 96px">
                      <Form.Item name={[f.name, 'quantity']} label={m('quantity')}>
                        <InputNumber {...num} />
                      </Form.Item>
                    </Col>
                    <Col flex="0 0 32px">
                      <Form.Item label=" ">
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('activities.form.remove')}
                          onClick={() => remove(f.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={listError?.('distributed') ? [listError('distributed')] : []} />
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ recipient: '', quantity: 0 })}
                  style={{ margin: '8px 0 12px' }}
                >
                  {m('addRecipient')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      );
    case 'club':
      return (
        <Row gutter={8}>
          <ClubPicker />
          {text('clubName', m('clubName'))}
          {text('school', m('school'), false)}
          <Count name={M('members')} label={m('members')} testId="m-members" />
          <Count name={M('meetings')} label={m('meetings')} testId="m-meetings" />
        </Row>
      );
    case 'training':
      return (
        <Row gutter={8}>
          <Count name={M('days')} label={m('days')} testId="m-days" step={0.5} />
          <Count name={M('trainees')} label={m('trainees')} testId="m-trainees" />
        </Row>
      );
    case 'counselling':
      return (
        <Row gutter={8}>
          <Count name={M('households')} label={m('households')} testId="m-households" />
          <Count name={M('couples')} label={m('couples')} testId="m-couples" />
          <Count name={M('visits')} label={m('visits')} testId="m-visits" />
        </Row>
      );
    case 'special_day':
      return (
        <Row gutter={8}>
          <Col xs={24} sm={12}>
            <Form.Item name={M('day')} label={m('day')}>
              <Select
                data-testid="m-day"
                options={(['11/10', '1/10', 'other'] as const).map((d) => ({
                  value: d,
                  label: t(`activities.specialDays.${d}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Count name={M('events')} label={m('events')} testId="m-events" />
        </Row>
      );
    default:
      return <Typography.Paragraph type="secondary">{m('other')}</Typography.Paragraph>;
  }
}
