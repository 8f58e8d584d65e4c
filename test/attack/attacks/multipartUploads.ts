import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import type { Target } from '../target.js';

/**
 * Finding 7: restify's body parser accepted multipart/form-data on every POST route and
 * formidable wrote each file part to the temp folder as upload_<hex>, never removed: anyone could
 * fill the disk. Every upload must be refused (4xx, 415 by preference) and leave no file.
 */
const postRoutes = ['/api/messages', '/advisor/login', '/dashboard/login', '/v3/directline/tokens/generate', '/v3/directline/conversations', '/api/whatsapp', '/', '/advisor/logout'];

const boundary = '----attack-suite-boundary';
const multipart = (bytes: number): Buffer =>
  Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="username"\r\n\r\nalice\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="fill.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.alloc(bytes, 0x41),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

/** formidable's name for a file part written to disk. */
const isUpload = (name: string): boolean => name.startsWith('upload_');

export async function multipartUploads(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  const before = new Set(readdirSync(tmpdir()));
  for (const path of postRoutes) {
    for (const bytes of [10, 200 * 1024]) {
      const response = log.count(`POST ${path} (multipart)`, await rawRequest(target.url, {
        method: 'POST',
        path,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: multipart(bytes),
      }), `multipart upload of ${bytes} bytes to ${path}`);
      log.expect(response.status === 0 || response.status >= 400, `a multipart upload to ${path} was accepted (${response.status})`);
    }
  }
  const left = readdirSync(tmpdir()).filter((name) => !before.has(name) && isUpload(name));
  log.expect(left.length === 0, `${left.length} uploaded files left in ${tmpdir()}: ${left.slice(0, 3).join(', ')}…`);
  // Counted, then removed: the suite must not fill the disk it is checking.
  for (const name of left) rmSync(join(tmpdir(), name), { force: true });
  return log.report();
}
