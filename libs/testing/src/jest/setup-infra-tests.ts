import { Logger } from '@nestjs/common';

// Tests against a real broker and database wait for group joins and deliveries: give hooks and
// tests room (jest's testTimeout is a global option and does not reach a project).
jest.setTimeout(120000);

// Expected failures (dead letters, retries) would flood the output; TEST_LOGS=1 shows them.
if (!process.env.TEST_LOGS) Logger.overrideLogger(['fatal']);
