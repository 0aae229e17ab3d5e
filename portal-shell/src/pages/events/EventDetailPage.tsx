import { Alert, Breadcrumb, Button, Descriptions, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import type { EventDetail } from '@jrpt/contracts';
import { dateTime, useApi, usePageTitle } from '@jrpt/portal-kit';
import { LinkButton } from '../../common/LinkButton';
import { SafeHtml } from '../../common/SafeHtml';
import { EventStatusTag } from './EventStatusTag';
import '../../common/pages.css';
import './events.css';

/** 活动详情: 报名截止时间, 活动地址, 活动开始时间, 限制人数, 主办方 and the description. */
export default function EventDetailPage() {
  const { id } = useParams();
  const validId = id && /^\d{1,15}$/.test(id) ? id : null;
  const { data, error, isLoading, mutate } = useApi<EventDetail>(validId ? `/api/events/${validId}` : null);
  usePageTitle(data?.title ?? '金融活动');

  if (!validId || error?.status === 404) {
    return (
      <Result
        status="404"
        title="活动不存在"
        subTitle="该活动可能已被删除。"
        extra={
          <LinkButton type="primary" to="/events">
            返回金融活动
          </LinkButton>
        }
      />
    );
  }

  return (
    <div className="page container">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/">首页</Link> },
          { title: <Link to="/events">金融活动</Link> },
          { title: '活动详情' },
        ]}
      />
      <article className="page-card">
        {error ? (
          <Alert
            type="error"
            showIcon
            message="活动暂时无法获取"
            description={error.message}
            action={<Button onClick={() => mutate()}>重试</Button>}
          />
        ) : isLoading || !data ? (
          <Skeleton active title paragraph={{ rows: 10 }} />
        ) : (
          <>
            <header className="article-head">
              <h1 className="article-title">
                {data.title} <EventStatusTag event={data} />
              </h1>
            </header>
            <Descriptions
              className="event-facts"
              bordered
              size="middle"
              column={{ xs: 1, sm: 1, md: 2 }}
              items={[
                { key: 'deadline', label: '报名截止时间', children: dateTime(data.signupDeadline) },
                { key: 'address', label: '活动地址', children: data.address },
                { key: 'start', label: '活动开始时间', children: dateTime(data.startsAt) },
                {
                  key: 'capacity',
                  label: '限制人数',
                  children: data.capacity === null ? '不限' : `${data.capacity}人`,
                },
                { key: 'organizer', label: '主办方', children: data.organizer },
                { key: 'end', label: '活动结束时间', children: dateTime(data.endsAt) },
              ]}
            />
            <SafeHtml className="article-body" html={data.body} />
            <footer className="article-foot">
              <LinkButton to="/events">返回活动列表</LinkButton>
            </footer>
          </>
        )}
      </article>
    </div>
  );
}
