// Preloaded into a measured process (`node --import`): prints its peak resident memory as it exits.
process.on('exit', () => process.stderr.write(`\npeakMB ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`));
