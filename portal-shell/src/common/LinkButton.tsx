import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';

/** An antd button that navigates inside the portal (a <button>, never a button nested in a link). */
export function LinkButton({ to, ...props }: ButtonProps & { to: string }) {
  const navigate = useNavigate();
  return <Button {...props} onClick={() => navigate(to)} />;
}
