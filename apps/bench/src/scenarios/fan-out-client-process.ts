import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { ClientCommand, ClientReply } from '../fan-out-clients';

/** The forked subscriber process, driven one command at a time. */
export class ClientProcess {
  private constructor(private readonly child: ChildProcess) {}

  static start(root: string): ClientProcess {
    const child = fork(join(root, 'dist/apps/bench/src/fan-out-clients.js'), [], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new ClientProcess(child);
  }

  request<T extends ClientReply['type']>(
    command: ClientCommand,
    replyType: T,
  ): Promise<Extract<ClientReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: ClientReply) => {
        if (reply.type !== replyType) return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolve(reply as Extract<ClientReply, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`the subscriber process exited (${code})`));
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(command);
    });
  }

  send(command: ClientCommand): void {
    this.child.send(command);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ cmd: 'close' } satisfies ClientCommand);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
