// The named import lets the bundlers keep only this field of package.json.
import { version } from '../package.json';

export const APP_VERSION: string = version;
