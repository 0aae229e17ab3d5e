/**
 * A record's status timeline (status_events), oldest first: when, what, from → to, the reason and note,
 * the amount, and who (the applicant, the institution, 金融办 or the system's response clock).
 */
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { StatusEvent } from '@jrpt/contracts';
import { dateTime, wan } from '../lib/format';

const ACTOR_LABELS: Record<StatusEvent['actor'], string> = {
  borrower: '申请人',
  institution: '金融机构',
  office: '金融办',
  system: '系统',
};

/** The dot's colour and the new status tag's colour of an event, by what happened. */
const TONES: Record<string, { dot: string; tag: string }> = {
  reject: { dot: 'red', tag: 'error' },
  review_fail: { dot: 'red', tag: 'error' },
  decline: { dot: 'orange', tag: 'warning' },
  overdue: { dot: 'red', tag: 'error' },
  return_to_pool: { dot: 'orange', tag: 'warning' },
  withdraw: { dot: 'gray', tag: 'default' },
  disburse: { dot: 'green', tag: 'success' },
};
const DEFAULT_TONE = { dot: 'blue', tag: 'processing' };

function who(event: StatusEvent): string {
  if (event.actor === 'institution' && event.institutionName) return event.institutionName;
  if (event.actor === 'office' && event.institutionName) return `金融办（${event.institutionName}）`;
  return ACTOR_LABELS[event.actor];
}

interface Props {
  events: StatusEvent[];
  /** The status labels of the record's state machine, for the "from" side. */
  statusLabels: Record<string, string>;
}

export function StatusTimeline({ events, statusLabels }: Props) {
  if (events.length === 0) return <Empty description="暂无处理记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id,
        color: (TONES[event.action] ?? DEFAULT_TONE).dot,
        children: (
          <div data-testid="timeline-event">
            <Space wrap size={[8, 4]}>
              <Typography.Text strong>{event.actionLabel}</Typography.Text>
              <span>
                {event.fromStatus && event.fromStatus !== event.toStatus && (
                  <>
                    <Tag style={{ marginInlineEnd: 4 }}>
                      {statusLabels[event.fromStatus] ?? event.fromStatus}
                    </Tag>
                    →{' '}
                  </>
                )}
                <Tag color={(TONES[event.action] ?? DEFAULT_TONE).tag}>{event.toStatusLabel}</Tag>
              </span>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {dateTime(event.createdAt)}
              </Typography.Text>
            </Space>
            <div style={{ marginTop: 4, color: 'rgba(0,0,0,0.65)' }}>
              <div>操作方：{who(event)}</div>
              {event.amountYuan !== null && (
                <div>
                  {event.action === 'disburse' ? '放款金额' : '授信金额'}：{wan(event.amountYuan)} 万元
                </div>
              )}
              {event.reasonLabel && <div>原因：{event.reasonLabel}</div>}
              {event.note && (
                <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>说明：{event.note}</div>
              )}
            </div>
          </div>
        ),
      }))}
    />
  );
}
