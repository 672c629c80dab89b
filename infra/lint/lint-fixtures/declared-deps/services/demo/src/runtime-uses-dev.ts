// Runtime code that loads a devDependency: `npm ci --omit=dev` would break it.
import { tool } from 'dev-only-tool';
export const t = tool;
