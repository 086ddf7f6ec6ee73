import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';

/** Which server the commands use and where the token comes from; never the token itself. */
export function configCommand(ctx: CommandContext): ExitCode {
  const c = ctx.connection();
  println(ctx.io.stdout, `server: ${c.url} (from ${c.urlFrom})`);
  println(ctx.io.stdout, `token:  ${c.token !== undefined ? `set, from ${c.tokenFrom}` : 'none (mutations will be refused)'}`);
  return EXIT.OK;
}
