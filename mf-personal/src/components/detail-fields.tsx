import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { usePhone } from './use-phone';

/** Every field of a record, label beside value: two columns on a wide screen, one on a phone. */
export function DetailFields({ items }: { items: { label: string; value: ReactNode }[] }) {
  const phone = usePhone();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 2 }}
      styles={{
        label: phone ? { width: '38%' } : { width: 140, whiteSpace: 'nowrap' },
        content: { wordBreak: 'break-all' },
      }}
      items={items.map((it) => ({ key: it.label, label: it.label, children: it.value }))}
    />
  );
}
