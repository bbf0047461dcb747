import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/shared';
import { casesSubgraph } from './definition';

runSubgraphMain('cases', casesSubgraph);
