export { serveDist } from './static-server-impl.ts';
