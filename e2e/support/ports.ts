/** The browser suite runs its own platform on these ports, apart from `npm start`'s. */
export const E2E_PORTS = {
  api: 3300,
  portal: 8380,
  market: 8381,
  equity: 8382,
  personal: 8383,
  admin: 8390,
};

export const e2eUrls = {
  portal: `http://localhost:${E2E_PORTS.portal}`,
  admin: `http://localhost:${E2E_PORTS.admin}`,
  api: `http://127.0.0.1:${E2E_PORTS.api}`,
};
