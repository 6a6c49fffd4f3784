// Fails when src/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'samverkan-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/openapi-typescript/bin/cli.js'), '../openapi.yaml', '-o', fresh],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const a = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    console.error('frontend types are stale: run npm run gen:api');
    process.exit(1);
  }
  console.log('frontend API types are up to date');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
