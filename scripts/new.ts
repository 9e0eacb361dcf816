/**
 * npm run new -- case|claim|source|term [--id ID] [--field value …] [--dry-run] [--yes]
 * Scaffold a valid entry: a case writes content/cases/<id>.mdx; a claim, source
 * or term is appended to its YAML file (claims: --file NAME, default
 * data/claims/contrib.yaml). On a terminal, missing fields are asked for; with
 * flags only it lists what is missing. The logic lives in src/cli/scaffold/.
 *   --help   list the fields of each kind
 */
import { createInterface } from 'node:readline/promises';
import { runNew } from '../src/cli/scaffold/cli.ts';

const interactive = Boolean(process.stdin.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
let closed = false;
rl?.on('close', () => {
  closed = true;
});

try {
  const code = await runNew(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    interactive,
    ask: rl
      ? async (question) => {
          if (closed) throw new Error('input closed');
          return rl.question(question);
        }
      : undefined,
  });
  process.exitCode = code;
} catch (error) {
  // Ctrl-C / Ctrl-D while a question is open.
  console.error(
    `\n已取消，没有写入 | cancelled, nothing written${error instanceof Error && error.message !== 'input closed' && error.name !== 'AbortError' ? ` (${error.message})` : ''}`,
  );
  process.exitCode = 1;
} finally {
  rl?.close();
}
