// Starts the real local stack (one JVM) on a free port with a seed, and a fake Meta Graph API for
// the messages it sends out; stops both afterwards.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const jar = `${repoRoot}infrastructure/local-stack/target/local-stack.jar`;
const READY_TIMEOUT_MS = 120_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Answers every Graph API send with a message id (a media upload with a media id), and remembers what was sent. */
async function startFakeGraph() {
  const sent = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      sent.push({ path: request.url, body });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // a media upload (POST /{phone-number-id}/media) is answered with the media id, as Meta does
      if (request.url.endsWith('/media')) response.end(JSON.stringify({ id: `media.fake${sent.length}` }));
      else response.end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: `wamid.fake${sent.length}` }] }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, sent, stop: () => new Promise((r) => server.close(r)) };
}

/** `extraEnv`: more environment for the stack (e.g. DEV_OUTBOX=on to read the mails it sends). */
export async function startStack(seed, extraEnv = {}) {
  if (!existsSync(jar)) throw new Error(`${jar} is missing: build the platform first (./dev test does).`);
  const port = await freePort();
  const graph = await startFakeGraph();
  const appSecret = randomBytes(16).toString('hex');
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  const child = spawn(java, ['-Xms256m', '-XX:+UseSerialGC', '-jar', jar, '--seed', seed, '--port', String(port)], {
    cwd: repoRoot,
    env: { ...process.env, HUMANLIKE_DELAYS: 'off', WHATSAPP_APP_SECRET: appSecret, WHATSAPP_VERIFY_TOKEN: 'e2e', WHATSAPP_GRAPH_BASE_URL: graph.url, AI_PROVIDER: 'local',
      // the gateway's in-process WhatsApp network: login codes without reaching WhatsApp
      WHATSAPP_CLIENT: 'fake', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the local stack was not ready in ${READY_TIMEOUT_MS / 1000}s:\n${output.slice(-3000)}`)), READY_TIMEOUT_MS);
    const read = (chunk) => {
      output += chunk;
      if (/\bready\b/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the local stack exited with ${code}:\n${output.slice(-3000)}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    graph,
    log: () => output,
    /** Posts a customer's text to the webhook as Meta does, signed with the app secret. */
    async customerWrites({ phoneNumberId, from, name, text }) {
      const body = JSON.stringify(inboundText({ phoneNumberId, from, name, text }));
      const signature = `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
      return fetch(`${baseUrl}/webhooks/whatsapp`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature }, body });
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      await graph.stop();
    },
  };
}

function inboundText({ phoneNumberId, from, name, text }) {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '15550100001', phone_number_id: phoneNumberId },
          contacts: [{ profile: { name }, wa_id: from }],
          messages: [{ from, id: `wamid.e2e${randomBytes(12).toString('hex')}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
        },
      }],
    }],
  };
}
