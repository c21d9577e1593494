#!/usr/bin/env node
// First run of a fresh clone: write .env with random secrets so nobody has to edit it.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, '..', '.env');
if (!fs.existsSync(file)) {
  const secret = () => crypto.randomBytes(16).toString('base64');
  const lines = [
    '# Generated on first run by scripts/ensure-env.js; secrets are random and local to this machine.',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  console.log('已生成 .env（随机密钥）');
}
