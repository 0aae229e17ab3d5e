import { Tag } from 'antd';
import type { EventSummary } from '@jrpt/contracts';

export function EventStatusTag({ event }: { event: Pick<EventSummary, 'status' | 'signupOpen'> }) {
  if (event.status === 'ended') return <Tag>已结束</Tag>;
  return event.signupOpen ? <Tag color="red">报名中</Tag> : <Tag color="orange">报名已截止</Tag>;
}
