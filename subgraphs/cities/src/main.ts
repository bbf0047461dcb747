import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/runtime';
import { citiesSubgraph } from './definition';

runSubgraphMain('cities', citiesSubgraph);
