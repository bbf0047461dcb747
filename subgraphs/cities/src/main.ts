import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/shared';
import { citiesSubgraph } from './definition';

runSubgraphMain('cities', citiesSubgraph);
