/** The response clock of an item addressed to an institution: its deadline, and 逾期未响应 once it has passed. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { dateTime } from '../lib/format';

export interface Clock {
  respondBy: string | null;
  overdueAt: string | null;
  /** Rows say it outright; a detail is overdue once the sweep flagged it. */
  overdue?: boolean;
  /** Still waiting for the institution's first answer (the clock runs only then). */
  awaiting: boolean;
  /** Withdrawn before anyone answered: nothing to say about a response. */
  closed?: boolean;
}

export function OverdueTag({ respondBy, overdueAt, overdue, awaiting }: Clock) {
  if (!awaiting || !(overdue ?? overdueAt !== null)) return null;
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

/** 响应期限: the deadline and the overdue tag while awaiting; afterwards 已响应 (曾逾期 when it was late). */
export function RespondBy(clock: Clock) {
  if (clock.closed || (clock.awaiting && !clock.respondBy))
    return <Typography.Text type="secondary">-</Typography.Text>;
  if (!clock.awaiting)
    return (
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {clock.overdueAt ? '已响应（曾逾期）' : '已响应'}
      </Typography.Text>
    );
  return (
    <Space direction="vertical" size={2}>
      <span style={{ whiteSpace: 'nowrap' }}>{dateTime(clock.respondBy)}</span>
      <OverdueTag {...clock} />
    </Space>
  );
}
