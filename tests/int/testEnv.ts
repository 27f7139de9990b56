export const TEST_SECRET = 'integration-tests-secret-0123456789abcdef'
