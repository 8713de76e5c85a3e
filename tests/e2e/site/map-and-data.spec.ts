import { mapTests } from '../knowledge-map.ts';
import { openDataTests } from '../open-data.ts';

mapTests('content');
openDataTests('content');
