import { Inject } from '@nestjs/common';

/** DI token of the folder whose manifest.json lists the zoo models the demo may use. */
export const DEMO_ZOO_DIR = Symbol('DEMO_ZOO_DIR');
export const InjectDemoZooDir = (): ParameterDecorator => Inject(DEMO_ZOO_DIR);

/** File in the data directory recording that the demo was started (and which run it is). */
export const DEMO_MARKER_FILE = 'demo-run.json';
