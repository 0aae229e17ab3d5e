import { Alert, Button, Card, Col, Row, Skeleton } from 'antd';
import { MailOutlined, PhoneOutlined, PrinterOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { usePageTitle, useSite } from '@jrpt/portal-kit';
import '../../common/pages.css';
import './contact.css';

/** 联系我们 (manual §3): 电话, 邮箱, 传真, all of them site settings. */
export default function ContactPage() {
  usePageTitle('联系我们');
  const { data, error, isLoading, mutate } = useSite();

  return (
    <div className="page container">
      <div className="page-card">
        <h1 className="page-title">联系我们</h1>
        {error && !data ? (
          <Alert
            type="error"
            showIcon
            message="联系方式暂时无法获取"
            action={<Button onClick={() => mutate()}>重试</Button>}
          />
        ) : isLoading || !data ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <>
            <p className="contact-intro">
              使用{data.platformName}过程中如有疑问、意见或建议，欢迎通过以下方式与我们联系。
            </p>
            <Row gutter={[16, 16]}>
              <ContactItem
                icon={<PhoneOutlined />}
                label="电话"
                value={data.contactPhone}
                href={`tel:${data.contactPhone}`}
              />
              <ContactItem
                icon={<MailOutlined />}
                label="邮箱"
                value={data.contactEmail}
                href={`mailto:${data.contactEmail}`}
              />
              <ContactItem icon={<PrinterOutlined />} label="传真" value={data.contactFax} />
            </Row>
            {(data.renewalHotline || data.renewalAddress) && (
              <Card className="contact-hall" title="续贷中心线下办事大厅" size="small">
                {data.renewalHotline && (
                  <p>
                    <PhoneOutlined /> 续贷中心电话：
                    <a href={`tel:${data.renewalHotline}`}>{data.renewalHotline}</a>
                  </p>
                )}
                {data.renewalAddress && (
                  <p>
                    <EnvironmentOutlined /> 续贷中心联系地址：{data.renewalAddress}
                  </p>
                )}
              </Card>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function ContactItem({
  icon,
  label,
  value,
  href,
}: {
  icon: ReactNode;
  label: string;
  value: string;
  href?: string;
}) {
  if (!value) return null;
  return (
    <Col xs={24} md={8}>
      <div className="contact-item">
        <span className="contact-icon">{icon}</span>
        <div>
          <div className="contact-label">{label}</div>
          <div className="contact-value">{href ? <a href={href}>{value}</a> : value}</div>
        </div>
      </div>
    </Col>
  );
}
