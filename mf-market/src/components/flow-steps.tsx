import { Steps } from 'antd';

/** A business flow (续贷, 转贷 …) drawn as steps: every step shown alike, none "done". */
export function FlowSteps({ steps }: { steps: string[] }) {
  return (
    <Steps
      responsive
      labelPlacement="vertical"
      items={steps.map((title) => ({ title, status: 'process' as const }))}
    />
  );
}
