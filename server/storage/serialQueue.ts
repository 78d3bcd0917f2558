/** Runs tasks of the same key one after another (a failed task does not block the next). */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<void>>()

  /** Queue `task` behind earlier tasks of `key`. */
  run(key: string, task: () => Promise<void>): Promise<void> {
    const before = this.tails.get(key) ?? Promise.resolve()
    const run = before.catch(() => undefined).then(task)
    this.tails.set(key, run)
    const clear = () => {
      if (this.tails.get(key) === run) this.tails.delete(key)
    }
    run.then(clear, clear)
    return run
  }
}
