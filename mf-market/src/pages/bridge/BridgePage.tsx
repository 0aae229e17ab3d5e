import { Card, Col, Row, Typography } from 'antd';
import { FlowSteps } from '../../components/flow-steps';
import { Page } from '@jrpt/portal-kit/remote';
import { PolicyList } from '../../components/policy-list';
import { StartButton } from '../../components/start-button';
import { OfflineHall } from '../renewal/RenewalPage';

/** The bridge-loan flow, by analogy with the renewal flow of §2.11. */
export const BRIDGE_FLOW = [
  '提交转贷申请',
  '银行出具续贷意见',
  '转贷审核',
  '过桥资金归还到期贷款',
  '银行发放续贷',
  '归还过桥资金',
];

/** 转贷业务: what 转贷 (过桥) is, how it goes, its policies and where to ask. */
export default function BridgePage() {
  return (
    <Page
      title="转贷业务"
      intro="贷款到期、暂时无力周转还款的企业，可借助转贷（过桥）资金按期还贷、衔接续贷。"
    >
      <Card title="什么是转贷" size="small">
        <Typography.Paragraph>
          转贷（过桥）是指企业在银行贷款到期、续贷尚未发放时，先使用转贷资金归还到期贷款，待银行续贷发放后再归还转贷资金。
          它帮助生产经营正常、仅因短期资金周转困难而无法按期还款的企业避免逾期、抽贷和断贷，减少民间高息“过桥”的成本与风险。
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          申请转贷前，请先与贷款银行沟通，确认银行同意为您办理续贷；转贷资金专款专用，只用于归还该笔到期贷款。
        </Typography.Paragraph>
      </Card>
      <Card title="转贷流程" size="small">
        <FlowSteps steps={BRIDGE_FLOW} />
        <StartButton to="bridge/apply" size="large" style={{ marginTop: 16 }}>
          提交转贷申请
        </StartButton>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title="转贷政策" size="small" style={{ height: '100%' }}>
            <PolicyList tag="转贷" emptyText="暂无转贷政策" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <OfflineHall />
        </Col>
      </Row>
    </Page>
  );
}
