import { Alert, Button, Card, Col, Row, Steps, Typography } from 'antd';
import { pageQuery } from '@jrpt/contracts';
import { Page } from '@jrpt/portal-kit/remote';
import { ProductList } from '../../components/product-list';
import { useSearchState } from '../../use-search-state';
import { useCurrentUser, useSite } from '@jrpt/portal-kit';
import { loginHref } from '../../components/login';
import { ApplyButton } from '../../loan-application/ApplyButton';
import { FirstLoanStatus } from './FirstLoanStatus';

/** 发布首贷需求 is mf-personal's demand form, flagged first-loan. */
const FIRST_LOAN_DEMAND_HREF = '/personal/demands/new?channel=first_loan';

const FIRST_LOAN_STEPS = [
  { title: '企业授权', description: '在个人中心“用户信息”的认证授权中完成企业信息认证与授权' },
  { title: '选择产品', description: '浏览下方首贷产品，查看详情是否符合需求' },
  { title: '提交申请', description: '按产品要求如实填写申贷信息' },
  { title: '机构审批', description: '金融机构受理、授信、放款，可在申请记录中查看' },
];

/** 首贷中心 (§2.10): who it is for, the steps, and the first-loan products. */
export default function FirstLoanPage() {
  const [paging, setPaging] = useSearchState(pageQuery);
  const site = useSite();
  const { user } = useCurrentUser();
  return (
    <Page
      title="首贷中心"
      intro="为从未在金融机构获得过贷款的企业提供首次贷款服务。"
      extra={
        <Button href={user === null ? loginHref(FIRST_LOAN_DEMAND_HREF) : FIRST_LOAN_DEMAND_HREF}>
          发布首贷需求
        </Button>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title="申请须知" size="small" style={{ height: '100%' }}>
            <Typography.Paragraph>
              首贷申请仅适用于<Typography.Text strong>未在任何金融机构获取过贷款的企业</Typography.Text>
              申请，请在申请前确认您的企业符合该申请要求。
            </Typography.Paragraph>
            <Typography.Paragraph>
              申请前，企业需先在“个人中心”用户信息模块下的认证授权版块完成企业信息的认证与授权（企业名称、法人姓名、法人身份证号码、统一社会信用代码）。
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              如不清楚哪款产品适合自己，可发布首贷需求，由金融机构主动对接。
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="办理流程" size="small" style={{ height: '100%' }}>
            <Steps
              direction="vertical"
              size="small"
              items={FIRST_LOAN_STEPS.map((step) => ({ ...step, status: 'process' }))}
            />
          </Card>
        </Col>
      </Row>
      {site.data && (
        <Alert
          type="info"
          showIcon
          message={`如多次认证失败或有疑问，请联系平台工作人员：${site.data.firstLoanHotline}`}
        />
      )}
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        首贷产品
      </Typography.Title>
      <FirstLoanStatus />
      <ProductList
        query={{ firstLoan: 'true', sort: 'newest' }}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(page) => setPaging({ page })}
        emptyText="暂无首贷产品"
        renderAction={(product) => <ApplyButton product={product} />}
      />
    </Page>
  );
}
