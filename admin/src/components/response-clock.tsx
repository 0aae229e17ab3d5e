/** The response clock of an item addressed to an institution: its deadline, and 逾期未响应 once it has passed. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { dateTime } from '../lib/format';

interface Clock {
  respondBy: string | null;
  overdueAt: string | null;
  /** Rows say it outright; a detail is overdue once the sweep flagged it. */
  overdue?: boolean;
}

export function OverdueTag({ respondBy, overdueAt, overdue }: Clock) {
  if (!(overdue ?? overdueAt !== null)) return null;
  return (
    <Tooltip
      title={`应在 ${dateTime(respondBy)} 前响应${overdueAt ? `，${dateTime(overdueAt)} 起标记逾期` : ''}`}
    >
      <Tag color="error" icon={<ClockCircleOutlined />} style={{ marginInlineEnd: 0 }}>
        逾期未响应
      </Tag>
    </Tooltip>
  );
}

/** 响应期限 in a list cell: the time, and the overdue tag under it. */
export function RespondBy(clock: Clock) {
  if (!clock.respondBy) return <Typography.Text type="secondary">-</Typography.Text>;
  return (
    <Space direction="vertical" size={2}>
      <span style={{ whiteSpace: 'nowrap' }}>{dateTime(clock.respondBy)}</span>
      <OverdueTag {...clock} />
    </Space>
  );
}
