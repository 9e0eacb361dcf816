export { serveDist } from '../../src/lib/static-server.ts';
