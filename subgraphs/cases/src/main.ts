import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/runtime';
import { casesSubgraph } from './definition';

runSubgraphMain('cases', casesSubgraph);
