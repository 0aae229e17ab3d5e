/** Two columns of label/value pairs from tablets up (antd falls back to three on wide screens otherwise), one on phones. */
export const TWO_COLUMNS = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 } as const;
