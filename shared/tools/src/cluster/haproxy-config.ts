/** One HAProxy backend server: a replica, or a database node with the port of its health check. */
export interface Backend {
  name: string;
  port: number;
  checkPort?: number;
}

export interface HaproxyLayout {
  /** The entry for clients, in front of the gateways. */
  entryPort: number;
  gateways: readonly Backend[];
  /** One frontend per subgraph, which the gateways call. */
  subgraphs: readonly { name: string; port: number; replicas: readonly Backend[] }[];
  /** The MySQL frontend in front of the Galera nodes, which the subgraphs connect to. */
  database: { port: number; nodes: readonly Backend[] };
  /** Statistics page, and `/alive` for the launcher. */
  statsPort: number;
}

const servers = (backends: readonly Backend[]) => backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check${backend.checkPort ? ` port ${backend.checkPort}` : ''}`);

/**
 * haproxy.cfg for the local cluster. Every server is health-checked every second and taken out after two
 * failed checks; a request whose connection is refused is sent to another server (`option redispatch`),
 * never a request that reached a server, so a write is not sent twice by the load balancer.
 * The services are checked on `/ready` (a subgraph is ready once its database answers, however slowly); the database
 * nodes by their check port (Synced or donor, or not), and sessions to a node that goes down are closed at once,
 * so that the subgraphs' pools reconnect to a live node.
 */
export function haproxyConfig(layout: HaproxyLayout): string {
  const lines = [
    'global',
    '  maxconn 4096',
    '',
    'defaults',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout check 2s',
    '  retries 3',
    '  option redispatch',
    '  default-server inter 1s fall 2 rise 2',
    '',
    'listen stats',
    '  mode http',
    `  bind 127.0.0.1:${layout.statsPort}`,
    '  monitor-uri /alive',
    '  stats enable',
    '  stats uri /',
    '  stats refresh 2s',
    '',
    'listen gateway',
    '  mode http',
    `  bind 127.0.0.1:${layout.entryPort}`,
    '  balance roundrobin',
    '  option forwardfor',
    '  option httpchk GET /ready',
    '  http-check expect status 200',
    ...servers(layout.gateways),
    '',
  ];
  for (const subgraph of layout.subgraphs) {
    lines.push(
      `listen subgraph_${subgraph.name}`,
      '  mode http',
      `  bind 127.0.0.1:${subgraph.port}`,
      '  balance roundrobin',
      '  option httpchk GET /ready',
      '  http-check expect status 200',
      // A Galera node's crash stalls every node for a few seconds; a replica waiting with its database is
      // not broken, and taking all of them out would turn the stall into errors.
      '  timeout check 10s',
      ...servers(subgraph.replicas),
      '',
    );
  }
  lines.push(
    'listen galera',
    '  mode tcp',
    `  bind 127.0.0.1:${layout.database.port}`,
    '  balance leastconn',
    '  timeout client 8h',
    '  timeout server 8h',
    '  option httpchk GET /',
    '  http-check expect status 200',
    '  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions',
    ...servers(layout.database.nodes),
    '',
  );
  return lines.join('\n');
}
