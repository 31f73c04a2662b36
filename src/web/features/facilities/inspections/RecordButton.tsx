import { FormOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Subject } from '../api.ts';

/** "Ghi biên bản kiểm tra": the inspection form, with whom to inspect already chosen when given. */
export function RecordButton({
  subject,
  primary,
  testId,
}: {
  subject?: Subject;
  primary?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = subject ? `?${new URLSearchParams(subject as Record<string, string>)}` : '';
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      size={primary ? 'middle' : 'small'}
      icon={<FormOutlined />}
      onClick={() => navigate(`/facilities/inspections/new${query}`)}
      data-testid={testId}
    >
      {t('facilities.inspections.record')}
    </Button>
  );
}
