// The `pileup` command (bundled to dist-node/cli.mjs by scripts/build-node.mjs).
import { nodeIo } from './io';
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), nodeIo());
