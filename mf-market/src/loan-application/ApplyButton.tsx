import { App, Button, Modal, Result, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSWRConfig } from 'swr';
import type {
  CurrentEnterpriseAuthorization,
  EnterpriseAuthorization,
  ProductSummary,
} from '@jrpt/contracts';
import { apiFetch, errorMessage, useCurrentUser } from '@jrpt/portal-kit';
import { useAppPath } from '@jrpt/portal-kit/remote';
import { useGoToLogin } from '../components/login';
import { firstLoanGate, type FirstLoanGate } from '../pages/first-loan/first-loan-gate';
import { LoanApplicationModal } from './LoanApplicationModal';

export const AUTHORIZATION_KEY = '/api/enterprise-authorizations/current';

type Refusal = Extract<FirstLoanGate, { kind: 'refused' }>;

/** What to do instead of 首贷, for each reason it is refused. */
function RefusalActions({ refusal, onClose }: { refusal: Refusal; onClose: () => void }) {
  const navigate = useNavigate();
  const appPath = useAppPath();
  const toMarket = (
    <Button type="primary" onClick={() => navigate(appPath())}>
      去金融超市
    </Button>
  );
  if (refusal.reason === 'authorization_required')
    return (
      <Button type="primary" href="/personal/authorization">
        去完成企业授权
      </Button>
    );
  if (refusal.reason === 'not_enterprise')
    return (
      <>
        {toMarket}
        <Button href="/personal/demands/new">发布融资需求</Button>
      </>
    );
  return (
    <>
      {toMarket}
      <Button onClick={onClose}>我知道了</Button>
    </>
  );
}

/** Why 首贷 is refused and what to do, as a dialog (the lead's journeys read its title and text). */
export function FirstLoanRefusalModal({
  refusal,
  onClose,
}: {
  refusal: Refusal | null;
  onClose: () => void;
}) {
  return (
    <Modal open={refusal !== null} onCancel={onClose} footer={null} width={520}>
      {refusal && (
        <Result
          status="warning"
          title={refusal.title}
          subTitle={refusal.message}
          extra={<RefusalActions refusal={refusal} onClose={onClose} />}
        />
      )}
    </Modal>
  );
}

/**
 * 立即申请 for a product: logged out → the login page (coming back here); a 首贷 product → the 首贷
 * check first (企业授权, no recorded loan); then the application form of the account's type.
 */
export function ApplyButton({
  product,
  ...buttonProps
}: { product: ProductSummary } & Omit<ButtonProps, 'onClick' | 'loading'>) {
  const { user, isLoading } = useCurrentUser();
  const goToLogin = useGoToLogin();
  const { message } = App.useApp();
  const { mutate } = useSWRConfig();
  const [checking, setChecking] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [form, setForm] = useState<{ authorization: EnterpriseAuthorization | null } | null>(null);

  const apply = async () => {
    if (user === undefined) return void message.error('暂时无法确认登录状态，请稍后重试');
    if (user === null) return goToLogin();
    if (!product.firstLoan) return setForm({ authorization: null });
    let current: CurrentEnterpriseAuthorization | undefined;
    if (user.type === 'enterprise') {
      setChecking(true);
      try {
        // Read afresh: the enterprise may have just completed 企业授权 in another tab.
        current = await apiFetch<CurrentEnterpriseAuthorization>(AUTHORIZATION_KEY);
        void mutate(AUTHORIZATION_KEY, current, { revalidate: false });
      } catch (e) {
        message.error(errorMessage(e));
        return;
      } finally {
        setChecking(false);
      }
    }
    const gate = firstLoanGate(user, current);
    if (gate.kind === 'refused') setRefusal(gate);
    else if (gate.kind === 'open') setForm({ authorization: current?.verified ?? null });
  };

  return (
    <>
      <Button
        type="primary"
        {...buttonProps}
        loading={checking || isLoading}
        onClick={() => void apply()}
        aria-label={`立即申请：${product.name}`}
      >
        立即申请
      </Button>
      <FirstLoanRefusalModal refusal={refusal} onClose={() => setRefusal(null)} />
      {user && (
        <LoanApplicationModal
          open={form !== null}
          product={product}
          user={user}
          authorization={form?.authorization ?? null}
          onClose={() => setForm(null)}
        />
      )}
    </>
  );
}
