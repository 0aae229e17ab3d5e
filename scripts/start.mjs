/** `npm start`: runs every app as its own server (after `turbo run build`), prints the URLs and demo accounts. */
import { DEMO_ACCOUNTS, startPlatform } from './platform.mjs';

const platform = await startPlatform().catch((err) => {
  console.error(`\n启动失败: ${err.message}`);
  process.exit(1);
});
const u = platform.urls;
const db = process.env.DATABASE_URL
  ? process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')
  : 'SQLite (data/jrpt.sqlite)';
console.log(`
天水市智慧金融服务平台 is running (database: ${db})

  门户 portal          ${u.portal}
  管理后台 admin       ${u.admin}
  API                  ${u.api}/api   (docs: ${u.api}/api/docs)
  micro-frontends      ${u.market}  ${u.equity}  ${u.personal}

Demo accounts:
${DEMO_ACCOUNTS.map((a) => `  ${a.where.padEnd(10)} ${a.login.padEnd(12)} ${a.password}   ${a.who}`).join('\n')}

  Captcha and SMS codes in development: ${u.api}/api/dev/captcha/<id>, ${u.api}/api/dev/sms/latest?phone=<phone>
Press Ctrl-C to stop.
`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  await platform.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
for (const { name, child } of platform.children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} exited (code ${code}); stopping the platform`);
      void shutdown();
    }
  });
}
