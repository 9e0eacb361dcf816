/**
 * npm run new -- case|claim|source|term [--id ID] [--field value …] [--dry-run] [--yes]
 * Scaffold a valid entry: a case writes content/cases/<id>.mdx; a claim, source
 * or term is appended to its YAML file (claims: --file NAME, default
 * data/claims/contrib.yaml). On a terminal, missing fields are asked for
 * (@clack/prompts); with flags only it lists what is missing. The logic lives in
 * src/cli/scaffold/.
 *   --help   list the fields of each kind
 */
import { runNew } from '../src/cli/scaffold/cli.ts';
import { Cancelled, terminalAsk } from '../src/cli/scaffold/terminal.ts';

const interactive = Boolean(process.stdin.isTTY);

try {
  process.exitCode = await runNew(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    interactive,
    ask: interactive ? terminalAsk : undefined,
  });
} catch (error) {
  // Ctrl-C while a question is open.
  const detail = error instanceof Error && !(error instanceof Cancelled) ? ` (${error.message})` : '';
  console.error(`\n已取消，没有写入 | cancelled, nothing written${detail}`);
  process.exitCode = 1;
}
