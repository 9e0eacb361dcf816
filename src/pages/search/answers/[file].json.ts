/** One subject's claims by measure, fetched by the search page once a query names the subject: /search/answers/<subject code>.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../atlas.ts';
import { searchCodes, subjectAnswers } from '../../../lib/view/search-answer-data.ts';

export const getStaticPaths = (async () => {
  const [atlas, codes] = await Promise.all([getAtlas(), searchCodes()]);
  return [...atlas.claimsBySubject.keys()].map((key) => ({ params: { file: codes.subject(key) }, props: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await subjectAnswers((props as { key: string }).key)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
