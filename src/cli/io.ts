/** What the command line is handed by its entry (src/cli.ts): the process's environment, clock and terminal. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: Date;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
}
