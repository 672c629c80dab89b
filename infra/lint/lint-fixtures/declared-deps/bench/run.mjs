// Tooling outside services and libs: declared anywhere is enough.
import tool from 'dev-only-tool';
import missing from 'bench-only-undeclared';
export default [tool, missing];
