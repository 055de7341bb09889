// Small HTTP helpers of the workbench server: bounded request bodies and uncached responses.
import type http from 'node:http';

const MAX_BODY_BYTES = 1_000_000;

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** JSON only: a cross-site form cannot send it without a CORS preflight, which we never grant. */
export function refuseUnlessJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  if (String(req.headers['content-type'] ?? '').startsWith('application/json'))
    return false;
  sendJson(res, 415, {message: 'Content-Type must be application/json'});
  return true;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A message of an error thrown in any realm (the bundle's errors are not this realm's Error). */
export function errorMessage(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error
    ? String((error as {message: unknown}).message)
    : String(error);
}
