import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Child processes inherit it too: nothing under test may reach a real AWS host.
    env: { IAM_CATALOG_NO_AWS: "1" },
  },
});
