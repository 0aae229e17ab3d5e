import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { Button, Result, Spin } from 'antd';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { REMOTES, type RemoteName } from './remotes';
import { usePageTitle } from '@jrpt/portal-kit';
import { loadRemoteApp } from './runtime';

/**
 * Mounts a remote's `./App` in its own area. If its server is down or its code throws, only this area
 * shows a message with 重试; the header, the navigation and the other pages keep working.
 */
export default function RemoteArea({ name }: { name: RemoteName }) {
  const [attempt, setAttempt] = useState(0);
  const title = REMOTES[name].title;
  // The remote's pages set their own titles once they render.
  usePageTitle(title);

  const RemoteApp = useMemo(
    () =>
      lazy(async (): Promise<{ default: ComponentType }> => ({
        default: await loadRemoteApp(name, { retry: attempt > 0 }),
      })),
    [name, attempt],
  );

  return (
    <div className="container remote-area" data-remote={name}>
      <ErrorBoundary
        key={attempt}
        onReset={() => setAttempt((a) => a + 1)}
        fallback={(_error, retry) => (
          <div role="alert">
            <Result
              status="warning"
              title={`「${title}」暂时无法加载，请稍后重试`}
              subTitle="页面其他功能不受影响，您可以继续浏览。"
              extra={
                <Button type="primary" onClick={retry}>
                  重试
                </Button>
              }
            />
          </div>
        )}
      >
        <Suspense fallback={<RemoteLoading title={title} />}>
          <RemoteApp />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

function RemoteLoading({ title }: { title: string }) {
  // A short delay keeps a fast load from flashing the spinner.
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setVisible(true), 200);
    return () => clearTimeout(t);
  }, []);
  return (
    <div className="remote-loading" role="status" aria-live="polite">
      {visible && (
        <Spin tip={`正在加载「${title}」…`} size="large">
          <div className="remote-loading-box" />
        </Spin>
      )}
    </div>
  );
}
