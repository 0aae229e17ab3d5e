import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { FlowSteps } from '../../components/flow-steps';
import { Page, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { PolicyList } from '../../components/policy-list';
import { StartButton } from '../../components/start-button';
import { useSite } from '@jrpt/portal-kit';

/** The renewal flow of §2.11, in the manual's words. */
export const RENEWAL_FLOW = [
  '提交续贷申请',
  '政府数据信用报告增信',
  '续贷审核',
  '融资担保增信',
  '成功续贷',
  '政策兑现',
];

export function OfflineHall({ title = '线下办事大厅' }: { title?: string }) {
  const site = useSite();
  return (
    <Card title={title} size="small" style={{ height: '100%' }}>
      {site.error ? (
        <LoadError error={site.error} onRetry={() => void site.mutate()} />
      ) : !site.data ? (
        <Loading rows={2} />
      ) : (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="续贷中心电话">
            <a href={`tel:${site.data.renewalHotline}`}>{site.data.renewalHotline}</a>
          </Descriptions.Item>
          <Descriptions.Item label="续贷中心联系地址">{site.data.renewalAddress}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

/** 续贷中心 (§2.11): the renewal flow, 续贷政策 and the offline hall. */
export default function RenewalPage() {
  return (
    <Page title="续贷中心" intro="贷款即将到期的企业，可在到期前申请续贷，避免资金链断裂。">
      <Card title="贷款申请流程 » 续贷申请" size="small">
        <FlowSteps steps={RENEWAL_FLOW} />
        <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0' }}>
          提交续贷申请时需填写贷款金额、贷款期限、到期日、融资方式、贷款利率、贷款机构、所属区域、企业名称、统一社会信用代码、真实姓名、性别和联系电话，并同意《用户授权协议》。
        </Typography.Paragraph>
        <StartButton to="renewal/apply" size="large" style={{ marginTop: 16 }}>
          提交续贷申请
        </StartButton>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title="续贷政策" size="small" style={{ height: '100%' }}>
            <PolicyList tag="续贷" emptyText="暂无续贷政策" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <OfflineHall />
        </Col>
      </Row>
    </Page>
  );
}
