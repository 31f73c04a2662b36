import { Drawer, Grid } from 'antd';
import type { ReactNode } from 'react';

/** A drawer for a form: the whole screen on a phone, `width` px beside the page otherwise. */
export function SideDrawer({
  title,
  testId,
  onClose,
  footer,
  width = 560,
  children,
}: {
  title: string;
  testId: string;
  onClose(): void;
  footer?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open
      title={title}
      onClose={onClose}
      size={phone ? '100%' : width}
      destroyOnHidden
      data-testid={testId}
      footer={footer}
    >
      {children}
    </Drawer>
  );
}
