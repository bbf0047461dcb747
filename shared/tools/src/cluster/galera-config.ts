import path from 'node:path';

/** Where one Galera node lives on this machine and which ports it uses. */
export interface GaleraNodeLayout {
  index: number;
  /** Folder of the node: `data/`, its socket, pid file, error log and `my.cnf`. */
  dir: string;
  /** The MySQL protocol port. */
  port: number;
  /** Group communication (gcomm), incremental state transfer and full state transfer (rsync) ports. */
  groupPort: number;
  istPort: number;
  sstPort: number;
}

export const nodeDataDir = (node: GaleraNodeLayout) => path.join(node.dir, 'data');
export const nodeConfigFile = (node: GaleraNodeLayout) => path.join(node.dir, 'my.cnf');
export const nodeErrorLog = (node: GaleraNodeLayout) => path.join(node.dir, 'error.log');

/**
 * The option file of one node of a local Galera cluster. All nodes listen on 127.0.0.1 only, each on its
 * own ports, so three of them (and the system MariaDB on 3306) run side by side.
 *
 * - `wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION` makes Galera report a table without a primary key
 *   or outside InnoDB, which it cannot replicate safely.
 * - `wsrep_sync_wait=1`: a read waits until the node has applied every write set committed before it
 *   anywhere in the cluster, so a value acknowledged through one replica is read back through any other.
 * - `wsrep_auto_increment_control` gives each node its own auto-increment offset: ids are unique but not
 *   consecutive, which nothing in the services relies on.
 * - `runAs`: when started by root, the server (and the rsync daemon of a state transfer) runs as this user.
 */
export function galeraConfig(node: GaleraNodeLayout, cluster: { name: string; members: readonly GaleraNodeLayout[]; runAs?: string }): string {
  const members = cluster.members.map((member) => `127.0.0.1:${member.groupPort}`).join(',');
  const providerOptions = [`gmcast.listen_addr=tcp://127.0.0.1:${node.groupPort}`, `ist.recv_addr=127.0.0.1:${node.istPort}`, 'gcache.size=64M'].join(';');
  const lines = [
    '[mariadbd]',
    `datadir=${nodeDataDir(node)}`,
    `port=${node.port}`,
    'bind-address=127.0.0.1',
    `socket=${path.join(node.dir, 'mariadbd.sock')}`,
    `pid-file=${path.join(node.dir, 'mariadbd.pid')}`,
    `log-error=${nodeErrorLog(node)}`,
    `tmpdir=${node.dir}`,
    ...(cluster.runAs ? [`user=${cluster.runAs}`] : []),
    'skip-name-resolve=0',
    'character-set-server=utf8mb4',
    'collation-server=utf8mb4_unicode_ci',
    'performance_schema=OFF',
    'max_connections=300',
    'innodb_buffer_pool_size=64M',
    'innodb_log_file_size=48M',
    'innodb_flush_log_at_trx_commit=2',
    'innodb_lock_wait_timeout=10',
    'innodb_autoinc_lock_mode=2',
    'binlog_format=ROW',
    'default_storage_engine=InnoDB',
    'wsrep_on=ON',
    'wsrep_provider=/usr/lib/galera/libgalera_smm.so',
    `wsrep_cluster_name=${cluster.name}`,
    `wsrep_cluster_address=gcomm://${members}`,
    `wsrep_node_name=node${node.index + 1}`,
    `wsrep_node_address=127.0.0.1:${node.groupPort}`,
    `wsrep_provider_options="${providerOptions}"`,
    `wsrep_sst_receive_address=127.0.0.1:${node.sstPort}`,
    'wsrep_sst_method=rsync',
    'wsrep_sync_wait=1',
    'wsrep_auto_increment_control=ON',
    'wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION',
    '',
  ];
  return lines.join('\n');
}
