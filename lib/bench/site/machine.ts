import os from 'node:os'

/** What the figures were measured on, for bench/results.json. */
export const machineFacts = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  at: new Date().toISOString(),
})
