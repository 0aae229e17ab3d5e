import { Form, Input, Radio, Select } from 'antd';
import { GENDER_LABELS, GENDERS, renewalApplicationInput, type Region } from '@jrpt/contracts';
import { useApi, zodRule } from '@jrpt/portal-kit';

const field = renewalApplicationInput.shape;

/** The contact part of the 续贷 and 转贷 forms: 所属区域, 企业名称, 统一社会信用代码, 真实姓名, 性别, 联系电话. */
export function EnterpriseContactFields() {
  const regions = useApi<Region[]>('/api/regions', { revalidateIfStale: false });
  return (
    <>
      <Form.Item
        label="所属区域"
        name="regionId"
        required
        validateFirst
        rules={[{ required: true, message: '请选择所属区域' }, zodRule(field.regionId)]}
      >
        <Select
          placeholder="请选择所属区域"
          loading={regions.isLoading}
          notFoundContent={regions.error ? '区域列表暂时无法获取' : undefined}
          options={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        />
      </Form.Item>
      <Form.Item label="企业名称" name="enterpriseName" required rules={[zodRule(field.enterpriseName)]}>
        <Input maxLength={100} autoComplete="organization" />
      </Form.Item>
      <Form.Item label="统一社会信用代码" name="uscc" required rules={[zodRule(field.uscc)]}>
        <Input maxLength={18} autoComplete="off" placeholder="18位统一社会信用代码" />
      </Form.Item>
      <Form.Item label="真实姓名" name="realName" required rules={[zodRule(field.realName)]}>
        <Input maxLength={30} autoComplete="name" />
      </Form.Item>
      <Form.Item
        label="性别"
        name="gender"
        required
        validateFirst
        rules={[{ required: true, message: '请选择性别' }, zodRule(field.gender)]}
      >
        <Radio.Group
          options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))}
          aria-label="性别"
        />
      </Form.Item>
      <Form.Item label="联系电话" name="phone" required rules={[zodRule(field.phone)]}>
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
    </>
  );
}

export const CONTACT_FIELDS = ['regionId', 'enterpriseName', 'uscc', 'realName', 'gender', 'phone', 'agreed'];
