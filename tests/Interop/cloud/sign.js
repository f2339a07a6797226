// Computes ACS3-HMAC-SHA256 Authorization headers with the official @alicloud/openapi-client / openapi-util,
// so the C# signer can be compared with code we did not write.
//   node cloud/sign.js authorize   < [{method, query, headers, accessKeyId, accessKeySecret}, ...]
//     -> [authorization, ...] computed by OpenApiUtil.getAuthorization over exactly those inputs.
//   node cloud/sign.js capture     < {action, version, method, query, accessKeyId, accessKeySecret, securityToken?}
//     -> the request the real client sent to a local recording server: {method, url, headers}.
'use strict';

const http = require('http');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');

const ALGORITHM = 'ACS3-HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function readStdin() {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { text += chunk; });
    process.stdin.on('end', () => resolve(JSON.parse(text)));
    process.stdin.on('error', reject);
  });
}

function authorize(cases) {
  return cases.map((c) => OpenApiUtil.getAuthorization(
    { method: c.method, pathname: '/', query: c.query, headers: c.headers },
    ALGORITHM,
    c.headers['x-acs-content-sha256'] || EMPTY_BODY_SHA256,
    c.accessKeyId,
    c.accessKeySecret));
}

async function capture(spec) {
  let recorded = null;
  const server = http.createServer((req, res) => {
    recorded = { method: req.method, url: req.url, headers: req.headers };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ RequestId: 'interop-request' }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const client = new OpenApi.default(new OpenApi.Config({
      accessKeyId: spec.accessKeyId,
      accessKeySecret: spec.accessKeySecret,
      securityToken: spec.securityToken,
      endpoint: `127.0.0.1:${server.address().port}`,
      protocol: 'http',
    }));
    const params = new OpenApi.Params({
      action: spec.action,
      version: spec.version,
      protocol: 'HTTP',
      pathname: '/',
      method: spec.method,
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    });
    await client.callApi(params, new OpenApi.OpenApiRequest({ query: spec.query }), new Util.RuntimeOptions({}));
    return recorded;
  } finally {
    server.close();
  }
}

async function main() {
  const mode = process.argv[2];
  const input = await readStdin();
  if (mode === 'authorize') {
    return authorize(input);
  }
  if (mode === 'capture') {
    return capture(input);
  }
  throw new Error(`unknown mode ${mode}: use authorize or capture`);
}

main().then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (err) => { process.stderr.write(`${err.stack || err}\n`); process.exit(1); });
