/** The micro-frontends the shell hosts: where each is mounted and what its area is called. */
export const REMOTES = {
  mf_market: { title: '金融超市', basePath: '/market' },
  mf_equity: { title: '股权融资', basePath: '/equity' },
  mf_personal: { title: '个人中心', basePath: '/personal' },
} as const;

export type RemoteName = keyof typeof REMOTES;
