// A unit spec may load devDependencies.
import { tool } from 'dev-only-tool';
export const t = tool;
