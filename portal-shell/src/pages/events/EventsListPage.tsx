import { Alert, Button, Empty, Input, Pagination, Skeleton, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import {
  EVENT_STATUS_LABELS,
  EVENT_STATUSES,
  type EventStatus,
  type EventSummary,
  type Paged,
} from '@jrpt/contracts';
import { buildUrl, date, dateTime, useApi, usePageTitle } from '@jrpt/portal-kit';
import { nextListParams, pageParam } from '../../common/paging';
import { EventStatusTag } from './EventStatusTag';
import '../../common/pages.css';
import './events.css';

const PAGE_SIZE = 10;
const eventStatus = (value: string | null): EventStatus => (value === 'ended' ? 'ended' : 'ongoing');

/** 金融活动 (manual §2.5): ongoing and ended events. */
export default function EventsListPage() {
  usePageTitle('金融活动');
  const [params, setParams] = useSearchParams();
  const status = eventStatus(params.get('status'));
  const keyword = params.get('keyword') ?? '';
  const page = pageParam(params.get('page'));

  const { data, error, isLoading, mutate } = useApi<Paged<EventSummary>>(
    buildUrl('/api/events', { status, keyword, page, pageSize: PAGE_SIZE }),
    { keepPreviousData: true },
  );

  const update = (changes: Record<string, string | number | null>) => {
    setParams(nextListParams(params, changes));
    if ('page' in changes) window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <div className="page container">
      <div className="page-card">
        <h1 className="visually-hidden">金融活动</h1>
        <div className="list-toolbar">
          <Tabs
            activeKey={status}
            onChange={(k) => update({ status: k })}
            items={EVENT_STATUSES.map((s) => ({ key: s, label: `${EVENT_STATUS_LABELS[s]}的活动` }))}
            size="large"
          />
          <Input.Search
            key={keyword}
            className="search-box"
            defaultValue={keyword}
            placeholder="请输入活动名称"
            enterButton="查询"
            allowClear
            maxLength={50}
            aria-label="查询活动"
            onSearch={(value) => update({ keyword: value.trim() })}
          />
        </div>

        {error && !data ? (
          <Alert
            type="error"
            showIcon
            style={{ margin: '24px 0' }}
            message="金融活动暂时无法获取"
            description={error.message}
            action={<Button onClick={() => mutate()}>重试</Button>}
          />
        ) : isLoading && !data ? (
          <Skeleton active paragraph={{ rows: 8 }} style={{ marginTop: 24 }} />
        ) : !data?.items.length ? (
          <Empty
            style={{ margin: '48px 0' }}
            description={
              keyword ? `没有找到与“${keyword}”相关的活动` : `暂无${EVENT_STATUS_LABELS[status]}的活动`
            }
          />
        ) : (
          <>
            <ul className="entry-list" aria-busy={isLoading}>
              {data.items.map((e) => (
                <li key={e.id} className="entry event-entry">
                  <div className="event-date" aria-hidden>
                    <span className="event-day">{date(e.startsAt).slice(8, 10)}</span>
                    <span className="event-month">{date(e.startsAt).slice(0, 7)}</span>
                  </div>
                  <div className="event-main">
                    <h2 className="entry-title">
                      <Link to={`/events/${e.id}`}>{e.title}</Link> <EventStatusTag event={e} />
                    </h2>
                    <div className="entry-meta">
                      <span>活动时间：{dateTime(e.startsAt)}</span>
                      <span>活动地址：{e.address}</span>
                      <span>主办方：{e.organizer}</span>
                      <span>报名截止：{dateTime(e.signupDeadline)}</span>
                      <span>限制人数：{e.capacity === null ? '不限' : `${e.capacity}人`}</span>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              className="list-pagination"
              current={data.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              showTotal={(total) => `共 ${total} 场`}
              onChange={(p) => update({ page: p })}
            />
          </>
        )}
      </div>
    </div>
  );
}
