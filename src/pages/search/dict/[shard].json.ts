/** One shard of the search dictionary: m<n> measure names and the traditional table, s<n> subject names (src/lib/view/search-dictionary.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaryShards } from '../../../lib/view/search-answer-data.ts';

export const getStaticPaths = (async () => {
  const { measures, subjects } = await dictionaryShards();
  return [
    ...measures.map((shard, n) => ({ params: { shard: `m${n}` }, props: { shard } })),
    ...subjects.map((shard, n) => ({ params: { shard: `s${n}` }, props: { shard } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { shard: object }).shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
