import type { APIRoute } from 'astro';
import { claimExportRows } from '../../export-rows.ts';
import { BUILD_DATE } from '../../atlas.ts';

export const GET: APIRoute = async ({ site }) => {
  const claims = await claimExportRows(site);
  return new Response(JSON.stringify({ licence: 'CC-BY-4.0', generated: BUILD_DATE, count: claims.length, claims }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
