import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/runtime';
import { initiativesSubgraph } from './definition';

runSubgraphMain('initiatives', initiativesSubgraph);
