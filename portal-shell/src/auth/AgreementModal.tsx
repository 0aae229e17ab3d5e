import { Alert, Button, Modal, Skeleton } from 'antd';
import type { Agreement, AgreementCode } from '@jrpt/contracts';
import { date, useApi } from '@jrpt/portal-kit';

/** The full text of an agreement (latest version), read from the API when the modal opens. */
export function AgreementModal({
  code,
  open,
  onClose,
}: {
  code: AgreementCode;
  open: boolean;
  onClose: () => void;
}) {
  const { data, error, isLoading, mutate } = useApi<Agreement>(open ? `/api/agreements/${code}` : null);
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={data ? `《${data.title}》` : '协议'}
      width={760}
      footer={
        <Button type="primary" onClick={onClose}>
          我知道了
        </Button>
      }
    >
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : error ? (
        <Alert
          type="error"
          showIcon
          message="协议内容暂时无法获取"
          action={
            <Button size="small" onClick={() => mutate()}>
              重试
            </Button>
          }
        />
      ) : data ? (
        <>
          <div className="agreement-meta">
            第{data.version}版 · 发布于 {date(data.publishedAt)}
          </div>
          <div className="agreement-body">{data.body}</div>
        </>
      ) : null}
    </Modal>
  );
}
