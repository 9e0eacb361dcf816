/** One subject's claims by measure, fetched by the search page once a query names the subject. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../atlas.ts';
import { answerFile, subjectAnswers } from '../../../lib/view/search-answer-data.ts';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return [...atlas.claimsBySubject.keys()].map((key) => ({ params: { file: answerFile(key) }, props: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await subjectAnswers((props as { key: string }).key)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
