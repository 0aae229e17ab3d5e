import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../index';

/** A page of the micro-frontend: its heading, an optional line under it, and the content. */
export function Page({
  title,
  intro,
  extra,
  children,
}: {
  title: string;
  intro?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Flex vertical gap={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-end" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {intro && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {intro}
            </Typography.Paragraph>
          )}
        </div>
        {extra}
      </Flex>
      {children}
    </Flex>
  );
}
