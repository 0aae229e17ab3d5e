import { ThemedSider, type RefineThemedLayoutSiderProps } from '@refinedev/antd';
import { Grid } from 'antd';

/** The menu: fixed on wide screens; a drawer opened from the header on phones and tablets (below lg, as ThemedSider). */
export function Sider(props: RefineThemedLayoutSiderProps) {
  const { lg } = Grid.useBreakpoint();
  if (lg === false) {
    return (
      <div className="console-mobile-sider">
        <ThemedSider {...props} />
      </div>
    );
  }
  return <ThemedSider {...props} fixed />;
}
