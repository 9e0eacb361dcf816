import type { APIRoute } from 'astro';
import { claimExportRows } from '../../export-rows.ts';

export const GET: APIRoute = async ({ site }) => {
  const claims = await claimExportRows(site);
  return new Response(JSON.stringify({ licence: 'CC-BY-4.0', generated: new Date().toISOString().slice(0, 10), count: claims.length, claims }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
