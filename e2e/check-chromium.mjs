// The browser suite drives Debian's Chromium; without it, say exactly what to install and fail (never "skip").
import fs from 'node:fs';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(executable)) {
  console.error(`
The browser tests need Chromium at ${executable}, and it is not there.
Install Debian's Chromium and Chinese fonts, then run the tests again:

    sudo apt-get install -y chromium fonts-wqy-zenhei

(or set CHROMIUM_PATH to another Chromium binary)
`);
  process.exit(1);
}
