import path from "node:path";

import { bundleSandbox, PREBUILT_DIR } from "~/modules/judge/server/sandbox-bundle.server";

/**
 * Part of `npm run build`: the judge worker's self-contained files into build/judge/, so a
 * production image (without esbuild) starts locked-down workers that read nothing else.
 */
const dir = await bundleSandbox(PREBUILT_DIR);
console.log(`judge sandbox bundled into ${path.relative(process.cwd(), dir)}/`);
