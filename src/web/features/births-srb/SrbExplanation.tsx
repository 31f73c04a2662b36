import { QuestionCircleOutlined } from '@ant-design/icons';
import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SrbSettingsDto } from '../../../shared/contracts/srb.ts';
import { flagLabel, fmtCount, fmtPct } from './srb-format.ts';

const PARAGRAPHS = ['what', 'swing', 'interval', 'model', 'probability', 'insufficient', 'limits'] as const;

/** "Đọc các con số thế nào?": the figures explained in plain words, with this server's settings. */
export function SrbExplanation({
  settings,
  defaultOpen,
}: {
  settings: SrbSettingsDto;
  defaultOpen?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const values = {
    lo: settings.naturalRange[0],
    hi: settings.naturalRange[1],
    window: settings.window,
    flag: fmtPct(settings.flagProbability),
    watch: fmtPct(settings.watchProbability),
    minBirths: fmtCount(settings.minBirths),
    imbalanced: flagLabel('imbalanced', i18n.language),
    watchLabel: flagLabel('watch', i18n.language),
    normal: flagLabel('normal', i18n.language),
    label: flagLabel('insufficient', i18n.language),
  };
  return (
    <Collapse
      data-testid="srb-explanation"
      style={{ marginTop: 16 }}
      defaultActiveKey={defaultOpen ? ['help'] : []}
      items={[
        {
          key: 'help',
          label: (
            <span>
              <QuestionCircleOutlined /> {t('srb.help.title')}
            </span>
          ),
          children: PARAGRAPHS.map((k) => (
            <Typography.Paragraph key={k} style={{ maxWidth: 820 }}>
              {t(`srb.help.${k}`, values)}
            </Typography.Paragraph>
          )),
        },
      ]}
    />
  );
}
