import { Alert, Button, Card, Descriptions, Flex, Result, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useOutletContext } from 'react-router';
import {
  ENTERPRISE_AUTHORIZATION_STATUS_LABELS,
  type CurrentEnterpriseAuthorization,
  type CurrentUser,
  type EnterpriseAuthorization,
  type EnterpriseAuthorizationInput,
} from '@jrpt/contracts';
import { dateTime, useApi, useSite } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { ShellLink } from '../../hosting';
import { usePageCardSize } from '../../components/use-phone';
import { AuthorizationForm } from './AuthorizationForm';
import { authorizationState, CURRENT_AUTHORIZATION_KEY, helpLine } from './authorization';

type View =
  | { step: 'status' }
  | { step: 'form'; values?: EnterpriseAuthorizationInput }
  | { step: 'result'; result: EnterpriseAuthorization; values: EnterpriseAuthorizationInput };

/** 企业授权 (§2.10): the authorization in force, or 添加企业授权 → the form → 下一步 → the result. */
export default function AuthorizationPage() {
  const user = useOutletContext<CurrentUser>();
  if (user.type !== 'enterprise') return <PersonalAccount />;
  return <EnterpriseAuthorizationView user={user} />;
}

function PersonalAccount() {
  const cardSize = usePageCardSize();
  const navigate = useNavigate();
  const appPath = useAppPath();
  return (
    <Page title="企业授权">
      <Card size={cardSize}>
        <Result
          status="info"
          title="企业授权仅适用于企业用户"
          subTitle="企业授权用于企业账号申请首贷、发布首贷需求。您当前是个人用户，可直接在金融超市申请贷款，或发布融资需求由金融机构与您对接。"
          extra={
            <Flex gap={12} justify="center" wrap>
              <Button type="primary" onClick={() => navigate(appPath('demands/new'))}>
                发布融资需求
              </Button>
              <ShellLink to="/market">去金融超市</ShellLink>
            </Flex>
          }
        />
      </Card>
    </Page>
  );
}

function EnterpriseAuthorizationView({ user }: { user: CurrentUser }) {
  const cardSize = usePageCardSize();
  const { data, error, mutate } = useApi<CurrentEnterpriseAuthorization>(CURRENT_AUTHORIZATION_KEY);
  const site = useSite();
  const [view, setView] = useState<View>({ step: 'status' });
  const help = helpLine(site.data?.firstLoanHotline);

  if (error) return <LoadError error={error} onRetry={() => void mutate()} />;
  if (!data) return <Loading rows={6} />;
  const state = authorizationState(data);
  const initial: Partial<EnterpriseAuthorizationInput> = {
    enterpriseName: user.enterpriseName ?? undefined,
    uscc: user.uscc ?? undefined,
  };

  return (
    <Page
      title="企业授权"
      intro="申请首贷前，企业需先完成企业信息的认证与授权：填写企业名称、法人姓名、法人身份证号码和统一社会信用代码，由平台核验。"
    >
      <Card size={cardSize}>
        {view.step === 'status' && (
          <StatusView current={data} onAdd={() => setView({ step: 'form' })} help={help} />
        )}
        {view.step !== 'status' && (
          <Flex vertical gap={24}>
            <Steps
              size="small"
              responsive={false}
              current={view.step === 'form' ? 0 : 1}
              status={view.step === 'result' && view.result.status === 'failed' ? 'error' : undefined}
              items={[{ title: '填写企业信息' }, { title: '认证结果' }]}
            />
            {view.step === 'form' && (
              <AuthorizationForm
                initialValues={view.values ?? initial}
                usccLocked={Boolean(user.uscc)}
                onResult={(result, values) => {
                  setView({ step: 'result', result, values });
                  void mutate();
                }}
                onCancel={
                  state.kind === 'none' && !view.values ? undefined : () => setView({ step: 'status' })
                }
              />
            )}
            {view.step === 'result' && (
              <ResultView
                result={view.result}
                help={help}
                onDone={() => setView({ step: 'status' })}
                onRetry={() => setView({ step: 'form', values: view.values })}
              />
            )}
          </Flex>
        )}
      </Card>
    </Page>
  );
}

function StatusView({
  current,
  onAdd,
  help,
}: {
  current: CurrentEnterpriseAuthorization;
  onAdd: () => void;
  help: string;
}) {
  const state = authorizationState(current);
  if (state.kind === 'none')
    return (
      <Result
        status="info"
        title="尚未添加企业授权"
        subTitle="完成企业授权后，即可在首贷中心申请首贷、发布首贷需求。"
        extra={
          <Button type="primary" onClick={onAdd}>
            添加企业授权
          </Button>
        }
      />
    );
  const a = state.authorization;
  return (
    <Flex vertical gap={16}>
      {state.kind === 'failed' && (
        <Alert
          type="error"
          showIcon
          message={`认证失败：${a.failureReason ?? '企业信息与登记信息不一致'}`}
          description={help}
        />
      )}
      {state.kind === 'verified' && <FirstLoanLine current={current} />}
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'name', label: '企业名称', children: a.enterpriseName },
          { key: 'legal', label: '法人姓名', children: a.legalPersonName },
          { key: 'id', label: '法人身份证号码', children: a.legalPersonIdMasked },
          { key: 'uscc', label: '统一社会信用代码', children: a.uscc },
          {
            key: 'status',
            label: '状态',
            children: (
              <Tag color={a.status === 'verified' ? 'green' : 'red'}>
                {ENTERPRISE_AUTHORIZATION_STATUS_LABELS[a.status]}
              </Tag>
            ),
          },
          { key: 'time', label: '认证时间', children: dateTime(a.createdAt) },
        ]}
      />
      <Flex>
        <Button type={state.kind === 'failed' ? 'primary' : 'default'} onClick={onAdd}>
          {state.kind === 'failed' ? '重新认证' : '更新企业授权'}
        </Button>
      </Flex>
    </Flex>
  );
}

/** With a verified authorization: may the enterprise use 首贷中心 (no recorded loan)? */
function FirstLoanLine({ current }: { current: CurrentEnterpriseAuthorization }) {
  if (current.firstLoan.eligible)
    return (
      <Alert
        type="success"
        showIcon
        message="企业授权已完成，您的企业可以申请首贷、发布首贷需求。"
        action={<ShellLink to="/market/first-loan">去首贷中心</ShellLink>}
      />
    );
  return <Alert type="info" showIcon message={current.firstLoan.message ?? '暂不符合首贷条件'} />;
}

function ResultView({
  result,
  help,
  onDone,
  onRetry,
}: {
  result: EnterpriseAuthorization;
  help: string;
  onDone: () => void;
  onRetry: () => void;
}) {
  if (result.status === 'verified')
    return (
      <Result
        status="success"
        title="认证成功"
        subTitle={`${result.enterpriseName}的企业授权已完成，现在可以申请首贷、发布首贷需求。`}
        extra={
          <Flex gap={12} justify="center" wrap>
            <Button type="primary" onClick={onDone}>
              完成
            </Button>
            <ShellLink to="/market/first-loan">去首贷中心</ShellLink>
          </Flex>
        }
      />
    );
  return (
    <Result
      status="error"
      title="认证失败"
      subTitle={
        <Flex vertical gap={4}>
          <span>{result.failureReason ?? '企业信息与登记信息不一致'}，请检查企业信息后重新认证。</span>
          <Typography.Text type="secondary">{help}</Typography.Text>
        </Flex>
      }
      extra={
        <Button type="primary" onClick={onRetry}>
          重新认证
        </Button>
      }
    />
  );
}
