import type { APIRoute } from 'astro';
import { claimExportRows } from '../../export-rows.ts';
import { claimsCsv } from '../../lib/view/exports.ts';

export const GET: APIRoute = async ({ site }) => new Response(claimsCsv(await claimExportRows(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
