#!/bin/sh
# First start of the MySQL container: one database and one user per subgraph, each user limited to its own
# database, so that no subgraph can read another's data.
set -eu
# create_database <database, also the user's name> <the user's password>
create_database() {
  mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$1'@'%' IDENTIFIED BY '$2';
GRANT ALL PRIVILEGES ON $1.* TO '$1'@'%';
SQL
}
# >>> generated: databases (npm run generate:manifests, from shared/services/src/manifest.ts)
create_database ugf_cities "$CITIES_DB_PASSWORD"
create_database ugf_initiatives "$INITIATIVES_DB_PASSWORD"
create_database ugf_indicators "$INDICATORS_DB_PASSWORD"
create_database ugf_cases "$CASES_DB_PASSWORD"
# <<< generated: databases
