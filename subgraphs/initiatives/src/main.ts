import './tracing';
import 'reflect-metadata';
import { runSubgraphMain } from '@ugf/shared';
import { initiativesSubgraph } from './definition';

runSubgraphMain('initiatives', initiativesSubgraph);
