export declare const REMOTE_ENV: Record<'mf_market' | 'mf_equity' | 'mf_personal', string>;
export declare const PRODUCTION_DEFAULTS: Record<'mf_market' | 'mf_equity' | 'mf_personal', string>;
export declare const DEV_DEFAULTS: Record<'mf_market' | 'mf_equity' | 'mf_personal', string>;
export declare function remotesFromEnv(
  env: Record<string, string | undefined>,
  defaults: Record<string, string>,
): Record<string, string>;
