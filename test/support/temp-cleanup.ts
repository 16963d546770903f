/** Setup file of every test project: the temporary folders a test file made are removed when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
