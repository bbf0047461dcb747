/** One gateway setting of `npm run bench:memory`: a name and the environment its process gets. */
export interface Variant {
  name: string;
  env: Record<string, string>;
}

/** Parses `name=VAR:value,VAR:value|name=` (the value may itself hold `:` and `=`). */
export function parseVariants(spec: string): Variant[] {
  return spec.split('|').map((part) => {
    const at = part.indexOf('=');
    if (at < 1) throw new Error(`a variant needs a name: "${part}" (name=VAR:value,…)`);
    const env: Record<string, string> = {};
    for (const pair of part
      .slice(at + 1)
      .split(',')
      .filter(Boolean)) {
      const colon = pair.indexOf(':');
      if (colon < 1) throw new Error(`"${pair}" is not VAR:value`);
      env[pair.slice(0, colon)] = pair.slice(colon + 1);
    }
    return { name: part.slice(0, at), env };
  });
}
