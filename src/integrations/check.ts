/**
 * Runs the same check as `npm run check` before Astro loads any content, so
 * `astro build` and `astro dev` called directly also refuse bad or hostile
 * entries (MDX with code is rejected before it is compiled or executed).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/check/integrity/index.ts';
import { formatProblem, summarize } from '../lib/check/problems.ts';

export default function atlasCheck(): AstroIntegration {
  return {
    name: 'atlas-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkProject(root);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) {
          console.error(errors.map(formatProblem).join('\n\n'));
          throw new Error(`内容检查未通过 Content check failed: ${summarize(problems)}. Run npm run check for the full list.`);
        }
        logger.info(`content check passed (${summarize(problems)})`);
      },
    },
  };
}
