import { App, Badge, Button, Card, Flex, List, Segmented, theme, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useContext, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSWRConfig } from 'swr';
import { SUBJECT_TYPE_LABELS, type Message, type MessagePage } from '@jrpt/contracts';
import { apiFetch, dateTime, errorMessage, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';
import { StandaloneContext } from '../../hosting';
import { usePageCardSize } from '../../components/use-phone';
import { PAGE_SIZE, usePagedParams } from '../../components/paging';
import { isMessagesKey, messageListUrl, messageTarget } from './messages';

/** 消息中心: every status change of the borrower's records; opening one marks it read and shows the record. */
export default function MessagesPage() {
  const cardSize = usePageCardSize();
  const { params, page, setPage, setParam } = usePagedParams();
  const unreadOnly = params.get('filter') === 'unread';
  const { message } = App.useApp();
  const { mutate } = useSWRConfig();
  const navigate = useNavigate();
  const appPath = useAppPath();
  const standalone = useContext(StandaloneContext);
  const [readingAll, setReadingAll] = useState(false);
  const { data, error, isLoading } = useApi<MessagePage>(messageListUrl(page, PAGE_SIZE, unreadOnly), {
    keepPreviousData: true,
  });
  const refresh = () => mutate(isMessagesKey);

  const open = async (m: Message) => {
    if (!m.read) {
      try {
        await apiFetch<Message>(`/api/messages/${m.id}/read`, { method: 'POST' });
      } catch (err) {
        message.error(errorMessage(err));
      }
      void refresh();
    }
    const target = messageTarget(m.link);
    if (target?.kind === 'inside') navigate(appPath(target.path));
    else if (target?.kind === 'portal') {
      if (standalone) window.location.assign(target.path);
      else navigate(target.path);
    }
  };

  const readAll = async () => {
    setReadingAll(true);
    try {
      const res = await apiFetch<{ updated: number }>('/api/messages/read-all', { method: 'POST' });
      message.success(res.updated > 0 ? `${res.updated} 条消息已标为已读` : '没有未读消息');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setReadingAll(false);
      void refresh();
    }
  };

  return (
    <Page
      title="消息中心"
      intro="申请、需求的每一次状态变化都会通知您；点击消息查看对应记录。"
      extra={
        <Button
          onClick={() => void readAll()}
          loading={readingAll}
          disabled={!data || data.unreadCount === 0}
        >
          全部已读
        </Button>
      }
    >
      <Card size={cardSize}>
        <Flex vertical gap={12}>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setParam('filter', v === 'unread' ? 'unread' : null)}
            options={[
              { value: 'all', label: '全部消息' },
              { value: 'unread', label: `未读${data ? `（${data.unreadCount}）` : ''}` },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {error ? (
            <LoadError error={error} onRetry={() => void refresh()} />
          ) : !data ? (
            <Loading rows={6} />
          ) : (
            <List<Message>
              dataSource={data.items}
              loading={isLoading}
              locale={{ emptyText: <Nothing description={unreadOnly ? '没有未读消息' : '暂无消息'} /> }}
              pagination={
                data.total > data.pageSize
                  ? {
                      current: data.page,
                      pageSize: data.pageSize,
                      total: data.total,
                      onChange: setPage,
                      showSizeChanger: false,
                      align: 'center',
                      size: 'small',
                    }
                  : false
              }
              renderItem={(m) => <MessageItem message={m} onOpen={() => void open(m)} />}
            />
          )}
        </Flex>
      </Card>
    </Page>
  );
}

function MessageItem({ message: m, onOpen }: { message: Message; onOpen: () => void }) {
  const target = messageTarget(m.link);
  const { token } = theme.useToken();
  return (
    <List.Item
      style={{ padding: 0 }}
      data-message-id={m.id}
      data-read={m.read ? 'true' : 'false'}
      className="personal-message"
    >
      <button
        type="button"
        onClick={onOpen}
        aria-label={`${m.read ? '' : '未读消息：'}${m.title}`}
        style={{
          all: 'unset',
          boxSizing: 'border-box',
          display: 'flex',
          gap: 12,
          alignItems: 'flex-start',
          width: '100%',
          padding: '12px 4px',
          cursor: 'pointer',
        }}
      >
        <Badge dot={!m.read} offset={[-2, 6]} style={{ flex: 'none' }}>
          <span style={{ display: 'inline-block', width: 8 }} />
        </Badge>
        <Flex component="span" vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Flex component="span" justify="space-between" gap={8} wrap>
            <Typography.Text strong={!m.read} style={{ fontSize: 15 }}>
              {m.title}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {dateTime(m.createdAt)}
            </Typography.Text>
          </Flex>
          <Typography.Text type={m.read ? 'secondary' : undefined}>{m.body}</Typography.Text>
          {target && (
            <span style={{ fontSize: 13, color: token.colorLink }}>
              {m.subjectType ? `查看${SUBJECT_TYPE_LABELS[m.subjectType]}` : '查看详情'} <RightOutlined />
            </span>
          )}
        </Flex>
      </button>
    </List.Item>
  );
}
