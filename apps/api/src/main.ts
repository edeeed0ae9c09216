import 'reflect-metadata';
import { startServer } from './start-server';

void startServer();
