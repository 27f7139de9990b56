import * as migration_20261128_142515_initial from './20261128_142515_initial';

export const migrations = [
  {
    up: migration_20261128_142515_initial.up,
    down: migration_20261128_142515_initial.down,
    name: '20261128_142515_initial'
  },
];
