import { instrumentTests } from '../instruments.ts';

instrumentTests('content');
