import { Flex, Timeline, Typography } from 'antd';
import type { StatusEvent } from '@jrpt/contracts';
import { timelineColor } from './status-colors';
import { timelineEntry } from './timeline-entry';
import { Nothing } from '@jrpt/portal-kit/remote';

/** A record's status timeline, oldest first: time, action, who, amounts, reason and note. */
export function StatusTimeline({ events }: { events: StatusEvent[] }) {
  if (events.length === 0) return <Nothing description="暂无办理记录" />;
  return (
    <Timeline
      style={{ paddingTop: 8 }}
      items={events.map((e) => {
        const entry = timelineEntry(e);
        return {
          key: e.id,
          color: timelineColor(e.toStatus),
          children: (
            <Flex vertical gap={2} data-testid="timeline-entry">
              <Typography.Text strong>{entry.title}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {entry.time} · {entry.actor}
              </Typography.Text>
              {entry.details.map((d) => (
                <Typography.Text key={d}>{d}</Typography.Text>
              ))}
            </Flex>
          ),
        };
      })}
    />
  );
}
