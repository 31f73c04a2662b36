export const TEST_DEMO_PASSWORD = 'CanBang@2026';
