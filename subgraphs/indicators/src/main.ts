import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/runtime';
import { indicatorsSubgraph } from './definition';

runSubgraphMain('indicators', indicatorsSubgraph);
