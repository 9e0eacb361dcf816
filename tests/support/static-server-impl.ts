/**
 * The old path of the static server, kept only because scripts/bench/lighthouse.ts (the
 * bench's own room) still imports it. There is one server, static-server.ts; delete this
 * file once that import moves.
 */
export { serveDist } from './static-server.ts';
