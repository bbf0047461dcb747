import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/shared';
import { indicatorsSubgraph } from './definition';

runSubgraphMain('indicators', indicatorsSubgraph);
