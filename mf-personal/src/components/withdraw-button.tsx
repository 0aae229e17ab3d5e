import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { apiFetch, errorMessage } from '@jrpt/portal-kit';

/**
 * 撤销 with a confirmation. `url` is the record's withdraw endpoint; `version` the one shown, so a record
 * the institution has just accepted is not withdrawn behind the borrower's back (the API answers 409).
 */
export function WithdrawButton({
  url,
  version,
  what,
  onDone,
  size = 'small',
}: {
  url: string;
  version: number;
  what: string;
  onDone: () => void;
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  const withdraw = async () => {
    setSending(true);
    try {
      await apiFetch(url, { method: 'POST', body: { version } });
      message.success(`${what}已撤销`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSending(false);
      onDone();
    }
  };
  return (
    <Popconfirm
      title={`撤销${what}`}
      description={`确定撤销这条${what}吗？撤销后不可恢复。`}
      okText="确定撤销"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: sending }}
      onConfirm={withdraw}
    >
      <Button size={size} danger type={size === 'small' ? 'link' : 'default'} loading={sending}>
        撤销
      </Button>
    </Popconfirm>
  );
}
