import { handoutTests } from '../handouts.ts';

handoutTests('content');
