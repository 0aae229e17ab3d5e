import { Tag, Tooltip } from 'antd';
import type { Region } from '@jrpt/contracts';

/** 服务区域 / 适用地区 as tags; past `max` the rest fold into "+n" with their names on hover. */
export function RegionTags({
  regions,
  max = 3,
  empty = '-',
}: {
  regions: Region[];
  max?: number;
  empty?: string;
}) {
  if (regions.length === 0) return <>{empty}</>;
  const shown = regions.slice(0, max);
  const rest = regions.slice(max);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {shown.map((r) => (
        <Tag key={r.id}>{r.name}</Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.map((r) => r.name).join('、')}>
          <Tag>+{rest.length}</Tag>
        </Tooltip>
      )}
    </span>
  );
}
