/**
 * Exit codes of `npm run update`, which the nightly workflow branches on: 1 is not an error but
 * "open a pull request", as `git diff --exit-code` reports a difference.
 */
export const UPDATE_EXIT = { unchanged: 0, changed: 1, failed: 2, refused: 3 } as const;

export type UpdateStatus = keyof typeof UPDATE_EXIT;
