import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useAppPath } from '@jrpt/portal-kit/remote';

/** The way back to this micro-frontend's first page, e.g. 返回金融超市. */
export function BackButton({ label }: { label: string }) {
  const navigate = useNavigate();
  const appPath = useAppPath();
  return (
    <Button type="primary" onClick={() => navigate(appPath())}>
      {label}
    </Button>
  );
}
