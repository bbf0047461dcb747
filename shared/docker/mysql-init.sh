#!/bin/sh
# First start of the MySQL container: one database and one user per subgraph, each user limited to its own
# database, so that no subgraph can read another's data.
set -eu
for service in cities initiatives indicators cases; do
  upper=$(echo "$service" | tr a-z A-Z)
  password=$(eval "echo \${${upper}_DB_PASSWORD}")
  mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS ugf_${service} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ugf_${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON ugf_${service}.* TO 'ugf_${service}'@'%';
SQL
done
