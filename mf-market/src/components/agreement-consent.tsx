import { Button, Checkbox, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { agreed, AGREEMENT_TITLES, type Agreement } from '@jrpt/contracts';
import { date, useApi, zodRule } from '@jrpt/portal-kit';
import { underInputs } from './form-layout';
import { LoadError, Loading } from '@jrpt/portal-kit/remote';

const TITLE = AGREEMENT_TITLES.data_authorization;

/** The full text of 《用户授权协议》 (GET /api/agreements/data_authorization, its latest version). */
function AgreementModal({
  open,
  onAgree,
  onClose,
}: {
  open: boolean;
  onAgree: () => void;
  onClose: () => void;
}) {
  const { data, error, mutate } = useApi<Agreement>(open ? '/api/agreements/data_authorization' : null, {
    revalidateIfStale: false,
  });
  return (
    <Modal
      open={open}
      title={data ? `《${data.title}》` : TITLE}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
        <Button key="agree" type="primary" disabled={!data} onClick={onAgree}>
          我已阅读并同意
        </Button>,
      ]}
    >
      {error ? (
        <LoadError error={error} onRetry={() => void mutate()} />
      ) : !data ? (
        <Loading rows={8} />
      ) : (
        <>
          <Typography.Text type="secondary">
            版本 {data.version} · 发布于 {date(data.publishedAt)}
          </Typography.Text>
          <div
            role="document"
            aria-label={TITLE}
            style={{ maxHeight: '55vh', overflowY: 'auto', marginTop: 8, paddingRight: 4 }}
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {data.body}
            </Typography.Paragraph>
          </div>
        </>
      )}
    </Modal>
  );
}

/**
 * 我已阅读并同意《用户授权协议》 for a Form.Item with valuePropName="checked". Ticking it the first time
 * opens the agreement's full text, and its 我已阅读并同意 button ticks the box.
 */
export function AgreementConsent({
  checked,
  onChange,
}: {
  checked?: boolean;
  onChange?: (checked: boolean) => void;
}) {
  const [reading, setReading] = useState(false);
  const [read, setRead] = useState(false);
  return (
    <>
      <Checkbox
        checked={checked}
        onChange={(e) => {
          if (e.target.checked && !read) setReading(true);
          else onChange?.(e.target.checked);
        }}
      >
        我已阅读并同意
        <Typography.Link
          href="#agreement"
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setReading(true);
          }}
        >
          {TITLE}
        </Typography.Link>
      </Checkbox>
      <AgreementModal
        open={reading}
        onClose={() => setReading(false)}
        onAgree={() => {
          setRead(true);
          setReading(false);
          onChange?.(true);
        }}
      />
    </>
  );
}

/** The 《用户授权协议》 tick as the last field of a form (field `agreed`, only true passes). */
export function AgreementField({ narrow }: { narrow: boolean }) {
  return (
    <Form.Item
      name="agreed"
      valuePropName="checked"
      rules={[zodRule(agreed(TITLE))]}
      {...underInputs(narrow)}
    >
      <AgreementConsent />
    </Form.Item>
  );
}
