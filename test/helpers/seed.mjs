// The seed of a file's fast-check properties: FC_SEED when set, else a random one, printed at
// the start so that a failure in CI replays with FC_SEED=<seed> (FC_RUNS scales the runs).
const envSeed = process.env.FC_SEED;
export const SEED = envSeed !== undefined ? Number(envSeed) : Math.floor(Math.random() * 2 ** 31);
console.log(`# fast-check seed ${SEED} (replay with FC_SEED=${SEED}${process.env.FC_PATH ? ` FC_PATH=${process.env.FC_PATH}` : ''})`);

/** fast-check options for `numRuns` runs with this seed. */
export const runs = (numRuns) => ({
  numRuns: Math.max(1, Math.round(numRuns * Number(process.env.FC_RUNS ?? 1))),
  seed: SEED,
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
});
