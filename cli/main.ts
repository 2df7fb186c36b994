// The `pileup` command (bundled to dist-node/cli.mjs by scripts/build-node.mjs).
import { nodeIo } from './io';
import { run } from './run';

// `pileup list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
