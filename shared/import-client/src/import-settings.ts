import { z } from 'zod';
import { section, setting } from '@ugf/runtime/dist/config/settings/setting';
import { text } from '@ugf/runtime/dist/config/settings/setting-forms';
import { GATEWAY } from '@ugf/services';

export const DEFAULT_GATEWAY_URL = `http://localhost:${GATEWAY.port}/`;

/** The few variables of `npm run import`, a client of the gateway: none of the services' settings. */
export const importSettings = section('`npm run import` (a client of the gateway)', {
  UGF_TOKEN: setting(text, { description: 'bearer token of the import, unless `--token` is given' }),
  GATEWAY_URL: setting(text, { description: 'the gateway the import submits to, unless `--gateway` is given', default: DEFAULT_GATEWAY_URL }),
  INIT_CWD: setting(text, { description: 'set by npm: the folder `npm run import` was started from, against which a relative `--file` is resolved', unset: 'the working folder' }),
});

export const importSettingsSchema = z.object(importSettings.settings);
