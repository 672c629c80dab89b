// Tests against a real broker and database wait for group joins and deliveries: give hooks and
// tests room (jest's testTimeout is a global option and does not reach a project).
jest.setTimeout(120000);
