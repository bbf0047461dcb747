export * from './batches';
export * from './cli-options';
export * from './contract';
export * from './gateway-client';
export * from './read-csv';
export * from './report';
export * from './run-import';
export * from './validate-row';
