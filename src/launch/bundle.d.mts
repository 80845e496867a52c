// Types of bundle.mjs (plain JavaScript, see there).
export declare const repoRoot: string;
export declare const defaultBundleDir: string;
/** The URL of the bundle of `entry` in `dir`, built when missing or stale; undefined when it cannot be built. */
export declare function bundle(entry: string, dir?: string): Promise<URL | undefined>;
