import { Card } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A card whose title and buttons share the head and wrap under each other on a phone (antd's head
 * cuts a long title short to make room for its `extra`).
 */
export function Section({
  title,
  actions,
  children,
  style,
  testId,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <Card
      size="small"
      data-testid={testId}
      style={{ marginBottom: 16, ...style }}
      styles={{ header: { paddingBlock: 6 } }}
      title={
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
            whiteSpace: 'normal',
          }}
        >
          <span style={{ minWidth: 0 }}>{title}</span>
          {actions && (
            <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, fontWeight: 'normal' }}>{actions}</span>
          )}
        </div>
      }
    >
      {children}
    </Card>
  );
}
